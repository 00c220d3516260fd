import Testing

@testable import WorkplanCore

/// The numbers of a small hand-made plan (Fixtures/report.md) on 01/07/2021, and how they are
/// written; the built-in plan's numbers.
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
        #expect(report.period == nil)
        #expect(report.tracks.map(\.title) == ["Kỳ họp", "Đơn thư | tiếp dân"])
        var meetings = PlanReport.Counts()
        meetings.total = 5
        meetings.done = 2
        meetings.inProgress = 1
        meetings.notStarted = 1
        meetings.cancelled = 1
        meetings.deadlines.doneOnTime = 2
        meetings.deadlines.notYetDue = 1
        meetings.deadlines.overdue = 1
        meetings.deadlines.cancelled = 1
        #expect(report.tracks[0].counts == meetings)
        var petitions = PlanReport.Counts()
        petitions.total = 4
        petitions.done = 1
        petitions.inProgress = 1
        petitions.postponed = 1
        petitions.blocked = 1
        petitions.deadlines.notYetDue = 1
        petitions.deadlines.overdue = 1
        petitions.deadlines.postponed = 1
        petitions.deadlines.noDeadline = 1
        #expect(report.tracks[1].counts == petitions)
        #expect(report.tracks[0].results.isEmpty)
        #expect(report.tracks[1].results == [
            PlanReport.ResultLine(id: "B1", title: "Xử lý đơn thư", progress: .count(done: 121, total: 127), counted: nil, entries: nil),
            PlanReport.ResultLine(id: "B2", title: "Tiếp công dân", progress: .percent(40), counted: nil, entries: nil),
            PlanReport.ResultLine(id: "B4", title: "Báo cáo năm", progress: .count(done: 10, total: 10), counted: nil, entries: nil),
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
        #expect(report.total.doneLater == 0)
        #expect(report.total.deadlines.overdue == 2)
        #expect(report.total.donePermille == 375)
        #expect(report.tracks[0].counts.donePermille == 500)
        #expect(report.tracks[1].counts.donePermille == 250)
    }

    @Test("the open tasks: every task not done or cancelled, nested under listed ancestors only")
    func openTasks() throws {
        let report = try report()
        #expect(report.tracks[0].open == [
            PlanReport.OpenTask(id: "A1.2", title: "Hậu cần", lead: "HC", due: try date("2021-03-05"),
                                extendedFrom: nil, extendedTo: nil, countedTo: nil, status: .inProgress, doneLater: nil,
                                overdue: OverdueAge(due: try date("2021-03-05"), on: try date("2021-07-01"),
                                                    calendar: OfficeCalendar()),
                                level: 0),
            PlanReport.OpenTask(id: "A3", title: "Kỳ họp cuối năm", lead: "TH", due: try date("2021-12-15"),
                                extendedFrom: nil, extendedTo: nil, countedTo: nil, status: .notStarted, doneLater: nil, overdue: nil, level: 0),
        ])
        #expect(report.tracks[1].open.map(\.id) == ["B1", "B2", "B3"])
        #expect(report.tracks[1].open.map(\.isOverdue) == [false, false, true])
        let nested = PlanReport(plan: Plan("## A\n- [/] Mẹ  id:M\n  - [ ] Con  id:M.1\n    - [ ] Cháu  id:M.1.1\n"),
                                asOf: try date("2021-07-01"))
        #expect(nested.tracks[0].open.map(\.level) == [0, 1, 2])
    }

    @Test("overdue depends on the report's day, never on the clock; postponed tasks are not overdue")
    func overdueByDay() throws {
        let plan = try Fixtures.plan("report.md")
        #expect(PlanReport(plan: plan, asOf: try date("2021-03-01")).total.deadlines.overdue == 0)
        #expect(PlanReport(plan: plan, asOf: try date("2021-03-06")).total.deadlines.overdue == 1)
        #expect(PlanReport(plan: plan, asOf: try date("2022-01-01")).total.deadlines.overdue == 4)
    }

    @Test("a track of cancelled tasks only is 0%")
    func onlyCancelled() throws {
        let report = PlanReport(plan: Plan("## A\n- [-] Hủy\n"), asOf: try date("2021-07-01"))
        #expect(report.total.donePermille == 0)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 0, hủy bỏ 1; hoàn thành 0% tổng số.\n"
            + "   Theo hạn: không có nhiệm vụ nào để xét (hủy bỏ 1).\n"))
        #expect(text.hasSuffix("III. NHIỆM VỤ CHƯA HOÀN THÀNH\n\n   Không còn nhiệm vụ nào chưa hoàn thành.\n"))
    }

    @Test("plain text in Vietnamese: numbered sections, as the office writes its reports")
    func textVietnamese() throws {
        let expected = """
            BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH
            Kế hoạch nhỏ
            Tính đến ngày 01/07/2021

            I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

            1. Kỳ họp
               Tổng số 5 nhiệm vụ: hoàn thành 2, đang thực hiện 1, chưa thực hiện 1, hủy bỏ 1; hoàn thành 50% tổng số.
               Theo hạn: hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 66,7% (2/3), đúng hạn 66,7%.

            2. Đơn thư | tiếp dân
               Tổng số 4 nhiệm vụ: hoàn thành 1, đang thực hiện 1, tạm hoãn 1, vướng mắc 1; hoàn thành 25% tổng số.
               Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1 (không xét hạn: không có hạn 1, tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.
               - B1 Xử lý đơn thư: 121/127 (95,3%)
               - B2 Tiếp công dân: 40%
               - B4 Báo cáo năm: 10/10 (100%)

            Toàn kế hoạch
               Tổng số 9 nhiệm vụ: hoàn thành 3, đang thực hiện 2, chưa thực hiện 1, tạm hoãn 1, vướng mắc 1, hủy bỏ 1; hoàn thành 37,5% tổng số.
               Theo hạn: hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 2 (không xét hạn: không có hạn 1, tạm hoãn 1, hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (2/4), đúng hạn 50%.

            Theo đơn vị chủ trì
               - TH Phòng Tổng hợp: 4 nhiệm vụ; hoàn thành đúng hạn 2, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 0 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (2/2), đúng hạn 100%.
               - HC Phòng Hành chính: 3 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1 (không xét hạn: tạm hoãn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.
               - (Không có đơn vị chủ trì): 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 (không xét hạn: không có hạn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

            II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

               Không có cuộc họp nào trong kỳ báo cáo.

            III. NHIỆM VỤ CHƯA HOÀN THÀNH

            1. Kỳ họp
               - A1.2 Hậu cần (chủ trì HC; hạn 05/03/2021; đang thực hiện; quá hạn 118 ngày, 81 ngày làm việc)
               - A3 Kỳ họp cuối năm (chủ trì TH; hạn 15/12/2021; chưa thực hiện)

            2. Đơn thư | tiếp dân
               - B1 Xử lý đơn thư (chủ trì HC; hạn 31/12/2021; đang thực hiện)
               - B2 Tiếp công dân (chủ trì HC; hạn 30/06/2021; tạm hoãn)
               - B3 Giám sát (hạn 01/05/2021; vướng mắc; quá hạn 61 ngày, 43 ngày làm việc)

            """
        #expect(ReportFormatter(language: .vi).format(try report(), as: .text) == expected)
    }

    @Test("plain text in English")
    func textEnglish() throws {
        let expected = """
            PLAN PROGRESS REPORT
            Kế hoạch nhỏ
            As of 2021-07-01

            I. TASKS AND RESULTS

            1. Kỳ họp
               5 tasks: done 2, in progress 1, not started 1, cancelled 1; 50% of all done.
               By deadline: done on time 2, done late 0, not yet due 1, overdue 1 (left out: cancelled 1); 66.7% of the tasks come due done (2 of 3), 66.7% on time.

            2. Đơn thư | tiếp dân
               4 tasks: done 1, in progress 1, postponed 1, blocked 1; 25% of all done.
               By deadline: done on time 0, done late 0, not yet due 1, overdue 1 (left out: no deadline 1, postponed 1); 0% of the tasks come due done (0 of 1), 0% on time.
               - B1 Xử lý đơn thư: 121/127 (95.3%)
               - B2 Tiếp công dân: 40%
               - B4 Báo cáo năm: 10/10 (100%)

            Whole plan
               9 tasks: done 3, in progress 2, not started 1, postponed 1, blocked 1, cancelled 1; 37.5% of all done.
               By deadline: done on time 2, done late 0, not yet due 2, overdue 2 (left out: no deadline 1, postponed 1, cancelled 1); 50% of the tasks come due done (2 of 4), 50% on time.

            By lead unit
               - TH Phòng Tổng hợp: 4 tasks; done on time 2, done late 0, not yet due 1, overdue 0 (left out: cancelled 1); 100% of the tasks come due done (2 of 2), 100% on time.
               - HC Phòng Hành chính: 3 tasks; done on time 0, done late 0, not yet due 1, overdue 1 (left out: postponed 1); 0% of the tasks come due done (0 of 1), 0% on time.
               - (No lead unit): 2 tasks; done on time 0, done late 0, not yet due 0, overdue 1 (left out: no deadline 1); 0% of the tasks come due done (0 of 1), 0% on time.

            II. DECISIONS OF THE MEETINGS

               No meetings were held in the period.

            III. OPEN TASKS

            1. Kỳ họp
               - A1.2 Hậu cần (lead HC; due 2021-03-05; in progress; overdue 118 days, 81 working days)
               - A3 Kỳ họp cuối năm (lead TH; due 2021-12-15; not started)

            2. Đơn thư | tiếp dân
               - B1 Xử lý đơn thư (lead HC; due 2021-12-31; in progress)
               - B2 Tiếp công dân (lead HC; due 2021-06-30; postponed)
               - B3 Giám sát (due 2021-05-01; blocked; overdue 61 days, 43 working days)

            """
        #expect(ReportFormatter(language: .en).format(try report(), as: .text) == expected)
    }

    @Test("Markdown in Vietnamese: a column per status that occurs, a | in a track's name escaped in the table")
    func markdownVietnamese() throws {
        let expected = """
            # Báo cáo tình hình thực hiện kế hoạch

            **Kế hoạch nhỏ**

            Tính đến ngày 01/07/2021

            ## I. Kết quả thực hiện nhiệm vụ

            | Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Chưa thực hiện | Tạm hoãn | Vướng mắc | Hủy bỏ | Hoàn thành / tổng số |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 1 | 1 | 0 | 0 | 1 | 50% |
            | Đơn thư \\| tiếp dân | 4 | 1 | 1 | 0 | 1 | 1 | 0 | 25% |
            | **Toàn kế hoạch** | 9 | 3 | 2 | 1 | 1 | 1 | 1 | 37,5% |

            ### Theo hạn

            | Mảng công tác | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 0 | 1 | 1 | 1 | 66,7% | 66,7% |
            | Đơn thư \\| tiếp dân | 4 | 0 | 0 | 1 | 1 | 2 | 0% | 0% |
            | **Toàn kế hoạch** | 9 | 2 | 0 | 2 | 2 | 3 | 50% | 50% |

            ### Theo đơn vị chủ trì

            | Đơn vị | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Chưa đến hạn | Quá hạn | Không xét hạn | Tỷ lệ hoàn thành nhiệm vụ đến hạn | Tỷ lệ đúng hạn |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | TH Phòng Tổng hợp | 4 | 2 | 0 | 1 | 0 | 1 | 100% | 100% |
            | HC Phòng Hành chính | 3 | 0 | 0 | 1 | 1 | 1 | 0% | 0% |
            | (Không có đơn vị chủ trì) | 2 | 0 | 0 | 0 | 1 | 1 | 0% | 0% |

            ### Kết quả định lượng

            **2. Đơn thư | tiếp dân**

            - B1 Xử lý đơn thư: 121/127 (95,3%)
            - B2 Tiếp công dân: 40%
            - B4 Báo cáo năm: 10/10 (100%)

            ## II. Kết luận, chỉ đạo tại các cuộc họp

            Không có cuộc họp nào trong kỳ báo cáo.

            ## III. Nhiệm vụ chưa hoàn thành

            **1. Kỳ họp**

            - A1.2 Hậu cần (chủ trì HC; hạn 05/03/2021; đang thực hiện; quá hạn 118 ngày, 81 ngày làm việc)
            - A3 Kỳ họp cuối năm (chủ trì TH; hạn 15/12/2021; chưa thực hiện)

            **2. Đơn thư | tiếp dân**

            - B1 Xử lý đơn thư (chủ trì HC; hạn 31/12/2021; đang thực hiện)
            - B2 Tiếp công dân (chủ trì HC; hạn 30/06/2021; tạm hoãn)
            - B3 Giám sát (hạn 01/05/2021; vướng mắc; quá hạn 61 ngày, 43 ngày làm việc)

            """
        #expect(ReportFormatter(language: .vi).format(try report(), as: .markdown) == expected)
    }

    @Test("Markdown in English")
    func markdownEnglish() throws {
        let markdown = ReportFormatter(language: .en).format(try report(), as: .markdown)
        #expect(markdown.hasPrefix("# Plan progress report\n\n**Kế hoạch nhỏ**\n\nAs of 2021-07-01\n\n## I. Tasks and results\n\n"))
        #expect(markdown.contains("""
            | Track | Total | Done | In progress | Not started | Postponed | Blocked | Cancelled | Done of all |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 1 | 1 | 0 | 0 | 1 | 50% |
            | Đơn thư \\| tiếp dân | 4 | 1 | 1 | 0 | 1 | 1 | 0 | 25% |
            | **Whole plan** | 9 | 3 | 2 | 1 | 1 | 1 | 1 | 37.5% |

            ### By deadline

            | Track | Total | Done on time | Done late | Not yet due | Overdue | Left out | Done of come due | On time |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | Kỳ họp | 5 | 2 | 0 | 1 | 1 | 1 | 66.7% | 66.7% |
            | Đơn thư \\| tiếp dân | 4 | 0 | 0 | 1 | 1 | 2 | 0% | 0% |
            | **Whole plan** | 9 | 2 | 0 | 2 | 2 | 3 | 50% | 50% |

            ### By lead unit

            | Unit | Total | Done on time | Done late | Not yet due | Overdue | Left out | Done of come due | On time |
            | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
            | TH Phòng Tổng hợp | 4 | 2 | 0 | 1 | 0 | 1 | 100% | 100% |
            | HC Phòng Hành chính | 3 | 0 | 0 | 1 | 1 | 1 | 0% | 0% |
            | (No lead unit) | 2 | 0 | 0 | 0 | 1 | 1 | 0% | 0% |

            ### Quantitative results

            **2. Đơn thư | tiếp dân**

            - B1 Xử lý đơn thư: 121/127 (95.3%)
            """))
        #expect(markdown.contains("\n## II. Decisions of the meetings\n\nNo meetings were held in the period.\n\n## III. Open tasks\n\n"))
        #expect(markdown.hasSuffix("- B3 Giám sát (due 2021-05-01; blocked; overdue 61 days, 43 working days)\n"))
    }

    @Test("an unknown status is counted apart; one task is one task")
    func unknownAndSingular() throws {
        let report = PlanReport(plan: Plan("## A\n- [?] Lạ\n"), asOf: try date("2021-07-01"))
        #expect(report.total.total == 1)
        #expect(report.total.unknown == 1)
        let vi = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(vi.contains("\n   Tổng số 1 nhiệm vụ: hoàn thành 0, đang thực hiện 0, trạng thái không rõ 1; hoàn thành 0% tổng số.\n"
            + "   Theo hạn: không có nhiệm vụ nào để xét (không có hạn 1).\n"))
        #expect(vi.contains("\n   - Lạ (trạng thái không rõ)\n"))
        let en = ReportFormatter(language: .en).format(report, as: .text)
        #expect(en.contains("\n   1 task: done 0, in progress 0, unknown status 1; 0% of all done.\n"
            + "   By deadline: no task to count (no deadline 1).\n"))
        let markdown = ReportFormatter(language: .vi).format(report, as: .markdown)
        #expect(markdown.contains("| Mảng công tác | Tổng số | Hoàn thành | Đang thực hiện | Trạng thái không rõ | Hoàn thành / tổng số |\n"))
    }

    @Test("control characters in titles are shown as pictures")
    func visible() throws {
        let plan = Plan("# Kế\u{1B}[31mhoạch\n## Mảng\u{0}một\n- [/] Việc\u{7}  id:A progress:1/2\n")
        let text = ReportFormatter(language: .vi).format(PlanReport(plan: plan, asOf: try date("2021-07-01")), as: .text)
        #expect(text.hasPrefix("BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH\nKế\u{241B}[31mhoạch\n"))
        #expect(text.contains("\n1. Mảng\u{2400}một\n"))
        #expect(text.contains("\n   - A Việc\u{2407} (đang thực hiện)\n"))
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

            I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

            1. (Không thuộc mảng nào)
               Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 0, chưa thực hiện 2; hoàn thành 33,3% tổng số.
               Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 (không xét hạn: không có hạn 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

            Toàn kế hoạch
               Tổng số 3 nhiệm vụ: hoàn thành 1, đang thực hiện 0, chưa thực hiện 2; hoàn thành 33,3% tổng số.
               Theo hạn: hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 (không xét hạn: không có hạn 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%.

            II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

               Không có cuộc họp nào trong kỳ báo cáo.

            III. NHIỆM VỤ CHƯA HOÀN THÀNH

            1. (Không thuộc mảng nào)
               - Hai (hạn 01/01/2021; chưa thực hiện; quá hạn 181 ngày, 121 ngày làm việc)
               - Ba (chưa thực hiện)

            """
        #expect(ReportFormatter(language: .vi).format(report, as: .text) == expected)
        let markdown = ReportFormatter(language: .en).format(report, as: .markdown)
        #expect(markdown.hasPrefix("# Plan progress report\n\nAs of 2021-07-01\n\n"))
        #expect(markdown.contains("| (No track) | 3 | 1 | 0 | 2 | 33.3% |\n"))
        #expect(markdown.contains("| (No track) | 3 | 0 | 0 | 0 | 1 | 2 | 0% | 0% |\n"))
        #expect(!markdown.contains("Quantitative results"))
    }

    @Test("the built-in plan on 29/10/2021")
    func builtin() throws {
        let report = PlanReport(plan: Plan(BuiltinPlan.text), asOf: try date("2021-10-29"))
        #expect(report.tracks.count == 4)
        #expect(report.tracks.map(\.counts.total) == [42, 13, 32, 35])
        #expect(report.tracks.map(\.counts.done) == [31, 11, 28, 12])
        #expect(report.tracks.map(\.counts.deadlines.overdue) == [0, 2, 3, 0])
        #expect(report.total.total == 122)
        #expect(report.total.done == 82)
        #expect(report.total.cancelled == 2)
        #expect(report.total.donePermille == 683)
        #expect(report.tracks.map(\.open.count) == [11, 2, 3, 22])
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

               - TX2 Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, \
            đã xử lý 121 đơn (đạt 95,3%)
               - TX3 Tiếp nhận, phân loại, tham mưu xử lý đơn thư năm 2021: tiếp nhận 118 đơn, 112 đơn đủ điều kiện, \
            đã xử lý 104 đơn (đạt 92,9%)

            """))
        #expect(text.contains("\n   - BC8 Tiếp nhận, xử lý đơn thư khiếu nại, tố cáo liên quan đến bầu cử: tiếp nhận 13 đơn, "
            + "11 đơn đủ điều kiện, đã xử lý 11 đơn (đạt 100%)\n"))
        // The reception days' entries add up to the office's figures, in its words (DOMAIN.md §3).
        #expect(text.contains("\n   - TX1 Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh: 8/12 (66,7%); "
            + "9 buổi tiếp công dân, 42 lượt công dân, 26 vụ việc; báo cáo tiến độ ngày 16/08/2021: Tạm dừng tiếp công dân trực "
            + "tiếp tháng 8 và tháng 9 do giãn cách xã hội.\n"))
        #expect(text.contains("\nToàn kế hoạch\n   Tổng số 122 nhiệm vụ: hoàn thành 82, đang thực hiện 22, chưa thực hiện 14, "
            + "tạm hoãn 1, vướng mắc 1, hủy bỏ 2; hoàn thành 68,3% tổng số.\n"
            + "   Theo hạn: hoàn thành đúng hạn 70, hoàn thành quá hạn 12, chưa đến hạn 32, quá hạn 5 (không xét hạn: tạm hoãn 1, "
            + "hủy bỏ 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 94,3% (82/87), đúng hạn 80,5%.\n"))
        #expect(report.total.deadlines == {
            var grid = DeadlineCounts()
            grid.doneOnTime = 70
            grid.doneLate = 12
            grid.notYetDue = 32
            grid.overdue = 5
            grid.postponed = 1
            grid.cancelled = 2
            return grid
        }())
        #expect(report.units.map { $0.code ?? "-" } == ["VP", "TH", "CTDB", "HC", "TTDN", "BKTNS", "BPC", "BVHXH", "BDT",
                                                        "UBBC", "MTTQ", "SNV"])
        #expect(report.units.map(\.counts.total).reduce(0, +) == 122)
        #expect(text.contains("""

            3. Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
               - BC15 Tổng kết công tác bầu cử, lưu trữ hồ sơ (chủ trì CTDB; hạn 30/09/2021; đang thực hiện; \
            quá hạn 29 ngày, 21 ngày làm việc)
                 - BC15.2 Chỉnh lý, bàn giao hồ sơ, tài liệu bầu cử vào lưu trữ (chủ trì HC; hạn 30/09/2021; \
            đang thực hiện; quá hạn 29 ngày, 21 ngày làm việc)
               - BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh (chủ trì HC; hạn 15/10/2021; \
            đang thực hiện; quá hạn 14 ngày, 10 ngày làm việc)

            """))
    }

    @Test("every form of every fixture ends its last line; text, Markdown and JSON show no control characters")
    func everyForm() throws {
        for name in try Fixtures.names() {
            let report = PlanReport(plan: try Fixtures.plan(name), asOf: try date("2021-07-01"),
                                    period: .year(containing: try date("2021-07-01")))
            for language in Language.allCases {
                for form in ReportFormatter.Format.allCases {
                    let written = ReportFormatter(language: language).format(report, as: form)
                    #expect(written.hasSuffix(form == .csv ? "\r\n" : "\n"), "\(name) \(form)")
                    if form != .csv {
                        #expect(!written.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name) \(form)")
                    }
                }
            }
        }
    }
}
