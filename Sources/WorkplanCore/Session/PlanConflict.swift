/// Two versions of one task, when an edit could not be applied again to the file that someone
/// else changed in the meantime: the task as my edit left it, and as it is on disk now. A dialog
/// shows them side by side; `PlanFile.resolve(_:keepMine:)` keeps one of them.
public struct PlanConflict: Sendable, Equatable {
    /// The edit as made on the plan read before.
    public let mine: LineBlockEdit
    /// Where the task's lines were in my plan after the edit (found by `mine.taskId`), nil
    /// when the edit deleted the task.
    public let mineStart: Int?
    /// The task's lines as my edit left them: its line, its note and its subtree; empty when
    /// the edit deleted the task.
    public let mineLines: [String]
    /// Where the task's lines are in the file on disk now (found by `mine.taskId`), nil when gone.
    public let theirsStart: Int?
    /// Those lines (the task line and its note and subtree lines), empty when gone.
    public let theirs: [String]
    /// The task's title, as my edit left it or else as it is on disk; empty when neither has it.
    public let title: String

    /// The conflict of `mine` between `edited` (my plan after the edit) and `disk` (the file
    /// as read again).
    init(mine: LineBlockEdit, edited: Plan, disk: Plan) {
        let my = edited.taskLines(id: mine.taskId)
        let their = disk.taskLines(id: mine.taskId)
        self.mine = mine
        mineStart = my?.start
        mineLines = my?.lines ?? []
        theirsStart = their?.start
        theirs = their?.lines ?? []
        title = my?.title ?? their?.title ?? ""
    }

    /// The id of the task, if it has one.
    public var taskId: String? { mine.taskId }

    /// The sentence shown to the user.
    public func message(_ language: Language) -> String {
        let task = taskId.map { language.pick(vi: "nhiệm vụ \($0)", en: "task \($0)") }
            ?? language.pick(vi: "một nhiệm vụ", en: "a task")
        return language.pick(
            vi: "\(task) vừa được sửa ở nơi khác nên thay đổi của bạn chưa được ghi; hãy chọn giữ bản của bạn hoặc bản trên đĩa",
            en: "\(task) was just changed elsewhere, so your change was not saved; choose to keep your version or the one on disk")
    }
}

extension Plan {
    /// The first line, the lines (task line, note, subtree) and the title of the task with this
    /// id, or nil.
    func taskLines(id: String?) -> (start: Int, lines: [String], title: String)? {
        guard let id, let index = taskIndex(id: id) else { return nil }
        let range = subtreeLines(index)
        return (range.lowerBound, range.map(editString), tasks[index].title)
    }

    /// Settles a conflict for my version: my lines of the task take the place of its lines as
    /// they are now; when the task is gone here (or was new), my lines go where they were in my
    /// plan, after the note of the task before that place.
    mutating func keepMine(_ conflict: PlanConflict) throws(EditError) -> LineBlockEdit {
        let lines = conflict.mineLines.map { Array($0.utf8) }
        if let start = conflict.theirsStart {
            let theirs = LineBlockEdit(start: start, old: conflict.theirs, new: conflict.theirs, taskId: nil)
            guard let found = locate(theirs) else { throw .linesChanged }
            return replace(lines: found..<(found + conflict.theirs.count), with: lines, taskId: conflict.taskId)
        }
        let wanted = min(conflict.mineStart ?? conflict.mine.start, text.lineCount)
        let noteEnd = slots.last(where: { Int($0.line) < wanted }).map { Int($0.noteEnd) } ?? wanted
        let position = max(wanted, noteEnd)
        return replace(lines: position..<position, with: lines, taskId: conflict.taskId)
    }
}
