import Testing

@testable import WorkplanCore

/// The Vietnamese lunar calendar (UTC+7, not China's) and the office's working days.
@Suite("Calendar")
struct CalendarTests {
    /// Lunar new years of Vietnam, with China's where it differs (DOMAIN.md §4).
    @Test("the lunar new year falls on Vietnam's dates, not China's", arguments: [
        ("1985-01-21", 1985), ("2007-02-17", 2007), ("2021-02-12", 2021), ("2022-02-01", 2022),
        ("2024-02-10", 2024), ("2026-02-17", 2026), ("2030-02-02", 2030),
    ])
    func lunarNewYear(_ iso: String, _ year: Int) throws {
        let day = try date(iso)
        #expect(LunarCalendar.lunar(of: day) == LunarDate(day: 1, month: 1, year: year))
        #expect(LunarCalendar.solar(of: LunarDate(day: 1, month: 1, year: year)) == day)
        let eve = try #require(day.adding(days: -1))
        #expect(LunarCalendar.lunar(of: eve).month == 12)
        #expect(LunarCalendar.lunar(of: eve).year == year - 1)
    }

    @Test("Giỗ Tổ Hùng Vương (10/3 lunar) fell on 21/04/2021; 2021 is Tân Sửu")
    func hungKings2021() throws {
        #expect(LunarCalendar.solar(of: LunarDate(day: 10, month: 3, year: 2021)) == (try date("2021-04-21")))
        #expect(LunarCalendar.lunar(of: try date("2021-04-21")) == LunarDate(day: 10, month: 3, year: 2021))
        #expect(LunarDate(day: 1, month: 1, year: 2021).cycleName == "Tân Sửu")
        #expect(LunarDate(day: 1, month: 1, year: 2026).cycleName == "Bính Ngọ")
    }

    @Test("a leap month: 2020 had a leap fourth month (23/05/2020 was 1/4 nhuận)")
    func leapMonth() throws {
        let first = LunarCalendar.lunar(of: try date("2020-05-23"))
        #expect(first == LunarDate(day: 1, month: 4, isLeapMonth: true, year: 2020))
        #expect(LunarCalendar.solar(of: first) == (try date("2020-05-23")))
        #expect(LunarCalendar.solar(of: LunarDate(day: 1, month: 5, isLeapMonth: true, year: 2020)) == nil)
        #expect(first.formatted(.vi) == "1/4 nhuận/2020 âm lịch")
    }

    @Test("every day of 1900–2100 goes to its lunar date and back")
    func roundTrip() throws {
        var day = try date("1900-01-31")
        let last = try date("2100-12-31")
        var checked = 0
        while day <= last {
            let lunar = LunarCalendar.lunar(of: day)
            #expect(LunarCalendar.solar(of: lunar) == day, "\(day.iso) → \(lunar)")
            guard LunarCalendar.solar(of: lunar) == day else { return }
            day = try #require(day.adding(days: 7))
            checked += 1
        }
        #expect(checked > 10_000)
    }

