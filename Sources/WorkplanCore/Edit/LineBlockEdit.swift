/// A change of a run of consecutive lines: the lines `old` starting at line `start` (0-based)
/// become `new`. It is what an interactive editor keeps to undo and redo, and what a save
/// applies again to a file that someone else changed in the meantime.
///
/// The plan's edits never have empty `old` lines: an edit that inserts lines also holds a
/// neighbouring line (the line before; for an insertion at line 0, the line after), and one
/// that deletes lines keeps that line in `new`, so that every edit and its inverse can be
/// found again by their lines.
///
/// An empty file reads as one empty line, `""`, and a file that ends with a line ending has
/// one more empty line after its last: an edit can name it, so that a first task added to an
/// empty file is anchored too (`old` is `[""]`, `new` is `[task, ""]`).
///
/// Lines are compared byte for byte (NFC and NFD forms of the same text are different lines),
/// and so are two edits.
public struct LineBlockEdit: Sendable, Equatable {
    /// The index of the first line of `old` (0-based).
    public var start: Int
    /// The lines as they were, without their endings; never empty in the plan's edits (only
    /// `init(_:taskId:)` makes an edit without them, for a line that was added).
    public var old: [String]
    /// The lines as they are after the edit, without their endings.
    public var new: [String]
    /// The id of the task the edit is about, if it has one: the edited, added or moved task, or
    /// the deleted one.
    public var taskId: String?

    /// Creates an edit.
    public init(start: Int, old: [String], new: [String], taskId: String?) {
        self.start = start
        self.old = old
        self.new = new
        self.taskId = taskId
    }

    /// The edit of one line that `setStatus`, `setFields` and `setTitle` describe: the line
    /// before and after (a change that added a line, `before` nil, has an empty `old`).
    public init(_ change: LineChange, taskId: String?) {
        self.init(start: change.line, old: change.before.map { [$0] } ?? [], new: [change.after], taskId: taskId)
    }

    /// The edit that undoes this one: `old` and `new` swapped.
    public var inverse: LineBlockEdit {
        LineBlockEdit(start: start, old: new, new: old, taskId: taskId)
    }

    /// True when the edit changes nothing (`old` and `new` have the same bytes).
    public var changesNothing: Bool { LineBlockEdit.same(old, new) }

    /// True when two edits have the same start, the same bytes in every line and the same task.
    public static func == (lhs: LineBlockEdit, rhs: LineBlockEdit) -> Bool {
        lhs.start == rhs.start && same(lhs.old, rhs.old) && same(lhs.new, rhs.new) && same(lhs.taskId, rhs.taskId)
    }

    /// True when two lists of lines have the same bytes.
    static func same(_ lhs: [String], _ rhs: [String]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    /// True when two optional texts are both nil or have the same bytes.
    private static func same(_ lhs: String?, _ rhs: String?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): true
        case let (left?, right?): left.utf8.elementsEqual(right.utf8)
        default: false
        }
    }
}

extension LineBlockEdit {
    /// The edit that turned `before` into `after` when every line they differ in lies from
    /// `line` on and `after` has as many more lines as were added there: the lines from `line`
    /// to the last one that differs, on either side.
    init(spanning line: Int, from before: Plan, to after: Plan, taskId: String?) {
        let added = after.text.lineCount - before.text.lineCount
        var end = before.text.lineCount
        while end > line, end + added > line,
              before.text.content(end - 1).elementsEqual(after.text.content(end - 1 + added)) { end -= 1 }
        self.init(start: line, old: (line..<max(end, line + 1)).map(before.editString),
                  new: (line..<max(end + added, line + 1)).map(after.editString), taskId: taskId)
    }

    /// How many task lines the edit replaces: the tasks whose loss on disk is this edit's own
    /// conflict rather than someone else's deletion.
    var tasksReplaced: Int {
        old.count { TaskLineSyntax(Array($0.utf8)[...]) != nil }
    }
}
