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
        self.init(status: status, dueDay: due?.dayNumber, doneDay: done?.dayNumber, onDay: day.dayNumber)
    }

    /// The same rule on day numbers, for counting a large plan's compact slots without making
    /// dates.
    init?(status: TaskStatus?, dueDay: Int?, doneDay: Int?, onDay day: Int) {
        guard let dueDay, status != .cancelled, status != .postponed else { return nil }
        if status == .done, doneDay.map({ $0 <= day }) ?? true {
            self = doneDay.map { $0 > dueDay } == true ? .doneLate : .doneOnTime
        } else {
            self = dueDay < day ? .overdue : .notYetDue
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
