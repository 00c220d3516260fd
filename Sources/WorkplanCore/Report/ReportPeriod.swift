/// The span of days a report covers: a calendar month, quarter or year, or a range of days,
/// both ends included.
public struct ReportPeriod: Sendable, Equatable {
    /// How the period was chosen.
    public enum Kind: Sendable, Equatable {
        /// A calendar month.
        case month
        /// A calendar quarter (three months from January, April, July or October).
        case quarter
        /// A calendar year.
        case year
        /// Any range of days.
        case range
    }

    /// How the period was chosen.
    public let kind: Kind
    /// The first day.
    public let from: PlanDate
    /// The last day.
    public let to: PlanDate

    /// A range of days, or nil when it ends before it starts.
    public init?(from: PlanDate, to: PlanDate) {
        guard from <= to else { return nil }
        self.init(kind: .range, from: from, to: to)
    }

    private init(kind: Kind, from: PlanDate, to: PlanDate) {
        self.kind = kind
        self.from = from
        self.to = to
    }

    /// The calendar month that contains a day.
    public static func month(containing day: PlanDate) -> ReportPeriod {
        calendar(.month, containing: day, months: day.month...day.month)
    }

    /// The calendar quarter that contains a day.
    public static func quarter(containing day: PlanDate) -> ReportPeriod {
        let first = (day.month - 1) / 3 * 3 + 1
        return calendar(.quarter, containing: day, months: first...(first + 2))
    }

    /// The calendar year that contains a day.
    public static func year(containing day: PlanDate) -> ReportPeriod {
        calendar(.year, containing: day, months: 1...12)
    }

    /// The months of a day's year, from the first day of the first to the last day of the last.
    private static func calendar(_ kind: Kind, containing day: PlanDate, months: ClosedRange<Int>) -> ReportPeriod {
        let last = PlanDate.daysIn(month: months.upperBound, year: day.year)
        return ReportPeriod(kind: kind, from: PlanDate(year: day.year, month: months.lowerBound, day: 1) ?? day,
                            to: PlanDate(year: day.year, month: months.upperBound, day: last) ?? day)
    }

    /// Reads a period as typed: `month`, `quarter` or `year` (also `thang`, `quy`, `nam`, with
    /// or without diacritics), the one that contains `asOf`; or `FROM..TO`, each day written
    /// `2021-07-01` or `01/07/2021`.
    public static func parse(_ text: String, asOf: PlanDate) throws(ReportPeriodError) -> ReportPeriod {
        switch TextFolding.fold(text) {
        case "month", "thang": return month(containing: asOf)
        case "quarter", "quy": return quarter(containing: asOf)
        case "year", "nam": return year(containing: asOf)
        default: break
        }
        guard let dots = text.firstRange(of: ".."), !text[dots.upperBound...].contains("..") else {
            throw .unknown(text)
        }
        let fromText = String(text[..<dots.lowerBound])
        let toText = String(text[dots.upperBound...])
        guard !fromText.isEmpty, !toText.isEmpty else { throw .unknown(text) }
        guard let from = day(fromText) else { throw .notADate(fromText) }
        guard let to = day(toText) else { throw .notADate(toText) }
        guard let period = ReportPeriod(from: from, to: to) else { throw .endsBeforeStart(text) }
        return period
    }

    /// True when a day falls in the period.
    public func contains(_ day: PlanDate) -> Bool {
        from <= day && day <= to
    }

    /// A day written `2021-07-01` or `01/07/2021` (also `1/7/2021`).
    private static func day(_ text: String) -> PlanDate? {
        PlanDate(written: text)
    }
}
