import Testing

@testable import WorkplanCore

@Suite("PlanDate")
struct PlanDateTests {
    @Test("real days exist, others do not", arguments: [
        (2021, 2, 28, true), (2021, 2, 29, false), (2020, 2, 29, true), (2000, 2, 29, true),
        (1900, 2, 29, false), (2100, 2, 29, false), (2024, 2, 30, false), (2021, 4, 30, true),
        (2021, 4, 31, false), (2021, 12, 31, true), (2021, 13, 1, false), (2021, 0, 1, false),
        (2021, 1, 0, false), (0, 1, 1, false), (1, 1, 1, true), (9999, 12, 31, true), (10000, 1, 1, false),
    ])
    func validity(year: Int, month: Int, day: Int, exists: Bool) {
        #expect((PlanDate(year: year, month: month, day: day) != nil) == exists)
    }

    @Test("days in each month")
    func daysInMonth() {
        let common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let leap = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        #expect((1...12).map { PlanDate.daysIn(month: $0, year: 2021) } == common)
        #expect((1...12).map { PlanDate.daysIn(month: $0, year: 2020) } == leap)
        #expect((1...12).map { PlanDate.daysIn(month: $0, year: 2000) } == leap)
        #expect((1...12).map { PlanDate.daysIn(month: $0, year: 1900) } == common)
    }

    @Test("ISO parsing accepts YYYY-MM-DD")
    func isoParse() throws {
        let parsed = try #require(PlanDate(iso: "2021-07-10"))
        #expect(parsed.year == 2021)
        #expect(parsed.month == 7)
        #expect(parsed.day == 10)
        #expect(PlanDate(iso: "2020-02-29") != nil)
        #expect(PlanDate(iso: "0001-01-01") == PlanDate(year: 1, month: 1, day: 1))
    }

    @Test("ISO parsing rejects anything else", arguments: [
        "2021-7-1", "2021-07-1", "2021-7-01", "21-07-01", "2021/07/01", "2021-02-29", "2021-02-30", "2021-13-01",
        "2021-00-10", "2021-07-00", "0000-01-01", "", "2021-07-10 ", " 2021-07-10", "2021-07-100", "+021-07-01",
        "2021-0a-01", "２０２１-07-01", "10/07/2021", "2021-07-10T00:00",
    ])
    func isoRejects(text: String) {
        #expect(PlanDate(iso: text) == nil)
    }

    @Test("ISO form pads with zeros and parses back")
    func isoForm() throws {
        let early = try #require(PlanDate(year: 5, month: 3, day: 9))
        #expect(early.iso == "0005-03-09")
        #expect(early.description == "0005-03-09")
        #expect(PlanDate(iso: early.iso) == early)
        #expect(try date("2021-07-01").iso == "2021-07-01")
    }

    @Test("dd/MM/yyyy for Vietnamese readers, ISO for English")
    func formatting() throws {
        let day = try date("2021-07-05")
        #expect(day.dayMonthYear == "05/07/2021")
        #expect(day.formatted(.vi) == "05/07/2021")
        #expect(day.formatted(.en) == "2021-07-05")
        #expect(try date("2021-12-31").dayMonthYear == "31/12/2021")
        #expect(try #require(PlanDate(year: 987, month: 1, day: 2)).dayMonthYear == "02/01/0987")
    }

    @Test("day numbers count from 1970-01-01")
    func dayNumbers() throws {
        #expect(try date("1970-01-01").dayNumber == 0)
        #expect(try date("1970-01-02").dayNumber == 1)
        #expect(try date("1969-12-31").dayNumber == -1)
        #expect(try date("2000-03-01").dayNumber == 11_017)
        #expect(try date("2021-05-23").dayNumber == 18_770)
        #expect(PlanDate(dayNumber: 18_770) == (try date("2021-05-23")))
    }

    @Test("adding days crosses months, years and leap days")
    func arithmetic() throws {
        #expect(try date("2021-02-28").adding(days: 1) == (try date("2021-03-01")))
        #expect(try date("2020-02-28").adding(days: 1) == (try date("2020-02-29")))
        #expect(try date("2020-02-29").adding(days: 1) == (try date("2020-03-01")))
        #expect(try date("2021-12-31").adding(days: 1) == (try date("2022-01-01")))
        #expect(try date("2021-01-01").adding(days: -1) == (try date("2020-12-31")))
        #expect(try date("2021-01-01").adding(days: 365) == (try date("2022-01-01")))
        #expect(try date("2020-01-01").adding(days: 366) == (try date("2021-01-01")))
        #expect(try date("2021-07-10").adding(days: 0) == (try date("2021-07-10")))
        #expect(try date("2021-05-23").days(to: date("2021-06-25")) == 33)
        #expect(try date("2021-06-25").days(to: date("2021-05-23")) == -33)
    }

    @Test("adding days stops at the ends of years 1...9999")
    func arithmeticLimits() throws {
        #expect(try date("9999-12-31").adding(days: 1) == nil)
        #expect(try date("0001-01-01").adding(days: -1) == nil)
        #expect(try date("0001-01-01").adding(days: 3_652_058) == (try date("9999-12-31")))
    }

    /// Every day from 1899 to 2101 maps to its day number and back, one apart from its neighbours.
    @Test("day arithmetic round-trips over two centuries")
    func roundTrip() throws {
        var previous: PlanDate?
        for year in 1899...2101 {
            for month in 1...12 {
                for day in 1...PlanDate.daysIn(month: month, year: year) {
                    let current = try #require(PlanDate(year: year, month: month, day: day))
                    #expect(PlanDate(dayNumber: current.dayNumber) == current)
                    #expect(PlanDate(iso: current.iso) == current)
                    if let previous {
                        #expect(previous.adding(days: 1) == current)
                        #expect(current.adding(days: -1) == previous)
                        #expect(previous.days(to: current) == 1)
                        #expect(previous < current)
                    }
                    previous = current
                }
            }
        }
    }

    @Test("dates order by time")
    func ordering() throws {
        #expect(try date("2021-01-31") < date("2021-02-01"))
        #expect(try date("2020-12-31") < date("2021-01-01"))
        #expect(try !(date("2021-07-10") < date("2021-07-10")))
        #expect(try [date("2021-03-01"), date("2020-03-01"), date("2021-02-28")].sorted()
            == [date("2020-03-01"), date("2021-02-28"), date("2021-03-01")])
    }

    /// The documentation promises nil outside years 1...9999, for any number of days.
    @Test("adding an enormous number of days gives nil instead of trapping")
    func hugeOffsets() async {
        await #expect(processExitsWith: .success) {
            let start = PlanDate(year: 2021, month: 1, day: 1)
            precondition(start?.adding(days: Int.max) == nil)
            precondition(start?.adding(days: Int.min) == nil)
            precondition(PlanDate(dayNumber: Int.max) == nil)
        }
    }
}

/// Dates as people write them, one reading for the command line, the minutes and the report.
@Test("written dates: ISO or day/month/four-digit year; anything else, or a day that does not exist, is nil",
      arguments: [("2021-07-10", "2021-07-10"), ("10/07/2021", "2021-07-10"), ("1/7/2021", "2021-07-01"),
                  ("10/07/21", nil), ("31/02/2021", nil), ("10/7", nil), ("a/b/2021", nil), ("", nil)] as [(String, String?)])
func writtenDates(_ text: String, _ iso: String?) {
    #expect(PlanDate(written: text)?.iso == iso)
}
