/// When an open task counts as due soon: its deadline is today or within the next few working
/// days of the office's calendar, so that a deadline after a weekend or Tết is flagged as early,
/// in working time, as one in mid-week. Tracking systems flag tasks this way ("sắp đến hạn").
public struct DueSoonRule: Sendable {
    /// How many working days ahead a deadline counts as soon, unless the officer sets another.
    public static let defaultWorkingDays = 3

    /// How many working days ahead.
    public let workingDays: Int

    /// A rule of `workingDays` working days ahead (negative counts as 0: only today).
    public init(workingDays: Int = DueSoonRule.defaultWorkingDays) {
        self.workingDays = max(0, workingDays)
    }

    /// True when a deadline is soon on `day`: not passed, and at most `workingDays` working
    /// days of `calendar` after it.
    public func isDueSoon(_ deadline: PlanDate, on day: PlanDate, calendar: OfficeCalendar) -> Bool {
        deadline >= day && calendar.workingDays(after: day, through: deadline) <= workingDays
    }
}
