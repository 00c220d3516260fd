import Foundation
import Testing

@testable import WorkplanCore

/// The decisions of the meetings held in the report's span, read from minutes files written
/// into a folder beside a plan.
@Suite("Report meetings")
struct ReportMeetingTests {
    static let plan = Plan("""
        # Kế hoạch

        ## Kỳ họp
        - [x] Họp tháng 7  id:A1 due:2021-07-20 done:2021-07-19
        - [/] Hậu cần  id:A2 due:2021-09-30

        """)

    /// Writes three meetings' minutes beside a plan in a fresh folder and returns them as the archive lists them.
    func meetings() throws -> [MeetingMinutes] {
        var template = Array("/tmp/workplan-report-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = MeetingArchive(planPath: folder + "/plan.md")
        let eight = try #require(ClockTime("08:00"))
        var july = MeetingMinutes(title: "Họp giao ban tháng 7/2021", date: try date("2021-07-05"), started: eight,
                                  agenda: ["A1", "A2"])
        july.items = [MinutesItem(taskId: "A1", title: "Họp tháng 7", decision: "Hoàn thành trước 20/7.",
                                  responsible: "Phòng Tổng hợp"),
                      MinutesItem(taskId: "A2", title: "Hậu cần", outcome: "Đang làm.")]
        let august = MeetingMinutes(title: "Họp giao ban tháng 8/2021", date: try date("2021-08-10"), started: eight,
                                    agenda: ["A2"], items: [MinutesItem(taskId: "A2", title: "Hậu cần")])
        var october = MeetingMinutes(title: "Họp giao ban tháng 10/2021", date: try date("2021-10-05"), started: eight,
                                     agenda: ["A2"])
        october.items = [MinutesItem(taskId: "A2", title: "Hậu cần", decision: "Đôn đốc xử lý dứt điểm.\nBáo cáo trước 15/10.")]
        for minutes in [october, july, august] {
            let file = try MinutesFile.create(minutes, in: archive, .vi)
            for (number, item) in minutes.items.enumerated() {
                try file.append(MinutesFormat.item(item, number: number + 1, .vi))
            }
        }
        return archive.meetings().map(\.minutes)
    }

    @Test("a period takes the meetings held in it, each with the items that record a decision")
    func inThePeriod() throws {
        let meetings = try meetings()
        #expect(meetings.map(\.date) == [try date("2021-07-05"), try date("2021-08-10"), try date("2021-10-05")])
        let quarter = ReportPeriod.quarter(containing: try date("2021-08-01"))
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), period: quarter, meetings: meetings)
        #expect(report.meetings.map(\.title) == ["Họp giao ban tháng 7/2021", "Họp giao ban tháng 8/2021"])
        #expect(report.meetings[0].decisions == [
            PlanReport.Decision(taskId: "A1", title: "Họp tháng 7", decision: "Hoàn thành trước 20/7.",
                                responsible: "Phòng Tổng hợp"),
        ])
        #expect(report.meetings[1].decisions.isEmpty)
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

            II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP

            1. Họp giao ban tháng 7/2021 (ngày 05/07/2021)
               - A1 Họp tháng 7
                 Kết luận, chỉ đạo: Hoàn thành trước 20/7.
                 Phụ trách: Phòng Tổng hợp

            2. Họp giao ban tháng 8/2021 (ngày 10/08/2021)
               Không có kết luận về nhiệm vụ nào.

            III. NHIỆM VỤ
            """))
        let english = ReportFormatter(language: .en).format(report, as: .text)
        #expect(english.contains("""

            II. DECISIONS OF THE MEETINGS

            1. Họp giao ban tháng 7/2021 (2021-07-05)
               - A1 Họp tháng 7
                 Decision: Hoàn thành trước 20/7.
                 Responsible: Phòng Tổng hợp

            2. Họp giao ban tháng 8/2021 (2021-08-10)
               No decisions on tasks.

            """))
        let markdown = ReportFormatter(language: .vi).format(report, as: .markdown)
        #expect(markdown.contains("""

            ## II. Kết luận, chỉ đạo tại các cuộc họp

            ### 1. Họp giao ban tháng 7/2021 (ngày 05/07/2021)

            - A1 Họp tháng 7
              - Kết luận, chỉ đạo: Hoàn thành trước 20/7.
              - Phụ trách: Phòng Tổng hợp

            ### 2. Họp giao ban tháng 8/2021 (ngày 10/08/2021)

            Không có kết luận về nhiệm vụ nào.

            ## III.
            """))
    }

    @Test("without a period, every meeting up to the as-of day; a decision over several lines; the plan's title when the minutes have none")
    func wholePlan() throws {
        let meetings = try meetings()
        #expect(PlanReport(plan: Self.plan, asOf: try date("2021-10-04"), meetings: meetings).meetings.count == 2)
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-05"), meetings: meetings)
        #expect(report.meetings.count == 3)
        let untitled = MeetingMinutes(title: "Họp", date: try date("2021-10-01"), started: try #require(ClockTime("08:00")),
                                      agenda: ["A2"], items: [MinutesItem(taskId: "A2", title: "", decision: "Làm ngay.")])
        #expect(PlanReport(plan: Self.plan, asOf: try date("2021-10-05"), meetings: [untitled]).meetings[0].decisions
            == [PlanReport.Decision(taskId: "A2", title: "Hậu cần", decision: "Làm ngay.", responsible: "")])
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

            3. Họp giao ban tháng 10/2021 (ngày 05/10/2021)
               - A2 Hậu cần
                 Kết luận, chỉ đạo: Đôn đốc xử lý dứt điểm.
                   Báo cáo trước 15/10.

            """))
        let markdown = ReportFormatter(language: .en).format(report, as: .markdown)
        #expect(markdown.contains("\n- A2 Hậu cần\n  - Decision: Đôn đốc xử lý dứt điểm.\n    Báo cáo trước 15/10.\n"))
    }

    @Test("no meeting in the period: the section says so")
    func none() throws {
        let meetings = try meetings()
        let june = ReportPeriod.month(containing: try date("2021-06-15"))
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), period: june, meetings: meetings)
        #expect(report.meetings.isEmpty)
        #expect(ReportFormatter(language: .vi).format(report, as: .text)
            .contains("\nII. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP\n\n   Không có cuộc họp nào trong kỳ báo cáo.\n"))
        #expect(ReportFormatter(language: .en).format(report, as: .markdown)
            .contains("\n## II. Decisions of the meetings\n\nNo meetings were held in the period.\n"))
        #expect(ReportFormatter(language: .vi).format(report, as: .json).contains("\n  \"meetings\": []\n}\n"))
        #expect(!ReportFormatter(language: .vi).format(report, as: .csv).contains("\r\nmeeting,"))
    }
}
