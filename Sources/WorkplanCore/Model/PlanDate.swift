/// A calendar date without time or time zone, as written in plan files (`2021-07-10`).
public struct PlanDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31 depending on the month.
    public let day: Int

    /// Creates a date, or nil when the day does not exist (`2021-02-30`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= PlanDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO form `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        guard let date = PlanDate(isoBytes: Array(text.utf8)) else { return nil }
        self = date
    }

    /// Parses a date as people write it: the ISO form, or `10/07/2021` (also `1/7/2021`), day
    /// first, the year in four digits; nil for anything else or a day that does not exist.
    public init?(written text: some StringProtocol) {
        if let iso = PlanDate(iso: text) {
            self = iso
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses the ISO form from UTF-8 bytes without copying them.
    init?<Bytes: Collection<UInt8>>(isoBytes bytes: Bytes) where Bytes.Index == Int {
        let first = bytes.startIndex
        guard bytes.count == 10, bytes[first + 4] == UInt8(ascii: "-"), bytes[first + 7] == UInt8(ascii: "-"),
              let year = PlanDate.number(bytes[first..<(first + 4)]),
              let month = PlanDate.number(bytes[(first + 5)..<(first + 7)]),
              let day = PlanDate.number(bytes[(first + 8)..<(first + 10)]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The ISO form, `2021-07-10`.
    public var iso: String {
        PlanDate.pad(year, 4) + "-" + PlanDate.pad(month, 2) + "-" + PlanDate.pad(day, 2)
    }

    /// The form Vietnamese readers expect, `10/07/2021`.
    public var dayMonthYear: String {
        PlanDate.pad(day, 2) + "/" + PlanDate.pad(month, 2) + "/" + PlanDate.pad(year, 4)
    }

    /// The date as the user reads it: `dd/MM/yyyy` in Vietnamese, ISO in English.
    public func formatted(_ language: Language) -> String {
        language == .vi ? dayMonthYear : iso
    }

    /// The ISO form.
    public var description: String { iso }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil outside years 1...9999.
    public init?(dayNumber: Int) {
        guard (-800_000...3_000_000).contains(dayNumber) else { return nil }
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` days later (earlier when negative), or nil outside years 1...9999.
    public func adding(days: Int) -> PlanDate? {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : PlanDate(dayNumber: sum)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: PlanDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// Orders dates by time.
    public static func < (lhs: PlanDate, rhs: PlanDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a month of a year, with Gregorian leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func number(_ digits: some Collection<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
