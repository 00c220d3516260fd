/// Dates as officers type them, read the same way on the command line and in the interface:
/// `2021-07-10`, `10/07/2021`, `10/7/21`, `10/7` or `10.7` (in `year`: the plan's year, else
/// today's), `+7` (seven days from today), and `+10nlv` or `+10wd` (ten working days from
/// today: ngày làm việc, working days, counted by the office's calendar from the next day).
public enum TypedDate {
    /// The date a text names, or nil when it names none.
    public static func parse(_ text: String, today: PlanDate, year: Int? = nil,
                             calendar: OfficeCalendar = OfficeCalendar()) -> PlanDate? {
        let trimmed = text.trimmed
        if trimmed.hasPrefix("+") { return relative(trimmed.dropFirst(), today: today, calendar: calendar) }
        if let written = PlanDate(written: trimmed) { return written }
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" })
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isASCII) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        var chosenYear = numbers.count == 3 ? numbers[2] : year ?? today.year
        if numbers.count == 3, parts[2].count <= 2 { chosenYear += 2000 }
        return PlanDate(year: chosenYear, month: numbers[1], day: numbers[0])
    }

    /// The date a text names in a plan: a day and month in the plan's year, working days by
    /// its calendar (the days off its days-off section adds).
    public static func parse(_ text: String, today: PlanDate, in plan: Plan) -> PlanDate? {
        parse(text, today: today, year: plan.year, calendar: plan.calendar)
    }

    /// `N` days, or `Nnlv` / `Nwd` working days, after today.
    private static func relative(_ text: Substring, today: PlanDate, calendar: OfficeCalendar) -> PlanDate? {
        let lowered = text.lowercased().filter { $0 != " " }
        let digits = lowered.prefix { $0.isASCII && $0.isNumber }
        let unit = lowered.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 5, let count = Int(digits) else { return nil }
        switch unit {
        case "": return today.adding(days: count)
        case "nlv", "wd": return calendar.adding(workingDays: count, to: today)
        default: return nil
        }
    }
}

/// A typed text that names no date, told with the forms that do, in the same words on the
/// command line and in the interface.
public struct UnreadableDate: UserFacingError, Equatable {
    /// The text as typed.
    public let text: String

    /// The error for a text.
    public init(_ text: String) {
        self.text = text
    }

    public func message(_ language: Language) -> String {
        language.pick(vi: "\"\(text)\" không phải là một ngày có thật (viết 2021-07-10, 10/07/2021, +7 hoặc +5nlv)",
                      en: "\"\(text)\" is not a real date (write 2021-07-10, 10/07/2021, +7 or +5wd)")
    }
}
