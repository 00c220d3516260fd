/// Where a task with a deadline stands against it on a day: the four states by which the
/// Government and the provinces count work (DOMAIN.md §1), instead of "done out of all".
///
/// A task is in the grid when it has a valid due date and is neither cancelled (no longer to
/// be done) nor postponed (moved on purpose; a new deadline is recorded as an extension). A
/// task marked done with a `done:` day after the day counted is still open on that day; one
/// marked done without a `done:` day is taken as done on time, since nothing says otherwise
/// (`check` does not ask for the day). The rules are in docs/report.md.
public enum DeadlineState: Sendable, Equatable, CaseIterable {
    /// Done on or before its deadline (hoàn thành đúng hạn, trước hạn included).
    case doneOnTime
    /// Done after its deadline (hoàn thành quá hạn).
    case doneLate
    /// Open, and its deadline has not passed (chưa đến hạn, trong hạn).
    case notYetDue
    /// Open, and its deadline has passed (quá hạn).
    case overdue

    /// The state on `day` of a task with this status, due date and `done:` day; nil when the
    /// task is outside the grid (no due date, cancelled or postponed).
    public init?(status: TaskStatus?, due: PlanDate?, done: PlanDate?, on day: PlanDate) {
        guard let due, status != .cancelled, status != .postponed else { return nil }
        if status == .done, done.map({ $0 <= day }) ?? true {
            self = done.map { $0 > due } == true ? .doneLate : .doneOnTime
        } else {
            self = due < day ? .overdue : .notYetDue
        }
    }

    /// True for the two done states.
    public var isDone: Bool { self == .doneOnTime || self == .doneLate }

    /// True for the states of a task whose deadline has come: the denominator of the rate of
    /// tasks come due.
    public var hasComeDue: Bool { self != .notYetDue }

    /// The state's name, as the office's reports write it.
    public func name(_ language: Language) -> String {
        switch self {
        case .doneOnTime: language.pick(vi: "hoàn thành đúng hạn", en: "done on time")
        case .doneLate: language.pick(vi: "hoàn thành quá hạn", en: "done late")
        case .notYetDue: language.pick(vi: "chưa đến hạn", en: "not yet due")
        case .overdue: language.pick(vi: "quá hạn", en: "overdue")
        }
    }
}

/// How long a task has been overdue on a day, counted both ways an office counts: calendar
/// days, and working days (weekends and days off left out).
public struct OverdueAge: Sendable, Equatable {
    /// Calendar days after the due date, up to and including the day: 1 the day after.
    public let days: Int
    /// Working days after the due date, up to and including the day.
    public let workingDays: Int

    /// The age on `day` of a task due on `due`, or nil when `day` is not after `due`.
    public init?(due: PlanDate, on day: PlanDate, calendar: OfficeCalendar) {
        guard day > due else { return nil }
        days = day.dayNumber - due.dayNumber
        workingDays = calendar.workingDays(after: due, through: day)
    }

    /// `12 ngày, 8 ngày làm việc`; `12 days, 8 working days`: written without brackets, since it
    /// often stands inside a task's own.
    public func text(_ language: Language) -> String {
        language.count(days, vi: "ngày", en: "day") + ", " + language.count(workingDays, vi: "ngày làm việc", en: "working day")
    }
}
