import PropertyBased
import Testing

@testable import WorkplanCore

/// The deadline grid by which superiors count (DOMAIN.md §1): each task with a deadline in one
/// of four cells on a day, the rest left out and counted apart, and the two rates.
@Suite("Deadline grid")
struct DeadlineGridTests {
    /// One task of each kind the grid tells apart, on 15/07/2021.
    static let plan = Plan("""
        # Lưới hạn
        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính
        ## Việc
        - [x] Xong sớm  id:A1 lead:TH due:2021-07-10 done:2021-07-01
        - [x] Xong đúng ngày hạn  id:A2 lead:TH due:2021-07-10 done:2021-07-10
        - [x] Xong muộn  id:A3 lead:HC due:2021-07-10 done:2021-07-12
        - [x] Xong, không ghi ngày  id:A4 lead:HC due:2021-07-10
        - [x] Xong sau ngày tính  id:A5 lead:HC due:2021-07-20 done:2021-07-30
        - [x] Xong sau ngày tính, đã quá hạn  id:A6 due:2021-07-01 done:2021-07-30
        - [/] Đang làm, hạn hôm nay  id:A7 lead:KH due:2021-07-15
        - [ ] Chưa làm, quá hạn  id:A8 lead:TH due:2021-07-14
        - [!] Vướng mắc, quá hạn  id:A9 due:2021-06-30
        - [>] Tạm hoãn, hạn đã qua  id:A10 lead:TH due:2021-07-01
        - [-] Hủy, hạn đã qua  id:A11 lead:HC due:2021-07-01
        - [ ] Không có hạn  id:A12 lead:TH
        - [/] Hạn sai  id:A13 lead:TH due:2021-13-01
        """)

    static func state(_ id: String, on day: String = "2021-07-15") throws -> DeadlineState? {
        let index = try #require(plan.taskIndex(id: id))
        let task = plan.tasks[index]
        return DeadlineState(status: task.status, due: task.due, done: task.doneDate, on: try date(day))
    }

    @Test("each task in exactly one cell on a day: done early or on the day is on time, a done without a day too; done after the day is still open; the due day itself is within term")
    func cells() throws {
        #expect(try Self.state("A1") == .doneOnTime)
        #expect(try Self.state("A2") == .doneOnTime)
        #expect(try Self.state("A3") == .doneLate)
        #expect(try Self.state("A4") == .doneOnTime)
        #expect(try Self.state("A5") == .notYetDue)
        #expect(try Self.state("A6") == .overdue)
        #expect(try Self.state("A7") == .notYetDue)
        #expect(try Self.state("A7", on: "2021-07-16") == .overdue)
        #expect(try Self.state("A8") == .overdue)
        #expect(try Self.state("A9") == .overdue)
        #expect(try Self.state("A5", on: "2021-07-31") == .doneLate)
        #expect(try Self.state("A1", on: "2021-06-30") == .notYetDue)
    }

    @Test("postponed, cancelled and tasks without a valid due date are left out of the grid")
    func leftOut() throws {
        for id in ["A10", "A11", "A12", "A13"] {
            #expect(try Self.state(id) == nil, "\(id)")
        }
    }

