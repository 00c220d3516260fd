extension ReportPeriod {
    /// The period as a report names it: `quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)`,
    /// `Q3 2021 (2021-07-01 to 2021-09-30)`; a range by its days only.
    public func label(_ language: Language) -> String {
        let days = language.pick(vi: "từ ngày \(from.formatted(.vi)) đến ngày \(to.formatted(.vi))",
                                 en: "\(from.formatted(.en)) to \(to.formatted(.en))")
        guard let name = ReportPeriod.name(kind, year: from.year, month: from.month, language) else { return days }
        return "\(name) (\(days))"
    }

    /// What comes after the period, for the open tasks carried into it: `năm 2022`,
    /// `quý IV/2021`, `tháng 11/2021`, or `kỳ sau` for a range.
    public func nextLabel(_ language: Language) -> String {
        let month = kind == .quarter ? from.month + 3 : from.month + 1
        let year = kind == .year ? from.year + 1 : from.year + (month > 12 ? 1 : 0)
        let next = month > 12 ? month - 12 : month
        return ReportPeriod.name(kind, year: year, month: next, language)
            ?? language.pick(vi: "kỳ sau", en: "the next period")
    }

    /// `tháng 7/2021`, `quý III/2021`, `năm 2021` (or in English); nil for a range.
    private static func name(_ kind: Kind, year: Int, month: Int, _ language: Language) -> String? {
        switch kind {
        case .month:
            language.pick(vi: "tháng \(month)/\(year)", en: "\(monthNames[month - 1]) \(year)")
        case .quarter:
            language.pick(vi: "quý \(roman((month - 1) / 3 + 1))/\(year)", en: "Q\((month - 1) / 3 + 1) \(year)")
        case .year:
            language.pick(vi: "năm \(year)", en: "\(year)")
        case .range:
            nil
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// A number from 1 to 39 in Roman numerals, as Vietnamese reports number quarters and
    /// sections (a plan's twelfth track is XII); a larger one in digits.
    static func roman(_ number: Int) -> String {
        let units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]
        guard (1...39).contains(number) else { return String(number) }
        return String(repeating: "X", count: number / 10) + units[number % 10]
    }
}
