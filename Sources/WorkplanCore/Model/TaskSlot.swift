/// What the plan keeps of each task: numbers only, no strings, so that a plan of 100,000
/// tasks reads fast and stays small. Titles and fields are decoded from the line when asked.
struct TaskSlot: Sendable {
    /// The task's line.
    var line: Int32
    /// The parent's index, or -1.
    var parent: Int32
    /// The track's index.
    var track: Int32
    /// How many tasks follow in its subtree.
    var descendants: Int32
    /// The note's lines.
    var noteStart: Int32
    var noteEnd: Int32
    /// Byte offsets in the line (see `TaskLineSyntax`).
    var markStart: Int32
    var markEnd: Int32
    var titleStart: Int32
    var titleEnd: Int32
    var fieldsStart: Int32
    var fieldsEnd: Int32
    /// The due date's day number, or `noDate`.
    var due: Int32
    /// Indentation in columns.
    var indent: Int32
    /// Nesting depth in the track.
    var depth: Int32
    /// The status's position in `TaskStatus.allCases`, or `unknownStatus`.
    var statusCode: UInt8
    /// True when the task has a valid `progress:` field.
    var hasProgress: Bool
    /// True when the line has an `id:`; `idOffset` is then the byte offset of its token.
    var hasId = false
    /// The byte offset of the first `id:` token.
    var idOffset: Int32 = 0
    /// The first valid `done:` day number, or `noDate`.
    var done: Int32 = noDate

    /// A placeholder for a line that is not a task.
    static let none = TaskSlot(line: -1, parent: -1, track: 0, descendants: 0, noteStart: 0, noteEnd: 0,
                               markStart: 0, markEnd: 0, titleStart: 0, titleEnd: 0, fieldsStart: 0, fieldsEnd: 0,
                               due: noDate, indent: 0, depth: 0, statusCode: unknownStatus, hasProgress: false)

    /// The marker for a task without a valid due date.
    static let noDate = Int32.min
    /// The marker for a status mark that is not one of the six.
    static let unknownStatus = UInt8.max

    /// The statuses by code, made once (`allCases` makes a new array each time it is read).
    private static let statuses = TaskStatus.allCases

    /// The status, or nil when the mark is unknown.
    var status: TaskStatus? {
        statusCode == TaskSlot.unknownStatus ? nil : TaskSlot.statuses[Int(statusCode)]
    }

    /// The due date, if valid.
    var dueDate: PlanDate? {
        due == TaskSlot.noDate ? nil : PlanDate(dayNumber: Int(due))
    }

    /// The date it was done, if valid.
    var doneDate: PlanDate? {
        done == TaskSlot.noDate ? nil : PlanDate(dayNumber: Int(done))
    }

    /// The task's place in the deadline grid on a day, its deadline told by the office's
    /// calendar (a due date on a day off may count at the next working day); nil outside it.
    func deadlineState(onDay today: Int, calendar: OfficeCalendar) -> DeadlineState? {
        guard due != TaskSlot.noDate else { return nil }
        return DeadlineState(status: status, dueDay: calendar.deadline(forDay: Int(due)),
                             doneDay: done == TaskSlot.noDate ? nil : Int(done), onDay: today)
    }

    /// True when the task is open on `today` (a done day after it counts as open) and its
    /// deadline is before it: the grid's overdue, on day numbers.
    func isOverdue(onDay today: Int, calendar: OfficeCalendar) -> Bool {
        guard due != TaskSlot.noDate, Int(due) < today else { return false }
        return deadlineState(onDay: today, calendar: calendar) == .overdue
    }
}
