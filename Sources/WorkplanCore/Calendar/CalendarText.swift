/// The office's calendar as text for a person: a year's days off, and a day's lunar date.
public enum CalendarText {
    /// The days off of a year beyond Saturdays and Sundays, a line each (date, weekday, why,
    /// and the lunar date for the lunar holidays), then the year's count of working days.
    public static func year(_ year: Int, calendar: OfficeCalendar, _ language: Language) -> String {
        let days = calendar.daysOff(in: year)
        var text = language.pick(vi: "Ngày nghỉ năm \(year) ngoài thứ Bảy và Chủ nhật",
                                 en: "Days off in \(year) besides Saturdays and Sundays") + "\n"
        let weekdayWidth = days.map { OfficeCalendar.weekdayName($0.date, language).count }.max() ?? 0
        for day in days {
            let weekday = OfficeCalendar.weekdayName(day.date, language)
            var why = day.title(language)
            if let made = day.compensates {
                why += language.pick(vi: " cho ngày ", en: " for ") + made.formatted(language)
            }
            if day.reason == .lunarNewYear || day.reason == .hungKings {
                why += " (" + LunarCalendar.lunar(of: day.date).formatted(language) + ")"
            }
            text += day.date.formatted(language) + "  " + weekday
                + String(repeating: " ", count: weekdayWidth - weekday.count) + "  " + why + "\n"
        }
        let working = workingDayCount(year, calendar: calendar)
        let off = days.filter { $0.isOff && !OfficeCalendar.isWeekend($0.date) }.count
        text += language.pick(vi: "\(off) ngày làm việc được nghỉ; \(working) ngày làm việc trong năm.",
                              en: "\(off) weekdays off; \(working) working days in the year.") + "\n"
        if let announced = calendar.announced[year] {
            text += language.pick(vi: "Theo " + announced.source.vi, en: "As in " + announced.source.en) + ".\n"
        } else {
            text += language.pick(vi: "Năm này chưa có lịch nghỉ được thông báo: các ngày trên theo quy tắc của Bộ luật Lao động.",
                                  en: "No announcement for this year: the days above follow the Labour Code's rules.") + "\n"
        }
        if calendar.deadlineOnDayOff == .nextWorkingDay {
            text += language.pick(vi: "Hạn rơi vào ngày nghỉ được tính đến ngày làm việc tiếp theo (Bộ luật Dân sự, Điều 148).",
                                  en: "A deadline on a day off counts to the next working day (Civil Code, art. 148).") + "\n"
        }
        return text
    }

    /// A day's lunar date: `12/02/2021 (thứ Sáu): ngày 1/1/2021 âm lịch, năm Tân Sửu`.
    public static func lunar(of date: PlanDate, _ language: Language) -> String {
        let lunar = LunarCalendar.lunar(of: date)
        let weekday = OfficeCalendar.weekdayName(date, language)
        return date.formatted(language) + " (" + weekday + "): "
            + language.pick(vi: "ngày ", en: "") + lunar.formatted(language)
            + language.pick(vi: ", năm ", en: ", the year ") + lunar.cycleName + "\n"
    }

    /// How many working days a year has.
    private static func workingDayCount(_ year: Int, calendar: OfficeCalendar) -> Int {
        guard let eve = PlanDate(year: year - 1, month: 12, day: 31), let last = PlanDate(year: year, month: 12, day: 31) else { return 0 }
        return calendar.workingDays(after: eve, through: last)
    }
}
