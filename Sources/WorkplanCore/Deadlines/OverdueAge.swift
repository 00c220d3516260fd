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
