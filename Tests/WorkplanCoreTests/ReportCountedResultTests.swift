import Testing

@testable import WorkplanCore

/// The counted-result fields (`received:`, `eligible:`, `handled:`, `unit:`): how they are
/// read from a task line and written as the office writes them.
@Suite("Report counted results")
struct ReportCountedResultTests {
    func counted(_ fields: String) -> CountedResult? {
        let plan = Plan("## A\n- [/] Việc  id:A \(fields)\n")
        return reportFields(plan, 0).counted
    }

    @Test("the fields are read from the line, the unit with `_` as a space, the first of each key")
    func reading() throws {
        #expect(counted("received:132 eligible:127 handled:121 unit:đơn")
            == CountedResult(received: 132, eligible: 127, handled: 121, unit: "đơn"))
        #expect(counted("unit:hồ_sơ handled:96 received:96") == CountedResult(received: 96, handled: 96, unit: "hồ sơ"))
        #expect(counted("handled:5 handled:7") == CountedResult(handled: 5))
        #expect(counted("handled:x handled:7") == CountedResult(handled: 7))
        #expect(counted("unit:đơn") == nil)
        #expect(counted("progress:3/4") == nil)
        #expect(counted("received:-3 eligible:1.320 handled:1234567890") == nil)
        #expect(CountedResult() == nil)
    }

    @Test("a plan with valid counts has no problems; the unit may be Vietnamese")
    func checkAcceptsThem() {
        let plan = Plan("""
            ## Đơn vị
            - TTDN: Phòng Thông tin - Dân nguyện

            ## Đơn thư
            - [x] Đơn thư  id:A lead:TTDN progress:121/127 received:132 eligible:127 handled:121 unit:đơn
            - [/] Hồ sơ  id:B lead:TTDN received:96 unit:hồ_sơ

            """)
        #expect(plan.problems.isEmpty)
        #expect(plan.tasks[0].title == "Đơn thư")
        #expect(plan.tasks[0].value("unit") == "đơn")
        #expect(plan.tasks[1].title == "Hồ sơ")
    }

    @Test("written as the office writes it: received, eligible, handled and the share handled")
    func formatting() throws {
        let full = try #require(CountedResult(received: 132, eligible: 127, handled: 121, unit: "đơn"))
        #expect(full.permille == 953)
        #expect(full.formatted(.vi) == "tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)")
        #expect(full.formatted(.en) == "received 132 đơn, 127 đơn eligible, handled 121 đơn (95.3%)")
        let noEligible = try #require(CountedResult(received: 13, handled: 11, unit: "lá đơn"))
        #expect(noEligible.permille == 846)
        #expect(noEligible.formatted(.vi) == "tiếp nhận 13 lá đơn, đã xử lý 11 lá đơn (đạt 84,6%)")
        let bare = try #require(CountedResult(received: 10, eligible: 8))
        #expect(bare.permille == nil)
        #expect(bare.formatted(.vi) == "tiếp nhận 10, 8 đủ điều kiện")
        #expect(try #require(CountedResult(handled: 4)).formatted(.vi) == "đã xử lý 4")
        #expect(try #require(CountedResult(eligible: 0, handled: 0)).formatted(.en) == "0 eligible, handled 0")
        #expect(try #require(CountedResult(received: 100, handled: 100)).formatted(.vi) == "tiếp nhận 100, đã xử lý 100 (đạt 100%)")
    }

    @Test("a counted result is written instead of the progress; a task with neither has no line")
    func inTheReport() throws {
        let plan = Plan("""
            ## Đơn thư
            - [x] Năm 2020  id:A progress:121/127 received:132 eligible:127 handled:121 unit:đơn
            - [/] Năm 2021  id:B progress:40%
            - [/] Hồ sơ  id:C received:9 handled:3 unit:hồ_sơ
            - [ ] Khác  id:D unit:đơn

            """)
        let report = PlanReport(plan: plan, asOf: try date("2021-10-29"))
        #expect(report.tracks[0].results.map(\.id) == ["A", "B", "C"])
        #expect(report.tracks[0].results[0].progress == .count(done: 121, total: 127))
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

               - A Năm 2020: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)
               - B Năm 2021: 40%
               - C Hồ sơ: tiếp nhận 9 hồ sơ, đã xử lý 3 hồ sơ (đạt 33,3%)

            """))
        let english = ReportFormatter(language: .en).format(report, as: .markdown)
        #expect(english.contains("- A Năm 2020: received 132 đơn, 127 đơn eligible, handled 121 đơn (95.3%)\n"))
    }
}
