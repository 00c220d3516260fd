import Testing

@testable import WorkplanCore

/// The numbers of a small hand-made plan (Fixtures/report.md) on 01/07/2021, and how they are written.
@Suite("Report")
struct ReportTests {
    func report() throws -> PlanReport {
        PlanReport(plan: try Fixtures.plan("report.md"), asOf: try date("2021-07-01"))
    }

    @Test("per-track counts; tracks without tasks are left out")
    func tracks() throws {
        let report = try report()
        #expect(report.planTitle == "Kế hoạch nhỏ")
        #expect(report.asOf == (try date("2021-07-01")))
        #expect(report.tracks.map(\.title) == ["Kỳ họp", "Đơn thư | tiếp dân"])
        var meetings = PlanReport.Counts()
        meetings.total = 5
        meetings.done = 2
        meetings.inProgress = 1
        meetings.notStarted = 1
        meetings.cancelled = 1
        meetings.overdue = 1
        #expect(report.tracks[0].counts == meetings)
        var petitions = PlanReport.Counts()
        petitions.total = 4
        petitions.done = 1
        petitions.inProgress = 1
        petitions.postponed = 1
        petitions.blocked = 1
        petitions.overdue = 1
        #expect(report.tracks[1].counts == petitions)
        #expect(report.tracks[0].progress.isEmpty)
        #expect(report.tracks[1].progress == [
            PlanReport.ProgressLine(id: "B1", title: "Xử lý đơn thư", progress: .count(done: 121, total: 127)),
            PlanReport.ProgressLine(id: "B2", title: "Tiếp công dân", progress: .percent(40)),
            PlanReport.ProgressLine(id: "B4", title: "Báo cáo năm", progress: .count(done: 10, total: 10)),
        ])
    }

    @Test("whole-plan counts; cancelled tasks are left out of the percentage")
    func total() throws {
        let report = try report()
        #expect(report.total.total == 9)
        #expect(report.total.done == 3)
        #expect(report.total.inProgress == 2)
        #expect(report.total.notStarted == 1)
        #expect(report.total.postponed == 1)
        #expect(report.total.blocked == 1)
        #expect(report.total.cancelled == 1)
        #expect(report.total.overdue == 2)
        #expect(report.total.donePermille == 375)
        #expect(report.tracks[0].counts.donePermille == 500)
        #expect(report.tracks[1].counts.donePermille == 250)
    }

    @Test("overdue depends on the report's day, never on the clock; postponed tasks are not overdue")
    func overdueByDay() throws {
        let plan = try Fixtures.plan("report.md")
        #expect(PlanReport(plan: plan, asOf: try date("2021-03-01")).total.overdue == 0)
        #expect(PlanReport(plan: plan, asOf: try date("2021-03-06")).total.overdue == 1)
        #expect(PlanReport(plan: plan, asOf: try date("2022-01-01")).total.overdue == 4)
    }

    @Test("a track of cancelled tasks only is 0%")
    func onlyCancelled() throws {
        let report = PlanReport(plan: Plan("## A\n- [-] Hủy\n"), asOf: try date("2021-07-01"))
        #expect(report.total.donePermille == 0)
        #expect(ReportFormatter(language: .vi).format(report, as: .text).contains("hoàn thành 0 (0%)"))
    }

    @Test("plain text in Vietnamese")
    func textVietnamese() throws {
        let expected = """
            BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
            Kế hoạch nhỏ
            Tính đến ngày 01/07/2021

            1. Kỳ họp
               Tổng số 5 nhiệm vụ; hoàn thành 2 (50%); đang thực hiện 1; quá hạn 1; chưa thực hiện 1; hủy bỏ 1.

            2. Đơn thư | tiếp dân
               Tổng số 4 nhiệm vụ; hoàn thành 1 (25%); đang thực hiện 1; quá hạn 1; tạm hoãn 1; vướng mắc 1.
               - B1 Xử lý đơn thư: 121/127 (95,3%)
               - B2 Tiếp công dân: 40%
               - B4 Báo cáo năm: 10/10 (100%)

            Toàn kế hoạch
               Tổng số 9 nhiệm vụ; hoàn thành 3 (37,5%); đang thực hiện 2; quá hạn 2; chưa thực hiện 1; tạm hoãn 1; vướng mắc 1; hủy bỏ 1.

            """
        #expect(ReportFormatter(language: .vi).format(try report(), as: .text) == expected)
    }

    @Test("plain text in English")
    func textEnglish() throws {
        let expected = """
            PLAN PROGRESS REPORT
            Kế hoạch nhỏ
            As of 2021-07-01

            1. Kỳ họp
               5 tasks; done 2 (50%); in progress 1; overdue 1; not started 1; cancelled 1.

            2. Đơn thư | tiếp dân
               4 tasks; done 1 (25%); in progress 1; overdue 1; postponed 1; blocked 1.
               - B1 Xử lý đơn thư: 121/127 (95.3%)
               - B2 Tiếp công dân: 40%
               - B4 Báo cáo năm: 10/10 (100%)

            Whole plan
               9 tasks; done 3 (37.5%); in progress 2; overdue 2; not started 1; postponed 1; blocked 1; cancelled 1.

            """
        #expect(ReportFormatter(language: .en).format(try report(), as: .text) == expected)
    }

    @Test("Markdown in Vietnamese, with a | in a track's name escaped in the table")
    func markdownVietnamese() throws {
        let expected = """
            # Báo cáo tình hình thực hiện kế hoạch

            **Kế hoạch nhỏ**

            Tính đến ngày 01/07/2021

            | Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Quá hạn | Tỷ lệ hoàn thành |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 1 | 1 | 50% |
            | Đơn thư \\| tiếp dân | 4 | 1 | 1 | 1 | 25% |
            | **Toàn kế hoạch** | 9 | 3 | 2 | 2 | 37,5% |

            ## Kết quả định lượng

            ### Đơn thư | tiếp dân

            - B1 Xử lý đơn thư: 121/127 (95,3%)
            - B2 Tiếp công dân: 40%
            - B4 Báo cáo năm: 10/10 (100%)

            """
        #expect(ReportFormatter(language: .vi).format(try report(), as: .markdown) == expected)
    }

    @Test("Markdown in English")
    func markdownEnglish() throws {
        let expected = """
            # Plan progress report

            **Kế hoạch nhỏ**

            As of 2021-07-01

            | Track | Total | Done | In progress | Overdue | Done (%) |
            | --- | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 1 | 1 | 50% |
            | Đơn thư \\| tiếp dân | 4 | 1 | 1 | 1 | 25% |
            | **Whole plan** | 9 | 3 | 2 | 2 | 37.5% |

            ## Quantitative results

            ### Đơn thư | tiếp dân

            - B1 Xử lý đơn thư: 121/127 (95.3%)
            - B2 Tiếp công dân: 40%
            - B4 Báo cáo năm: 10/10 (100%)

            """
        #expect(ReportFormatter(language: .en).format(try report(), as: .markdown) == expected)
    }

    @Test("an unknown status is counted apart; one task is one task")
    func unknownAndSingular() throws {
        let report = PlanReport(plan: Plan("## A\n- [?] Lạ\n"), asOf: try date("2021-07-01"))
        #expect(report.total.total == 1)
        #expect(report.total.unknown == 1)
        let vi = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(vi.contains("\n   Tổng số 1 nhiệm vụ; hoàn thành 0 (0%); đang thực hiện 0; quá hạn 0; trạng thái không rõ 1.\n"))
        let en = ReportFormatter(language: .en).format(report, as: .text)
        #expect(en.contains("\n   1 task; done 0 (0%); in progress 0; overdue 0; unknown status 1.\n"))
    }

    @Test("control characters in titles are shown as pictures")
    func visible() throws {
        let plan = Plan("# Kế\u{1B}[31mhoạch\n## Mảng\u{0}một\n- [/] Việc  id:A progress:1/2\n")
        let text = ReportFormatter(language: .vi).format(PlanReport(plan: plan, asOf: try date("2021-07-01")), as: .text)
        #expect(text.hasPrefix("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH\nKế\u{241B}[31mhoạch\n"))
        #expect(text.contains("\n1. Mảng\u{2400}một\n"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("a plan without a title, with tasks outside any track")
    func untitled() throws {
        let plan = Plan("- [x] Một\n- [ ] Hai  due:2021-01-01\n- [ ] Ba\n")
        let report = PlanReport(plan: plan, asOf: try date("2021-07-01"))
        #expect(report.planTitle == nil)
        let expected = """
            BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
            Tính đến ngày 01/07/2021

            1. (Không thuộc mảng nào)
               Tổng số 3 nhiệm vụ; hoàn thành 1 (33,3%); đang thực hiện 0; quá hạn 1; chưa thực hiện 2.

            Toàn kế hoạch
               Tổng số 3 nhiệm vụ; hoàn thành 1 (33,3%); đang thực hiện 0; quá hạn 1; chưa thực hiện 2.

            """
        #expect(ReportFormatter(language: .vi).format(report, as: .text) == expected)
        let markdown = ReportFormatter(language: .en).format(report, as: .markdown)
        #expect(markdown.hasPrefix("# Plan progress report\n\nAs of 2021-07-01\n\n"))
        #expect(markdown.contains("| (No track) | 3 | 1 | 0 | 1 | 33.3% |\n"))
        #expect(!markdown.contains("Quantitative results"))
    }

    @Test("the built-in plan on 29/10/2021")
    func builtin() throws {
        let report = PlanReport(plan: Plan(BuiltinPlan.text), asOf: try date("2021-10-29"))
        #expect(report.tracks.count == 4)
        #expect(report.tracks.map(\.counts.total) == [42, 13, 31, 35])
        #expect(report.tracks.map(\.counts.done) == [31, 11, 28, 12])
        #expect(report.tracks.map(\.counts.overdue) == [0, 2, 2, 0])
        #expect(report.total.total == 121)
        #expect(report.total.done == 82)
        #expect(report.total.cancelled == 2)
        #expect(report.total.donePermille == 689)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("   - TX2 Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020: 121/127 (95,3%)\n"))
        #expect(text.hasSuffix("hoàn thành 82 (68,9%); đang thực hiện 21; quá hạn 4; chưa thực hiện 14; tạm hoãn 1; vướng mắc 1; hủy bỏ 2.\n"))
    }
}
