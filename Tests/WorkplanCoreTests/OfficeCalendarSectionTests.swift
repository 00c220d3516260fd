import Testing

@testable import WorkplanCore

/// The plan's days-off section: the days the office writes for a year on top of the built-in
/// announcements, and its rule for a deadline that falls on a day off.
@Suite("Days-off section")
struct OfficeCalendarSectionTests {
    /// A 2022 plan whose office wrote that year's announcement (Tết Monday 31/01 to Friday
    /// 04/02, Quốc khánh with 01/09, its own days in lieu) and a day of its own.
    static let plan2022 = """
    # Kế hoạch công tác năm 2022

    ## Lịch nghỉ
    Theo thông báo của Bộ Lao động - Thương binh và Xã hội.
    - 2022-01-31..2022-02-04: Tết Nguyên đán
    - 01/09/2022: Quốc khánh
    - 2022-01-03: nghỉ bù Tết Dương lịch
    - 2022-04-11: nghỉ bù Giỗ Tổ Hùng Vương
    - 2022-05-03: nghỉ bù Ngày Chiến thắng
    - 2022-05-04: nghỉ bù Ngày Quốc tế Lao động
    - 2022-06-03: Ngày truyền thống Văn phòng
    - 2022-06-11: làm bù

    ## Kỳ họp
    - [ ] Chuẩn bị kỳ họp giữa năm  id:A1 due:2022-07-15

    """

    @Test("the office's days replace the rule's Tết, companion of 2/9 and days in lieu, and add its own")
    func daysOf2022() throws {
        let plan = Plan(Self.plan2022)
        #expect(plan.problems.isEmpty)
        #expect(plan.tracks.map(\.title) == ["Kỳ họp"], "the section is not a track")
        let calendar = plan.calendar
        let days = calendar.daysOff(in: 2022)
        let tet = days.filter { $0.reason == .lunarNewYear }.map(\.date.iso)
        #expect(tet == ["2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04"])
        #expect(days.filter { $0.reason == .nationalDay }.map(\.date.iso) == ["2022-09-01", "2022-09-02"])
        #expect(days.filter { $0.reason == .compensation }.map(\.date.iso) == ["2022-01-03", "2022-04-11", "2022-05-03", "2022-05-04"],
                "the days in lieu written replace the rule's, none twice")
        #expect(days.first { $0.date == (try? date("2022-06-03")) }?.title(.vi) == "Ngày truyền thống Văn phòng")
        #expect(!calendar.isWorkingDay(try date("2022-06-03")))
        #expect(calendar.isWorkingDay(try date("2022-06-11")), "the make-up Saturday is worked")
        #expect(!calendar.isWorkingDay(try date("2022-01-31")))
        #expect(calendar.isWorkingDay(try date("2022-02-07")))
        let built2021 = calendar.daysOff(in: 2021).filter { $0.reason == .lunarNewYear }.map(\.date.iso)
        #expect(built2021.first == "2021-02-10", "the built-in years stay")
        let text = CalendarText.year(2022, calendar: calendar, .vi)
        #expect(text.contains("03/06/2022  thứ Sáu   Ngày truyền thống Văn phòng\n"))
        #expect(text.contains("03/01/2022  thứ Hai   nghỉ bù Tết Dương lịch\n"))
        #expect(text.contains("Theo các ngày ghi trong mục Lịch nghỉ của kế hoạch."))
    }

    @Test("the calendar read from the section alone is the plan's")
    func sectionAlone() {
        let alone = OfficeCalendar.reading(planBytes: Array(Self.plan2022.utf8))
        #expect(alone.daysOff(in: 2022) == Plan(Self.plan2022).calendar.daysOff(in: 2022))
        #expect(OfficeCalendar.reading(planBytes: Array("# Kế hoạch\n".utf8)).daysOff(in: 2022) == OfficeCalendar().daysOff(in: 2022))
    }

    @Test("working days typed as +Nnlv skip the office's own day off")
    func typedWorkingDays() throws {
        let plan = Plan(Self.plan2022)
        #expect(TypedDate.parse("+2nlv", today: try date("2022-06-01"), in: plan) == (try date("2022-06-06")))
        #expect(TypedDate.parse("+2nlv", today: try date("2022-06-01"), year: 2022) == (try date("2022-06-03")))
    }

    @Test("lines that cannot be read are problems at their column, and count for nothing", arguments: [
        ("- Tết: 2022-01-31", 3),
        ("- 2022-02-04..2022-01-31: Tết Nguyên đán", 3),
        ("- 2022-01-01..2023-01-01: nghỉ", 3),
        ("- 2022-06-08: làm bù", 3),
        ("- 2022-06-08:", 14),
        ("- Hạn vào ngày nghỉ: lùi một ngày", 22),
        ("* 31/02/2022: nghỉ", 3),
    ])
    func problems(_ line: String, _ column: Int) {
        let plan = Plan("# Kế hoạch năm 2022\n\n## Lịch nghỉ\n\(line)\n")
        #expect(plan.problems.map(\.line) == [4])
        #expect(plan.problems.map(\.column) == [column])
        #expect(plan.calendar.daysOff(in: 2022) == OfficeCalendar().daysOff(in: 2022))
        #expect(plan.calendar.deadlineOnDayOff == .asWritten)
    }

    @Test("by the office's rule a deadline on a day off counts at the next working day: in the grid, the filter, the digest and the report")
    func deadlineOnDayOff() throws {
        let text = """
        # Kế hoạch năm 2021

        ## Ngày nghỉ
        - Hạn vào ngày nghỉ: ngày làm việc tiếp theo

        ## Kỳ họp
        - [ ] Báo cáo tháng 4  id:A1 due:2021-05-01

        """
        let plan = Plan(text)
        let asWritten = Plan(text.replacing("ngày làm việc tiếp theo", with: "giữ nguyên"))
        #expect(plan.problems.isEmpty && asWritten.problems.isEmpty)
        #expect(plan.deadline(ofTask: 0) == (try date("2021-05-04")), "1/5 is a Saturday and a holiday; Monday 3/5 is its day in lieu")
        #expect(asWritten.deadline(ofTask: 0) == (try date("2021-05-01")))
        #expect(plan.deadlineState(ofTask: 0, on: try date("2021-05-04")) == .notYetDue)
        #expect(plan.deadlineState(ofTask: 0, on: try date("2021-05-05")) == .overdue)
        #expect(asWritten.deadlineState(ofTask: 0, on: try date("2021-05-04")) == .overdue)
        var filter = TaskFilter()
        filter.overdueOn = try date("2021-05-04")
        #expect(filter.apply(to: plan).isEmpty)
        #expect(filter.apply(to: asWritten) == [0])
        #expect(plan.isDueSoon(0, on: try date("2021-05-02"), rule: DueSoonRule()))
        #expect(!asWritten.isDueSoon(0, on: try date("2021-05-02"), rule: DueSoonRule()), "overdue already")
        let report = PlanReport(plan: plan, asOf: try date("2021-05-06"))
        #expect(report.total.deadlines.overdue == 1)
        #expect(report.tracks[0].open.first?.overdue?.days == 2, "counted from 04/05, not from 01/05")
        let digest = DeadlineDigest(plan: plan, on: try date("2021-05-06"), rule: DueSoonRule(), grouping: nil)
        #expect(digest.overdueCount == 1)
        #expect(CalendarText.year(2021, calendar: plan.calendar, .vi).contains("Điều 148"))
    }
}
