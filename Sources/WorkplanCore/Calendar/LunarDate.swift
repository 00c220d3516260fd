import Foundation

/// A date of the Vietnamese lunar calendar (âm lịch): a day of a month of a lunar year, the
/// month possibly a leap month (tháng nhuận).
public struct LunarDate: Hashable, Sendable {
    /// The day of the month, 1…30.
    public let day: Int
    /// The month, 1…12 (month 12 is tháng Chạp, month 1 tháng Giêng).
    public let month: Int
    /// True for the leap month that repeats `month`.
    public let isLeapMonth: Bool
    /// The lunar year, named by the solar year in which most of it falls (Tân Sửu is 2021).
    public let year: Int

    /// A lunar date as given; `LunarCalendar.solar(of:)` says whether it exists.
    public init(day: Int, month: Int, isLeapMonth: Bool = false, year: Int) {
        self.day = day
        self.month = month
        self.isLeapMonth = isLeapMonth
        self.year = year
    }

    /// The date as the office writes it: `30/12/2020 âm lịch`, with `nhuận` after a leap
    /// month (`15/4 nhuận/2020 âm lịch`); in English `lunar 30/12/2020`, `leap`.
    public func formatted(_ language: Language) -> String {
        let month = String(month) + (isLeapMonth ? language.pick(vi: " nhuận", en: " leap") : "")
        let written = "\(day)/\(month)/\(year)"
        return language.pick(vi: written + " âm lịch", en: "lunar " + written)
    }

    /// The year's name in the sixty-year cycle (can chi): Tân Sửu for 2021.
    public var cycleName: String {
        let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
        let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
        let stem = ((year + 6) % 10 + 10) % 10
        let branch = ((year + 8) % 12 + 12) % 12
        return stems[stem] + " " + branches[branch]
    }
}

/// The Vietnamese lunar calendar, computed for Vietnam's time zone (UTC+7) from the moon's and
/// the sun's positions: a month begins on the day of a new moon in Hà Nội, month 11 holds the
/// winter solstice, and in a year of thirteen months the leap month is the first that holds
/// no major solar term. This is the published rule of Vietnam's calendar (Hồ Ngọc Đức's
/// description of it, with the new moon and the sun's longitude from Meeus, *Astronomical
/// Algorithms*). China's calendar, which Foundation's `.chinese` calendar follows, counts in
/// UTC+8 and so begins some months a day later: the lunar new year of 1985 was 21/01 in Vietnam
/// and 20/02 in China. Good for the years 1900–2100.
public enum LunarCalendar {
    /// Vietnam's offset from UTC, in hours.
    public static let vietnamTimeZone = 7.0