    @Test("2021's days off: Tết from 10/02 to 16/02, Giỗ Tổ 21/04, 30/04 to 03/05 (1/5 a Saturday, made up on Monday), 02–03/09")
    func daysOff2021() throws {
        let days = OfficeCalendar().daysOff(in: 2021)
        let listed = days.map { "\($0.date.iso) \($0.reason)" }
        #expect(listed == [
            "2021-01-01 newYear",
            "2021-02-10 lunarNewYear", "2021-02-11 lunarNewYear", "2021-02-12 lunarNewYear", "2021-02-13 lunarNewYear",
            "2021-02-14 lunarNewYear", "2021-02-15 lunarNewYear", "2021-02-16 lunarNewYear",
            "2021-04-21 hungKings",
            "2021-04-30 reunification",
            "2021-05-01 labourDay",
            "2021-05-03 compensation",
            "2021-09-02 nationalDay", "2021-09-03 nationalDay",
        ])
        #expect(days.first { $0.reason == .compensation }?.compensates == (try date("2021-05-01")))
    }

    @Test("a year without an announcement follows the rules: Tết the last lunar day and four more, weekends made up")
    func rulesAlone() throws {
        let days = OfficeCalendar(announced: [:]).daysOff(in: 2021)
        let tet = days.filter { $0.reason == .lunarNewYear }.map(\.date.iso)
        #expect(tet == ["2021-02-11", "2021-02-12", "2021-02-13", "2021-02-14", "2021-02-15"])
        let compensations = days.filter { $0.reason == .compensation }.map(\.date.iso)
        #expect(compensations == ["2021-02-16", "2021-02-17", "2021-05-03"])
    }

    @Test("working days skip weekends and holidays; a count starts the next day")
    func workingDays() throws {
        let calendar = OfficeCalendar()
        #expect(calendar.adding(workingDays: 10, to: try date("2021-02-05")) == (try date("2021-02-26")))
        #expect(calendar.adding(workingDays: 1, to: try date("2021-04-29")) == (try date("2021-05-04")))
        #expect(calendar.adding(workingDays: -1, to: try date("2021-05-04")) == (try date("2021-04-29")))
        #expect(calendar.adding(workingDays: 0, to: try date("2021-05-01")) == (try date("2021-05-01")))
        #expect(calendar.workingDays(after: try date("2021-04-29"), through: try date("2021-05-04")) == 1)
        #expect(calendar.workingDays(after: try date("2021-05-04"), through: try date("2021-04-29")) == 0)
        #expect(calendar.workingDay(onOrAfter: try date("2021-09-02")) == (try date("2021-09-06")))
        #expect(calendar.isWorkingDay(try date("2021-02-16")) == false)
        #expect(calendar.isWorkingDay(try date("2021-02-17")))
        #expect(OfficeCalendar.weekdayName(try date("2021-02-12"), .vi) == "thứ Sáu")
    }
}

/// Dates as officers type them, read alike on the command line and in the interface.
@Suite("Typed dates")
struct TypedDateTests {
    @Test("full dates, a day and month in the plan's year, days and working days from today")
    func forms() throws {
        let today = try date("2021-02-05")
        let read = { (text: String) in TypedDate.parse(text, today: today, year: 2021) }
        #expect(read("2021-07-10") == (try date("2021-07-10")))
        #expect(read("10/07/2021") == (try date("2021-07-10")))
        #expect(read("10/7/21") == (try date("2021-07-10")))
        #expect(read(" 10/11 ") == (try date("2021-11-10")))
        #expect(read("10.11") == (try date("2021-11-10")))
        #expect(read("+7") == (try date("2021-02-12")))
        #expect(read("+10nlv") == (try date("2021-02-26")), "Tết 10–16/02 is skipped")
        #expect(read("+10 NLV") == (try date("2021-02-26")))
        #expect(read("+10wd") == (try date("2021-02-26")))
        #expect(read("+0nlv") == today)
        for bad in ["", "+", "+x", "+10ngay", "31/02", "10/13/2021", "1/2/3/4", "+999999", "١٠/٧"] {
            #expect(read(bad) == nil, "\(bad)")
        }
        #expect(TypedDate.parse("10/11", today: try date("2026-12-07")) == (try date("2026-11-10")), "no plan year: today's")
    }

    @Test("the plan's year: from its title, else from most of its due dates")
    func planYear() {
        #expect(Plan("# Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh\n").year == 2021)
        #expect(Plan("# Kế hoạch\n- [ ] A  due:2020-12-30\n- [ ] B  due:2021-03-01\n- [ ] C  due:2021-05-01\n").year == 2021)
        #expect(Plan("# Kế hoạch 12345\n").year == nil)
        #expect(Plan("").year == nil)
    }
}

/// Periods named without dates follow the plan's year, not today's.
@Suite("The plan's year for periods")
struct PeriodReferenceTests {
    @Test("in 2026, the 2021 plan's year and month are 2021's; within 2021 the day itself")
    func reference() throws {
        let plan = Plan("# Kế hoạch công tác năm 2021\n")
        #expect(plan.periodReference(near: try date("2026-12-07")) == (try date("2021-12-31")))
        #expect(plan.periodReference(near: try date("2020-05-01")) == (try date("2021-01-01")))
        #expect(plan.periodReference(near: try date("2021-06-15")) == (try date("2021-06-15")))
        #expect(Plan("# Kế hoạch\n").periodReference(near: try date("2026-12-07")) == (try date("2026-12-07")))
    }
}
