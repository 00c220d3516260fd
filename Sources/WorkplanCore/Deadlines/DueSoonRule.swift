/// When an open task counts as due soon: its deadline is today or within the next few working
/// days of the office's calendar, so that a deadline after a weekend or Tết is flagged as early,
/// in working time, as one in mid-week. Tracking systems flag tasks this way ("sắp đến hạn").
public struct DueSoonRule: Sendable {
    /// How many working days ahead a deadline counts as soon, unless the officer sets another.
    public static let defaultWorkingDays = 3

    /// How many working days ahead.
    public let workingDays: Int
    /// The calendar whose working days count.
    public let calendar: OfficeCalendar

    /// A rule of `workingDays` working days ahead (negative counts as 0: only today).
    public init(workingDays: Int = DueSoonRule.defaultWorkingDays, calendar: OfficeCalendar = OfficeCalendar()) {
        self.workingDays = max(0, workingDays)
        self.calendar = calendar
    }

    /// True when a deadline on `due` is soon on `day`: not passed, and at most `workingDays`
    /// working days after it.
    public func isDueSoon(_ due: PlanDate, on day: PlanDate) -> Bool {
        due >= day && calendar.workingDays(after: day, through: due) <= workingDays
    }

    /// True when a task in `state` with deadline `due` is flagged: open within term and soon.
    public func isDueSoon(_ state: DeadlineState?, due: PlanDate?, on day: PlanDate) -> Bool {
        guard state == .notYetDue, let due else { return false }
        return isDueSoon(due, on: day)
    }
}