    /// The lunar date of a solar date.
    public static func lunar(of date: PlanDate, timeZone: Double = vietnamTimeZone) -> LunarDate {
        let day = julianDay(date)
        let k = Int(floor((Double(day) - 2_415_021.076998695) / 29.530588853))
        var monthStart = newMoonDay(k + 1, timeZone)
        if monthStart > day { monthStart = newMoonDay(k, timeZone) }
        var a11 = month11(of: date.year, timeZone)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = month11(of: date.year - 1, timeZone)
        } else {
            lunarYear = date.year + 1
            b11 = month11(of: date.year + 1, timeZone)
        }
        let lunarDay = day - monthStart + 1
        let difference = (monthStart - a11) / 29
        var isLeap = false
        var lunarMonth = difference + 11
        if b11 - a11 > 365 {
            let leapDifference = leapMonthOffset(a11, timeZone)
            if difference >= leapDifference {
                lunarMonth = difference + 10
                isLeap = difference == leapDifference
            }
        }
        if lunarMonth > 12 { lunarMonth -= 12 }
        if lunarMonth >= 11, difference < 4 { lunarYear -= 1 }
        return LunarDate(day: lunarDay, month: lunarMonth, isLeapMonth: isLeap, year: lunarYear)
    }

    /// The solar date of a lunar date; nil when it does not exist (a leap month the year does
    /// not have, a day past the month's end).
    public static func solar(of lunar: LunarDate, timeZone: Double = vietnamTimeZone) -> PlanDate? {
        guard (1...12).contains(lunar.month), (1...30).contains(lunar.day), (1800...2200).contains(lunar.year) else { return nil }
        let a11: Int
        let b11: Int
        if lunar.month < 11 {
            a11 = month11(of: lunar.year - 1, timeZone)
            b11 = month11(of: lunar.year, timeZone)
        } else {
            a11 = month11(of: lunar.year, timeZone)
            b11 = month11(of: lunar.year + 1, timeZone)
        }
        let k = Int(floor(0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853))
        var offset = lunar.month - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11, timeZone)
            var leapMonth = leapOffset - 2
            if leapMonth < 0 { leapMonth += 12 }
            if lunar.isLeapMonth, lunar.month != leapMonth { return nil }
            if lunar.isLeapMonth || offset >= leapOffset { offset += 1 }
        } else if lunar.isLeapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset, timeZone)
        let nextMonthStart = newMoonDay(k + offset + 1, timeZone)
        guard lunar.day <= nextMonthStart - monthStart else { return nil }
        return PlanDate(dayNumber: monthStart + lunar.day - 1 - julianDayOfEpoch)
    }

    /// The number of days in the lunar month that holds a solar date (29 or 30).
    public static func monthLength(at date: PlanDate, timeZone: Double = vietnamTimeZone) -> Int {
        let day = julianDay(date)
        let k = Int(floor((Double(day) - 2_415_021.076998695) / 29.530588853))
        var monthStart = newMoonDay(k + 1, timeZone)
        var next = newMoonDay(k + 2, timeZone)
        if monthStart > day {
            next = monthStart
            monthStart = newMoonDay(k, timeZone)
        }
        return next - monthStart
    }

    // MARK: Astronomy

    /// The Julian day number of 1970-01-01, where `PlanDate.dayNumber` counts from.
    private static let julianDayOfEpoch = 2_440_588

    private static func julianDay(_ date: PlanDate) -> Int {
        date.dayNumber + julianDayOfEpoch
    }

    /// The Julian day (with its fraction) of the k-th new moon after 1900-01-01.
    private static func newMoon(_ k: Int) -> Double {
        let radians = Double.pi / 180
        let t = Double(k) / 1236.85
        let t2 = t * t
        let t3 = t2 * t
        var day = 2_415_020.75933 + 29.53058868 * Double(k) + 0.0001178 * t2 - 0.000000155 * t3
        day += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * radians)
        let sunAnomaly = 359.2242 + 29.10535608 * Double(k) - 0.0000333 * t2 - 0.00000347 * t3
        let moonAnomaly = 306.0253 + 385.81691806 * Double(k) + 0.0107306 * t2 + 0.00001236 * t3
        let latitude = 21.2964 + 390.67050646 * Double(k) - 0.0016528 * t2 - 0.00000239 * t3
        var correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly * radians) + 0.0021 * sin(2 * radians * sunAnomaly)
        correction -= 0.4068 * sin(moonAnomaly * radians) - 0.0161 * sin(radians * 2 * moonAnomaly)
        correction -= 0.0004 * sin(radians * 3 * moonAnomaly)
        correction += 0.0104 * sin(radians * 2 * latitude) - 0.0051 * sin(radians * (sunAnomaly + moonAnomaly))
        correction -= 0.0074 * sin(radians * (sunAnomaly - moonAnomaly)) - 0.0004 * sin(radians * (2 * latitude + sunAnomaly))
        correction -= 0.0004 * sin(radians * (2 * latitude - sunAnomaly)) + 0.0006 * sin(radians * (2 * latitude + moonAnomaly))
        correction += 0.0010 * sin(radians * (2 * latitude - moonAnomaly)) + 0.0005 * sin(radians * (2 * moonAnomaly + sunAnomaly))
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return day + correction - deltaT
    }

    /// The Julian day number of the day, in the time zone, on which the k-th new moon falls.
    private static func newMoonDay(_ k: Int, _ timeZone: Double) -> Int {
        Int(floor(newMoon(k) + 0.5 + timeZone / 24))
    }

    /// The sun's longitude, in radians from 0 to 2π, at a Julian day (with its fraction).
    private static func sunLongitude(_ julianDay: Double) -> Double {
        let radians = Double.pi / 180
        let t = (julianDay - 2_451_545.0) / 36525
        let t2 = t * t
        let anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var center = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(radians * anomaly)
        center += (0.019993 - 0.000101 * t) * sin(radians * 2 * anomaly) + 0.000290 * sin(radians * 3 * anomaly)
        let longitude = (mean + center) * radians
        return longitude - 2 * Double.pi * floor(longitude / (2 * Double.pi))
    }

    /// Which of the twelve major solar terms' arcs (0…11) the sun is in at the start of a day.
    private static func solarTerm(_ julianDay: Int, _ timeZone: Double) -> Int {
        Int(floor(sunLongitude(Double(julianDay) - 0.5 - timeZone / 24) / Double.pi * 6))
    }

    /// The Julian day number on which month 11 of the lunar year that ends in `year` begins:
    /// the month that holds the winter solstice.
    private static func month11(of year: Int, _ timeZone: Double) -> Int {
        guard let lastDay = PlanDate(year: year, month: 12, day: 31) else { return 0 }
        let offset = julianDay(lastDay) - 2_415_021
        let k = Int(floor(Double(offset) / 29.530588853))
        let start = newMoonDay(k, timeZone)
        return solarTerm(start, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : start
    }

    /// How many months after month 11 (starting at `a11`) the leap month comes: the first
    /// month in which the sun enters no new major term.
    private static func leapMonthOffset(_ a11: Int, _ timeZone: Double) -> Int {
        let k = Int(floor((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5))
        var index = 1
        var term = solarTerm(newMoonDay(k + index, timeZone), timeZone)
        var last = term
        repeat {
            last = term
            index += 1
            term = solarTerm(newMoonDay(k + index, timeZone), timeZone)
        } while term != last && index < 14
        return index - 1
    }
}