    @Test("the report's counts: the four cells and the left-out tasks add up to the total; the rate of tasks come due leaves out those not yet due")
    func counts() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-07-15"))
        let grid = report.total.deadlines
        #expect(grid.doneOnTime == 3)
        #expect(grid.doneLate == 1)
        #expect(grid.notYetDue == 2)
        #expect(grid.overdue == 3)
        #expect(grid.postponed == 1)
        #expect(grid.cancelled == 1)
        #expect(grid.noDeadline == 2)
        #expect(grid.comeDue + grid.notYetDue + grid.outside == report.total.total)
        #expect(grid.comeDue == 7)
        #expect(grid.duePermille == 571)
        #expect(grid.onTimePermille == 429)
        #expect(report.total.doneLater == 2)
        #expect(report.total.done == 4)
    }

    @Test("no rate while nothing has come due: the text says so, JSON writes null")
    func noRateYet() throws {
        let report = PlanReport(plan: Plan("## A\n- [ ] Sau  due:2021-12-01\n"), asOf: try date("2021-07-15"))
        #expect(report.total.deadlines.duePermille == nil)
        #expect(report.total.deadlines.onTimePermille == nil)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("   Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0; "
            + "chưa có nhiệm vụ nào đến hạn.\n"))
        let json = ReportFormatter(language: .en).format(report, as: .json)
        #expect(json.contains("\"dueRate\": null,\n"))
        #expect(json.contains("\"onTimeRate\": null,\n    \"extended\": 0\n"))
    }

    @Test("per lead unit: declared units in their order, then undeclared codes as met, then the tasks without a lead")
    func units() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-07-15"))
        #expect(report.units.map(\.code) == ["TH", "HC", "KH", nil])
        #expect(report.units.map(\.name) == ["Phòng Tổng hợp", "Phòng Hành chính", nil, nil])
        #expect(report.units.map(\.counts.total) == [6, 4, 1, 2])
        #expect(report.units.map(\.counts.deadlines.overdue) == [1, 0, 0, 2])
        #expect(report.units.map(\.counts.total).reduce(0, +) == report.total.total)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("\n   - TH Phòng Tổng hợp: 6 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 0, "
            + "quá hạn 1 (không xét hạn: không có hạn 2, tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 66,7% (2/3), "
            + "đúng hạn 66,7%.\n"))
        #expect(text.contains("\n   - KH: 1 nhiệm vụ; "))
        #expect(text.contains("\n   - (Không có đơn vị chủ trì): 2 nhiệm vụ; "))
    }

    @Test("how long overdue, in calendar days and in working days: the weekend and Giỗ Tổ left out")
    func overdueAge() throws {
        let calendar = OfficeCalendar()
        #expect(OverdueAge(due: try date("2021-07-15"), on: try date("2021-07-15"), calendar: calendar) == nil)
        let weekend = try #require(OverdueAge(due: try date("2021-07-16"), on: try date("2021-07-19"), calendar: calendar))
        #expect(weekend.days == 3)
        #expect(weekend.workingDays == 1)
        let gioTo = try #require(OverdueAge(due: try date("2021-04-20"), on: try date("2021-04-22"), calendar: calendar))
        #expect(gioTo.days == 2)
        #expect(gioTo.workingDays == 1)
        #expect(gioTo.text(.vi) == "2 ngày, 1 ngày làm việc")
        #expect(gioTo.text(.en) == "2 days, 1 working day")
    }

    @Test("working days between two days, read from each year's running count, agree with a day-by-day count of the listed days off across years")
    func workingDaysAcrossYears() async {
        let calendar = OfficeCalendar()
        let first = PlanDate(year: 2019, month: 1, day: 1)?.dayNumber ?? 0
        let listed = (2019...2029).flatMap { calendar.daysOff(in: $0) }
        let off = Set(listed.filter(\.isOff).map(\.date))
        let worked = Set(listed.filter { !$0.isOff }.map(\.date))
        await propertyCheck(count: 200, input: Gen.int(in: 0...2_500), Gen.int(in: 0...900)) { offset, length in
            guard let start = PlanDate(dayNumber: first + offset),
                  let end = PlanDate(dayNumber: first + offset + length) else { return }
            var counted = 0
            var day = start
            while day < end, let next = day.adding(days: 1) {
                if worked.contains(next) || (!OfficeCalendar.isWeekend(next) && !off.contains(next)) { counted += 1 }
                day = next
            }
            #expect(calendar.workingDays(after: start, through: end) == counted, "\(start.iso)…\(end.iso)")
        }
    }

    @Test("numbers grouped the way each language reads them, in counts, percentages, counted results and progress")
    func numbers() {
        #expect(Language.vi.number(0) == "0")
        #expect(Language.vi.number(999) == "999")
        #expect(Language.vi.number(2000) == "2.000")
        #expect(Language.vi.number(1_234_567) == "1.234.567")
        #expect(Language.en.number(16_051) == "16,051")
        #expect(Language.vi.number(-5000) == "-5.000")
        #expect(Language.vi.count(5000, vi: "nhiệm vụ", en: "task") == "5.000 nhiệm vụ")
        #expect(Language.en.count(5000, vi: "nhiệm vụ", en: "task") == "5,000 tasks")
        #expect(Percent.format(permille: 12_345, .vi) == "1.234,5%")
        #expect(CountedResult(received: 2000, eligible: 1500, handled: 1234, unit: "đơn")?.formatted(.vi)
            == "tiếp nhận 2.000 đơn, 1.500 đơn đủ điều kiện, đã xử lý 1.234 đơn (đạt 82,3%)")
        #expect(Progress.count(done: 1234, total: 5000).formatted(.en) == "1,234/5,000 (24.7%)")
        #expect(Progress.count(done: 1234, total: 5000).text == "1234/5000", "the file keeps plain digits")
    }
}

/// Due soon counts working days: a deadline after a weekend or Tết is flagged as early, in
/// working time, as one in mid-week.
@Suite("Due soon")
struct DueSoonTests {
    @Test("within three working days by default: Friday 29/10/2021 flags Wednesday 3/11, not Thursday 4/11; today is soon, yesterday is not")
    func threeWorkingDays() throws {
        let rule = DueSoonRule()
        let calendar = OfficeCalendar()
        let friday = try date("2021-10-29")
        #expect(rule.isDueSoon(try date("2021-10-29"), on: friday, calendar: calendar))
        #expect(rule.isDueSoon(try date("2021-11-03"), on: friday, calendar: calendar))
        #expect(!rule.isDueSoon(try date("2021-11-04"), on: friday, calendar: calendar))
        #expect(!rule.isDueSoon(try date("2021-10-28"), on: friday, calendar: calendar))
        #expect(rule.isDueSoon(try date("2021-11-06"), on: try date("2021-11-03"), calendar: calendar), "a Saturday after two working days")
    }

    @Test("Tết's days off do not count: on 05/02/2021 a deadline on 17/02, after the break of 10–16/02, is soon; 18/02 is not")
    func tet() throws {
        let calendar = OfficeCalendar()
        #expect(DueSoonRule().isDueSoon(try date("2021-02-17"), on: try date("2021-02-05"), calendar: calendar))
        #expect(!DueSoonRule().isDueSoon(try date("2021-02-18"), on: try date("2021-02-05"), calendar: calendar))
        #expect(!DueSoonRule(workingDays: 0).isDueSoon(try date("2021-02-08"), on: try date("2021-02-05"), calendar: calendar))
        #expect(DueSoonRule(workingDays: -2).workingDays == 0)
    }

    @Test("only an open task within term is flagged")
    func onlyOpen() throws {
        let plan = Plan("""
        ## A
        - [ ] Mở  due:2021-11-01
        - [x] Xong  due:2021-11-01 done:2021-10-20
        - [-] Hủy  due:2021-11-01
        - [ ] Không có hạn

        """)
        let day = try date("2021-10-29")
        #expect((0..<4).map { plan.isDueSoon($0, on: day, rule: DueSoonRule()) } == [true, false, false, false])
    }
}
