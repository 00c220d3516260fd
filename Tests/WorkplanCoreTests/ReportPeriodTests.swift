import Testing

@testable import WorkplanCore

/// `--period`: how it is read, named, and how it limits what the report counts.
@Suite("Report periods")
struct ReportPeriodTests {
    /// A plan whose tasks fall in and around the third quarter of 2021.
    static let plan = Plan("""
        # Kế hoạch quý

        ## Đơn vị
        - TH: Phòng Tổng hợp
        - TTDN: Phòng Thông tin - Dân nguyện

        ## Kỳ họp
        - [x] Họp tháng 6  id:A1 lead:TH due:2021-06-30 done:2021-06-28
        - [x] Họp tháng 8, xong sớm  id:A2 lead:TH due:2021-08-10 done:2021-07-20
        - [x] Họp tháng 8, xong muộn  id:A3 lead:TH due:2021-08-31 done:2021-10-05
        - [/] Họp tháng 9  id:A4 lead:TH due:2021-09-15
          - [ ] Chuẩn bị tài liệu  id:A4.1 lead:TH due:2021-09-10
        - [ ] Họp tháng 12  id:A5 lead:TH due:2021-12-10
        - [-] Họp bất thường  id:A6 lead:TH due:2021-07-15

        ## Đơn thư
        - [/] Xử lý đơn thư năm 2021  id:B1 lead:TTDN due:2021-12-31 progress:30/36 received:40 eligible:36 handled:30 unit:đơn
        - [x] Đơn thư quý III  id:B2 lead:TTDN due:2021-09-30 done:2021-09-30 received:12 handled:12 unit:lá_đơn
        - [>] Rà soát quy chế  id:B3 lead:TH due:2021-08-15
        - [ ] Việc không có hạn  id:B4 lead:TH

        """)

    func parse(_ text: String, asOf: String = "2021-08-15") throws -> ReportPeriod {
        try ReportPeriod.parse(text, asOf: try date(asOf))
    }

    @Test("month, quarter and year are those that contain the as-of day, in either language")
    func calendarPeriods() throws {
        #expect(try parse("month") == ReportPeriod.month(containing: try date("2021-08-15")))
        #expect(try parse("month").from == (try date("2021-08-01")))
        #expect(try parse("tháng").to == (try date("2021-08-31")))
        #expect(try parse("thang", asOf: "2024-02-10").to == (try date("2024-02-29")))
        #expect(try parse("quarter").from == (try date("2021-07-01")))
        #expect(try parse("QUÝ").to == (try date("2021-09-30")))
        #expect(try parse("quy", asOf: "2021-12-31").from == (try date("2021-10-01")))
        #expect(try parse("quarter", asOf: "2021-01-01").to == (try date("2021-03-31")))
        #expect(try parse("year").from == (try date("2021-01-01")))
        #expect(try parse("năm").to == (try date("2021-12-31")))
        #expect(try parse("nam").kind == .year)
        #expect(try parse("quarter").kind == .quarter)
    }

    @Test("a range of days, each written ISO or dd/MM/yyyy, both ends included")
    func ranges() throws {
        let period = try parse("2021-07-01..2021-09-30")
        #expect(period.kind == .range)
        #expect(period.from == (try date("2021-07-01")))
        #expect(period.to == (try date("2021-09-30")))
        #expect(try parse("01/07/2021..30/09/2021") == period)
        #expect(try parse("1/7/2021..2021-09-30") == period)
        #expect(try parse("2021-07-01..2021-07-01").contains(try date("2021-07-01")))
        #expect(!period.contains(try date("2021-10-01")))
        #expect(!period.contains(try date("2021-06-30")))
    }

