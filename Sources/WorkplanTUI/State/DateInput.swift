import WorkplanCore

/// Dates as officers type them: `10/07/2021`, `10/7` (this year), `2021-07-10`, `+7` (in a week).
enum DateInput {
    /// The date a text names, or nil when it names none.
    static func parse(_ text: String, today: PlanDate) -> PlanDate? {
        let trimmed = text.trimmed
        if trimmed.hasPrefix("+"), let days = Int(trimmed.dropFirst()), days < 100_000 {
            return today.adding(days: days)
        }
        if let written = PlanDate(written: trimmed) { return written }
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map { Int($0) }
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = parts.compactMap { $0 }
        var year = numbers.count == 3 ? numbers[2] : today.year
        if year < 100 { year += 2000 }
        return PlanDate(year: year, month: numbers[1], day: numbers[0])
    }
}
