/// A change to a plan, named by what the officer asked for. The command line (`done`, `set`,
/// `add`), the interface's keys and the meetings all build these values, and `PlanFile.perform`
/// alone applies them, saves them and, when the file changed on disk meanwhile, makes them again
/// there or refuses them as a conflict: one edit path, one merge rule.
///
/// Tasks are named by their index in the plan the operation is made on.
public enum PlanOperation: Equatable, Sendable {
    /// Set a status (done writes `done:` with today unless the task has a date already).
    case setStatus(task: Int, status: TaskStatus)
    /// Set the title.
    case setTitle(task: Int, title: String)
    /// Set or (with nil) remove fields.
    case setFields(task: Int, fields: [FieldUpdate])
    /// Set the note (empty removes it).
    case setNote(task: Int, note: String)
    /// Add a dated entry under a task (a result or a progress note: `workplan log`).
    case addEntry(task: Int, date: PlanDate, text: String)
    /// Extend a task's deadline from today: the new `due:` and an entry that keeps the old one,
    /// the reason and who decided it, in `language` (`workplan extend`).
    case extend(task: Int, to: PlanDate, reason: String, decidedBy: String?, language: Language)
    /// Add a task right after a task's subtree, as its next sibling.
    case addBelow(task: Int, title: String, status: TaskStatus = .notStarted, fields: [Field] = [])
    /// Add a task as a task's last subtask.
    case addUnder(task: Int, title: String, status: TaskStatus = .notStarted, fields: [Field] = [])
    /// Add a task at the end of a track's top level.
    case addInTrack(track: Int, title: String, status: TaskStatus = .notStarted, fields: [Field] = [])
    /// Delete a task and its subtasks.
    case delete(task: Int)
    /// Move a task among its siblings (-1 up, +1 down).
    case move(task: Int, offset: Int)
    /// Make a task a subtask of the one above.
    case indent(task: Int)
    /// Make a task a sibling of its parent.
    case outdent(task: Int)
    /// Move a task with its subtasks to the end of another track.
    case moveToTrack(task: Int, track: Int)
    /// Add a track after a track's section (nil: at the end of the file).
    case addTrack(title: String, after: Int?)
    /// Write a new title on a track's heading.
    case renameTrack(track: Int, title: String)
    /// Swap a track with the one before (-1) or after (+1) it.
    case moveTrack(track: Int, offset: Int)
    /// Delete a track with its tasks.
    case deleteTrack(track: Int)
    /// Declare a unit or a person, typed as its line reads after `- `; a new section is headed
    /// in `language`.
    case declare(Plan.DeclarationKind, text: String, language: Language)
    /// Write recorded lines again: undo (an edit's inverse) and redo.
    case lines(LineBlockEdit)
    /// Settle a conflict by keeping my version of the task.
    case keepMine(PlanConflict)

