import WorkplanCore

/// What an update asks the runtime to do: the only way a keystroke reaches the file, the
/// terminal or the process.
public enum Effect: Equatable, Sendable {
    /// Change the plan and save it through the store.
    case perform(PlanOperation)
    /// Undo this change (apply its inverse) and save.
    case undo(LineBlockEdit)
    /// Do this change again and save.
    case redo(LineBlockEdit)
    /// Settle a conflict with a change made elsewhere.
    case resolve(PlanConflict, keepMine: Bool)
    /// Read the file again.
    case reload
    /// Open the file in the officer's editor at a line (1-based), then read it again.
    case openEditor(line: Int)
    /// Create the minutes file of a meeting that begins, with its header.
    case startMeeting(MeetingMinutes)
    /// Add a reviewed task's item to the minutes file.
    case recordItem(MinutesItem, number: Int)
    /// Add the closing time to the minutes file.
    case endMeeting(ClockTime)
    /// Go on with the plan's meeting that was cut off, from its first item not recorded.
    case resumeMeeting
    /// End the program.
    case quit
    /// Suspend to the shell.
    case suspend
    /// Draw every cell again.
    case redraw
}

/// A change to the plan, named by what the officer did.
public enum PlanOperation: Equatable, Sendable {
    /// Set a status (done writes `done:` with today).
    case setStatus(task: Int, status: TaskStatus)
    /// Set the title.
    case setTitle(task: Int, title: String)
    /// Set or (with nil) remove fields.
    case setFields(task: Int, fields: [FieldUpdate])
    /// Set the note (empty removes it).
    case setNote(task: Int, note: String)
    /// Add a task below a task.
    case addBelow(task: Int, title: String)
    /// Add a subtask.
    case addUnder(task: Int, title: String)
    /// Add a task at the end of a track.
    case addInTrack(track: Int, title: String)
    /// Delete a task and its subtasks.
    case delete(task: Int)
    /// Move a task among its siblings (-1 up, +1 down).
    case move(task: Int, offset: Int)
    /// Make a task a subtask of the one above.
    case indent(task: Int)
    /// Make a task a sibling of its parent.
    case outdent(task: Int)

    /// Makes the change on a plan: the edit made and the task to select afterwards.
    func run(on plan: inout Plan, today: PlanDate) throws(EditError) -> (edit: LineBlockEdit, select: Int?) {
        switch self {
        case let .setStatus(task, status):
            let change = plan.setStatus(ofTask: task, to: status, today: today)
            return (LineBlockEdit(change, taskId: plan.tasks[task].id), task)
        case let .setTitle(task, title):
            let change = try plan.setTitle(ofTask: task, to: title)
            return (LineBlockEdit(change, taskId: plan.tasks[task].id), task)
        case let .setFields(task, fields):
            let change = try plan.setFields(ofTask: task, fields.map { (key: $0.key, value: $0.value) })
            return (LineBlockEdit(change, taskId: plan.tasks[task].id), task)
        case let .setNote(task, note):
            return (try plan.setNote(ofTask: task, to: note), task)
        case let .addBelow(task, title):
            let (index, edit) = try plan.addTask(title: title, after: task)
            return (edit, index)
        case let .addUnder(task, title):
            let (index, edit) = try plan.addSubtask(title: title, under: task)
            return (edit, index)
        case let .addInTrack(track, title):
            let (index, edit) = try plan.addTask(title: title, inTrack: track)
            return (edit, index)
        case let .delete(task):
            let (index, edit) = plan.deleteTask(task)
            return (edit, index)
        case let .move(task, offset):
            let (index, edit) = try plan.moveTask(task, by: offset)
            return (edit, index)
        case let .indent(task):
            let (index, edit) = try plan.indentTask(task)
            return (edit, index)
        case let .outdent(task):
            let (index, edit) = try plan.outdentTask(task)
            return (edit, index)
        }
    }

    /// The news the status line gives after the change.
    func doneMessage(_ language: Language) -> String {
        switch self {
        case .addBelow, .addUnder, .addInTrack: language.pick(vi: "Đã thêm và lưu", en: "Added and saved")
        case .delete: language.pick(vi: "Đã xoá và lưu; u để hoàn tác", en: "Deleted and saved; u to undo")
        default: language.pick(vi: "Đã lưu", en: "Saved")
        }
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