    @Test("a period that cannot be read is one clear sentence in either language")
    func errors() throws {
        #expect(throws: ReportPeriodError.unknown("week")) { try parse("week") }
        #expect(throws: ReportPeriodError.unknown("2021-07-01..")) { try parse("2021-07-01..") }
        #expect(throws: ReportPeriodError.unknown("..2021-07-01")) { try parse("..2021-07-01") }
        #expect(throws: ReportPeriodError.unknown("2021-07-01..2021-08-01..2021-09-01")) {
            try parse("2021-07-01..2021-08-01..2021-09-01")
        }
        #expect(throws: ReportPeriodError.notADate("2021-06-31")) { try parse("2021-06-31..2021-09-30") }
        #expect(throws: ReportPeriodError.notADate("30/9/21")) { try parse("01/07/2021..30/9/21") }
        #expect(throws: ReportPeriodError.endsBeforeStart("2021-09-30..2021-07-01")) { try parse("2021-09-30..2021-07-01") }
        #expect(ReportPeriodError.unknown("week").message(.vi)
            == "kỳ báo cáo \"week\" không có; dùng month, quarter, year hoặc TỪ..ĐẾN (2021-07-01..2021-09-30)")
        #expect(ReportPeriodError.unknown("week").message(.en)
            == "no period \"week\"; use month, quarter, year or FROM..TO (2021-07-01..2021-09-30)")
        #expect(ReportPeriodError.notADate("2021-06-31").message(.vi)
            == "\"2021-06-31\" trong kỳ báo cáo không phải là một ngày có thật (viết 2021-07-10 hoặc 10/07/2021)")
        #expect(ReportPeriodError.notADate("2021-06-31").message(.en)
            == "\"2021-06-31\" in the period is not a real date (write 2021-07-10 or 10/07/2021)")
        #expect(ReportPeriodError.endsBeforeStart("2021-09-30..2021-07-01").message(.vi)
            == "kỳ báo cáo \"2021-09-30..2021-07-01\" kết thúc trước khi bắt đầu")
        #expect(ReportPeriodError.endsBeforeStart("2021-09-30..2021-07-01").message(.en)
            == "the period \"2021-09-30..2021-07-01\" ends before it starts")
    }

    @Test("periods are named as the office names them, and so is what comes next")
    func labels() throws {
        let august = try date("2021-08-15")
        #expect(ReportPeriod.month(containing: august).label(.vi) == "tháng 8/2021 (từ ngày 01/08/2021 đến ngày 31/08/2021)")
        #expect(ReportPeriod.month(containing: august).label(.en) == "August 2021 (2021-08-01 to 2021-08-31)")
        #expect(ReportPeriod.quarter(containing: august).label(.vi) == "quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)")
        #expect(ReportPeriod.quarter(containing: august).label(.en) == "Q3 2021 (2021-07-01 to 2021-09-30)")
        #expect(ReportPeriod.year(containing: august).label(.vi) == "năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)")
        #expect(try parse("2021-07-01..2021-09-30").label(.vi) == "từ ngày 01/07/2021 đến ngày 30/09/2021")
        #expect(try parse("2021-07-01..2021-09-30").label(.en) == "2021-07-01 to 2021-09-30")
        #expect(ReportPeriod.month(containing: august).nextLabel(.vi) == "tháng 9/2021")
        #expect(ReportPeriod.month(containing: try date("2021-12-01")).nextLabel(.vi) == "tháng 1/2022")
        #expect(ReportPeriod.month(containing: try date("2021-12-01")).nextLabel(.en) == "January 2022")
        #expect(ReportPeriod.quarter(containing: august).nextLabel(.vi) == "quý IV/2021")
        #expect(ReportPeriod.quarter(containing: try date("2021-11-01")).nextLabel(.vi) == "quý I/2022")
        #expect(ReportPeriod.quarter(containing: try date("2021-11-01")).nextLabel(.en) == "Q1 2022")
        #expect(ReportPeriod.year(containing: august).nextLabel(.vi) == "năm 2022")
        #expect(ReportPeriod.year(containing: august).nextLabel(.en) == "2022")
        #expect(try parse("2021-07-01..2021-09-30").nextLabel(.vi) == "kỳ sau")
        #expect(try parse("2021-07-01..2021-09-30").nextLabel(.en) == "the next period")
    }

    @Test("a past quarter: tasks due or done in it, as they stood on its last day")
    func pastQuarter() throws {
        let period = try parse("2021-07-01..2021-09-30")
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), period: period)
        #expect(report.asOf == (try date("2021-09-30")))
        var meetings = PlanReport.Counts()
        meetings.total = 5
        meetings.done = 1
        meetings.doneLater = 1
        meetings.inProgress = 1
        meetings.notStarted = 1
        meetings.cancelled = 1
        meetings.deadlines.doneOnTime = 1
        meetings.deadlines.overdue = 3
        meetings.deadlines.cancelled = 1
        #expect(report.tracks[0].counts == meetings)
        #expect(report.tracks[0].counts.donePermille == 250)
        var petitions = PlanReport.Counts()
        petitions.total = 2
        petitions.done = 1
        petitions.postponed = 1
        petitions.deadlines.doneOnTime = 1
        petitions.deadlines.postponed = 1
        #expect(report.tracks[1].counts == petitions)
        #expect(report.total.total == 7)
        #expect(report.total.donePermille == 333)
        #expect(report.tracks[1].results.map(\.id) == ["B2"])
        #expect(report.tracks[0].open.map(\.id) == ["A3", "A4", "A4.1"])
        #expect(report.tracks[0].open[0].doneLater == (try date("2021-10-05")))
        #expect(report.tracks[0].open.map(\.level) == [0, 0, 1])
        #expect(report.tracks[0].open.map(\.isOverdue) == [true, true, true])
        #expect(report.tracks[1].open.map(\.id) == ["B3", "B4"])
        let expected = """
            BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
            Kế hoạch quý
            Kỳ báo cáo: từ ngày 01/07/2021 đến ngày 30/09/2021
            Tính đến ngày 30/09/2021

            I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

            1. Kỳ họp
               Tổng số 5 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 25% tổng số.
               Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 25% (1/4), đúng hạn 25%.

            2. Đơn thư
               Tổng số 2 nhiệm vụ: hoàn thành 1, đang thực hiện 0, tạm hoãn 1; hoàn thành 50% tổng số.
               Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.
               - B2 Đơn thư quý III: tiếp nhận 12 lá đơn, đã xử lý 12 lá đơn (đạt 100%)

            Tổng cộng trong kỳ
               Tổng số 7 nhiệm vụ: hoàn thành 2, đang thực hiện 1, chưa thực hiện 1, tạm hoãn 1, hủy bỏ 1, hoàn thành sau đó 1; hoàn thành 33,3% tổng số.
               Theo hạn: hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 40% (2/5), đúng hạn 40%.

            Theo đơn vị chủ trì
               - TH Phòng Tổng hợp: 6 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 3 (không xét hạn: tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 25% (1/4), đúng hạn 25%.
               - TTDN Phòng Thông tin - Dân nguyện: 1 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%.

            II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

               Không có cuộc họp nào trong kỳ báo cáo.

            III. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG KỲ SAU

            1. Kỳ họp
               - A3 Họp tháng 8, xong muộn (chủ trì TH; hạn 31/08/2021; hoàn thành ngày 05/10/2021; quá hạn 30 ngày, 20 ngày làm việc)
               - A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 15 ngày, 11 ngày làm việc)
                 - A4.1 Chuẩn bị tài liệu (chủ trì TH; hạn 10/09/2021; chưa thực hiện; quá hạn 20 ngày, 14 ngày làm việc)

            2. Đơn thư
               - B3 Rà soát quy chế (chủ trì TH; hạn 15/08/2021; tạm hoãn)
               - B4 Việc không có hạn (chủ trì TH; chưa thực hiện)

            """
        #expect(ReportFormatter(language: .vi).format(report, as: .text) == expected)
        let english = ReportFormatter(language: .en).format(report, as: .text)
        #expect(english.contains("\nPeriod: 2021-07-01 to 2021-09-30\nAs of 2021-09-30\n"))
        #expect(english.contains("\nTotal for the period\n   7 tasks: done 2, in progress 1, not started 1, postponed 1, "
            + "cancelled 1, done later 1; 33.3% of all done.\n   By deadline: done on time 2, done late 0, not yet due 0, overdue 3 "
            + "(left out: postponed 1, cancelled 1); 40% of the tasks come due done (2 of 5), 40% on time.\n"))
        #expect(english.contains("\nIII. OPEN TASKS CARRIED INTO THE NEXT PERIOD\n"))
        #expect(english.contains("\n   - A3 Họp tháng 8, xong muộn (lead TH; due 2021-08-31; done on 2021-10-05; overdue 30 days, "
            + "20 working days)\n"))
        let markdown = ReportFormatter(language: .vi).format(report, as: .markdown)
        #expect(markdown.contains("| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Chưa thực hiện | Tạm hoãn "
            + "| Hủy bỏ | Hoàn thành sau đó | Hoàn thành / tổng số |\n"))
        #expect(markdown.contains("| **Tổng cộng trong kỳ** | 7 | 2 | 1 | 1 | 1 | 1 | 1 | 33,3% |\n"))
        #expect(markdown.contains("| **Tổng cộng trong kỳ** | 7 | 2 | 0 | 0 | 3 | 2 | 40% | 40% |\n"))
        #expect(markdown.contains("\n## III. Nhiệm vụ chưa hoàn thành, chuyển sang kỳ sau\n\n**1. Kỳ họp**\n\n"
            + "- A3 Họp tháng 8, xong muộn (chủ trì TH; hạn 31/08/2021; hoàn thành ngày 05/10/2021; quá hạn 30 ngày, 20 ngày làm việc)\n"
            + "- A4 Họp tháng 9 (chủ trì TH; hạn 15/09/2021; đang thực hiện; quá hạn 15 ngày, 11 ngày làm việc)\n"
            + "  - A4.1 Chuẩn bị tài liệu (chủ trì TH; hạn 10/09/2021; chưa thực hiện; quá hạn 20 ngày, 14 ngày làm việc)\n"))
    }

    @Test("the same quarter chosen by word names it, and what comes next")
    func quarterByWord() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-09-30"), period: try parse("quarter"))
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("\nKỳ báo cáo: quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)\nTính đến ngày 30/09/2021\n"))
        #expect(text.contains("\nIII. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG QUÝ IV/2021\n"))
        #expect(report.total.total == 7)
    }

    @Test("a year not yet over: counted to the as-of day; tasks without a due day count only when done in it")
    func yearSoFar() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), period: try parse("year", asOf: "2021-10-29"))
        #expect(report.asOf == (try date("2021-10-29")))
        #expect(report.tracks.map(\.counts.total) == [7, 3])
        #expect(report.tracks.map(\.counts.done) == [3, 1])
        #expect(report.tracks.map(\.counts.deadlines.overdue) == [2, 0])
        #expect(report.total.doneLater == 0)
        #expect(report.tracks[1].results.map(\.id) == ["B1", "B2"])
        #expect(report.tracks[0].open.map(\.id) == ["A4", "A4.1", "A5"])
        #expect(report.tracks[1].open.map(\.id) == ["B1", "B3", "B4"])
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("\nKỳ báo cáo: năm 2021 (từ ngày 01/01/2021 đến ngày 31/12/2021)\nTính đến ngày 29/10/2021\n"))
        #expect(text.contains("\n   - B1 Xử lý đơn thư năm 2021: tiếp nhận 40 đơn, 36 đơn đủ điều kiện, đã xử lý 30 đơn (đạt 83,3%)\n"))
        #expect(text.contains("\nIII. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG NĂM 2022\n"))
    }

    @Test("a month: a task done after the as-of day was not yet done on it")
    func month() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-09-20"), period: try parse("month", asOf: "2021-09-20"))
        #expect(report.period?.from == (try date("2021-09-01")))
        #expect(report.asOf == (try date("2021-09-20")))
        #expect(report.tracks[0].counts.total == 2)
        #expect(report.tracks[0].counts.deadlines.overdue == 2)
        #expect(report.tracks[1].counts.total == 1)
        #expect(report.tracks[1].counts.doneLater == 1)
        #expect(report.tracks[1].counts.deadlines.overdue == 0)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("\nIII. NHIỆM VỤ CHƯA HOÀN THÀNH, CHUYỂN SANG THÁNG 10/2021\n"))
        #expect(text.contains("\n   - B2 Đơn thư quý III (chủ trì TTDN; hạn 30/09/2021; hoàn thành ngày 30/09/2021)\n"))
    }

    /// `report --as-of 2021-06-15` on the built-in plan used to count the tasks done in July to
    /// October as done: a report as of a day must read the plan as it stood on that day.
    @Test("without a period too, a task done after the as-of day was still open on it")
    func wholePlanAsOfADay() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-09-20"))
        #expect(report.total.total == 11)
        #expect(report.total.doneLater == 2)
        #expect(report.total.done == 2)
        #expect(report.tracks[0].open.map(\.id) == ["A3", "A4", "A4.1", "A5"])
        #expect(report.tracks[0].open[0].overdue?.days == 20)
        let builtin = PlanReport(plan: Plan(BuiltinPlan.text), asOf: try date("2021-06-15"))
        let day = try date("2021-06-15")
        let doneByThen = Plan(BuiltinPlan.text).tasks.filter { task in
            task.status == .done && (task.doneDate.map { $0 <= day } ?? true)
        }
        #expect(builtin.total.done == doneByThen.count)
        #expect(builtin.total.doneLater > 0)
    }
}