    /// Makes the change on a plan: the edit made, and the task to select afterwards.
    public func apply(to plan: inout Plan, today: PlanDate) throws(EditError) -> AppliedOperation {
        switch self {
        case let .setStatus(task, status):
            return try plan.lineEdit(of: task) { plan in plan.setStatus(ofTask: task, to: status, today: today) }
        case let .setTitle(task, title):
            return try plan.lineEdit(of: task) { (plan: inout Plan) throws(EditError) in try plan.setTitle(ofTask: task, to: title) }
        case let .setFields(task, fields):
            return try plan.lineEdit(of: task) { (plan: inout Plan) throws(EditError) in
                try plan.setFields(ofTask: task, fields.map { (key: $0.key, value: $0.value) })
            }
        case let .setNote(task, note):
            return AppliedOperation(edit: try plan.setNote(ofTask: task, to: note), select: task)
        case let .addEntry(task, date, text):
            return AppliedOperation(edit: try plan.addEntry(toTask: task, date: date, text: text), select: task)
        case let .extend(task, due, reason, decidedBy, language):
            return AppliedOperation(edit: try plan.extendDeadline(ofTask: task, to: due, on: today, reason: reason,
                                                                  decidedBy: decidedBy, language: language), select: task)
        case let .addBelow(task, title, status, fields):
            let (index, edit) = try plan.addTask(title: title, status: status, fields: Self.dated(fields, status, today),
                                                 after: task)
            return AppliedOperation(edit: edit, select: index)
        case let .addUnder(task, title, status, fields):
            let (index, edit) = try plan.addSubtask(title: title, status: status, fields: Self.dated(fields, status, today),
                                                    under: task)
            return AppliedOperation(edit: edit, select: index)
        case let .addInTrack(track, title, status, fields):
            let (index, edit) = try plan.addTask(title: title, status: status, fields: Self.dated(fields, status, today),
                                                 inTrack: track)
            return AppliedOperation(edit: edit, select: index)
        case let .delete(task):
            let (index, edit) = plan.deleteTask(task)
            return AppliedOperation(edit: edit, select: index)
        case let .move(task, offset):
            let (index, edit) = try plan.moveTask(task, by: offset)
            return AppliedOperation(edit: edit, select: index)
        case let .indent(task):
            let (index, edit) = try plan.indentTask(task)
            return AppliedOperation(edit: edit, select: index)
        case let .outdent(task):
            let (index, edit) = try plan.outdentTask(task)
            return AppliedOperation(edit: edit, select: index)
        case let .moveToTrack(task, track):
            let (index, edit) = try plan.moveTask(task, toTrack: track)
            return AppliedOperation(edit: edit, select: index)
        case let .addTrack(title, after):
            let (track, edit) = try plan.addTrack(title: title, after: after)
            return AppliedOperation(edit: edit, select: nil, selectTrack: track)
        case let .renameTrack(track, title):
            let (index, edit) = try plan.renameTrack(track, to: title)
            return AppliedOperation(edit: edit, select: nil, selectTrack: index)
        case let .moveTrack(track, offset):
            let (index, edit) = try plan.moveTrack(track, by: offset)
            return AppliedOperation(edit: edit, select: nil, selectTrack: index)
        case let .deleteTrack(track):
            let (index, edit) = try plan.deleteTrack(track)
            return AppliedOperation(edit: edit, select: nil, selectTrack: index)
        case let .declare(kind, text, language):
            return AppliedOperation(edit: try plan.declare(kind, text, language: language), select: nil)
        case let .lines(edit):
            return AppliedOperation(edit: try plan.apply(edit), select: nil)
        case let .keepMine(conflict):
            return AppliedOperation(edit: try plan.keepMine(conflict), select: nil)
        }
    }

    /// A new task's fields: a task added as done is dated today, as ticking it would.
    private static func dated(_ fields: [Field], _ status: TaskStatus, _ today: PlanDate) -> [Field] {
        guard status == .done, !fields.contains(where: { $0.key == Field.Key.done }) else { return fields }
        return fields + [Field(key: Field.Key.done, value: today.iso)]
    }
}

/// What an operation did: the edit, as undo keeps it and as a save makes it again on a file
/// that changed, and the task to select afterwards.
public struct AppliedOperation: Equatable, Sendable {
    /// The edit made.
    public var edit: LineBlockEdit
    /// The index of the task to select afterwards, if any.
    public var select: Int?
    /// The index of the track to select afterwards, for a change of a track.
    public var selectTrack: Int?

    /// What an operation did.
    public init(edit: LineBlockEdit, select: Int?, selectTrack: Int? = nil) {
        self.edit = edit
        self.select = select
        self.selectTrack = selectTrack
    }
}

/// A field to set, or to remove when the value is nil.
public struct FieldUpdate: Equatable, Sendable {
    /// The key.
    public var key: String
    /// The value, or nil to remove the field.
    public var value: String?

    /// Makes an update.
    public init(key: String, value: String?) {
        self.key = key
        self.value = value
    }
}

extension Plan {
    /// A change of one task's line as an edit about that task.
    fileprivate mutating func lineEdit(of task: Int,
                                       _ change: (inout Plan) throws(EditError) -> LineChange) throws(EditError) -> AppliedOperation {
        let made = try change(&self)
        return AppliedOperation(edit: LineBlockEdit(made, taskId: tasks[task].id), select: task)
    }
}
