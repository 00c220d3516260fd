import Testing

@testable import WorkplanCore

/// The plain-text report as typed lines: what each line is, its indent, marker and words, and
/// the share done that a screen draws as a bar; printed, they are the text report.
@Suite("Report lines")
struct ReportLinesTests {
    /// One track: a task in progress with a done subtask (a result) and an overdue one, and a cancelled task.
    static let plan = Plan("""
        # Kế hoạch thử

        ## Kỳ họp
        - [/] Chuẩn bị kỳ họp  id:A1 lead:TH due:2021-11-30
          - [x] Dự thảo chương trình  id:A1.1 due:2021-10-01 done:2021-09-30 progress:4/4
          - [ ] Gửi tài liệu  id:A1.2 lead:TH due:2021-10-20
        - [-] Hội nghị hủy  id:A2

        """)

    /// A meeting that decided on A1.2, the decision written on two lines.
    static func meeting() throws -> MeetingMinutes {
        MeetingMinutes(title: "Họp giao ban", date: try date("2021-10-05"), started: try #require(ClockTime("08:00")),
                       agenda: ["A1.2"],
                       items: [MinutesItem(taskId: "A1.2", title: "", decision: "Gửi trước 20/10.\nBáo cáo lại.",
                                           responsible: "Phòng Tổng hợp")])
    }

    /// A line's kind, indent, marker and words, to compare in one go.
    private func parts(_ line: ReportLine) -> String {
        "\(line.kind) \(line.indent) [\(line.marker)] \(line.text)"
    }

    @Test("each line's kind, indent, marker and words; the share done on the counts, the rate of tasks come due on the deadline counts; the lead units; the open tasks' levels")
    func kinds() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), meetings: [try Self.meeting()])
        let lines = ReportFormatter(language: .vi).lines(of: report)
        let counts = "Tổng số 4 nhiệm vụ: hoàn thành 1, đang thực hiện 1, chưa thực hiện 1, hủy bỏ 1; hoàn thành 33,3% tổng số."
        let grid = "Theo hạn: hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1 (không xét hạn: hủy bỏ 1); "
            + "tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%."
        let expected: [ReportLine] = [
            ReportLine(.title, "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH"),
            ReportLine(.planTitle, "Kế hoạch thử"),
            ReportLine(.asOf, "Tính đến ngày 29/10/2021"),
            .blank,
            ReportLine(.section, marker: "I. ", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ"),
            .blank,
            ReportLine(.group(.track), marker: "1. ", "Kỳ họp"),
            ReportLine(.counts(donePermille: 333), indent: 3, counts),
            ReportLine(.deadlines(duePermille: 500), indent: 3, grid),
            ReportLine(.item(.result, level: 0), indent: 3, marker: "- ", "A1.1 Dự thảo chương trình: 4/4 (100%)"),
            .blank,
            ReportLine(.group(.total), "Toàn kế hoạch"),
            ReportLine(.counts(donePermille: 333), indent: 3, counts),
            ReportLine(.deadlines(duePermille: 500), indent: 3, grid),
            .blank,
            ReportLine(.group(.units), "Theo đơn vị chủ trì"),
            ReportLine(.item(.unit, level: 0), indent: 3, marker: "- ",
                       "TH: 2 nhiệm vụ; hoàn thành đúng hạn 0, hoàn thành quá hạn 0, chưa đến hạn 1, quá hạn 1; "
                       + "tỷ lệ hoàn thành nhiệm vụ đến hạn 0% (0/1), đúng hạn 0%."),
            ReportLine(.item(.unit, level: 0), indent: 3, marker: "- ",
                       "(Không có đơn vị chủ trì): 2 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, "
                       + "quá hạn 0 (không xét hạn: hủy bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (1/1), đúng hạn 100%."),
            .blank,
            ReportLine(.section, marker: "II. ", "KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP"),
            .blank,
            ReportLine(.group(.meeting), marker: "1. ", "Họp giao ban (ngày 05/10/2021)"),
            ReportLine(.item(.decisionTask, level: 0), indent: 3, marker: "- ", "A1.2 Gửi tài liệu"),
            ReportLine(.labelled(.decision, continued: false), indent: 5, "Kết luận, chỉ đạo: Gửi trước 20/10."),
            ReportLine(.labelled(.decision, continued: true), indent: 7, "Báo cáo lại."),
            ReportLine(.labelled(.responsible, continued: false), indent: 5, "Phụ trách: Phòng Tổng hợp"),
            .blank,
            ReportLine(.section, marker: "III. ", "NHIỆM VỤ CHƯA HOÀN THÀNH"),
            .blank,
            ReportLine(.group(.track), marker: "1. ", "Kỳ họp"),
            ReportLine(.item(.openTask, level: 0), indent: 3, marker: "- ",
                       "A1 Chuẩn bị kỳ họp (chủ trì TH; hạn 30/11/2021; đang thực hiện)"),
            ReportLine(.item(.openTask, level: 1), indent: 5, marker: "- ",
                       "A1.2 Gửi tài liệu (chủ trì TH; hạn 20/10/2021; chưa thực hiện; quá hạn 9 ngày, 7 ngày làm việc)"),
        ]
        #expect(lines.map(parts) == expected.map(parts))
    }

    @Test("a period with nothing in it: one sentence instead of empty tracks, with the plan's due dates; a note for the meetings and the open tasks")
    func emptyPeriod() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"),
                                period: ReportPeriod.month(containing: try date("2021-03-15")))
        let lines = ReportFormatter(language: .en).lines(of: report)
        #expect(lines.map(\.kind) == [
            .title, .planTitle, .period, .asOf,
            .blank, .section, .blank, .note,
            .blank, .section, .blank, .note,
            .blank, .section, .blank, .note,
        ])
        #expect(lines.filter { $0.kind == .note }.map(\.printed) == [
            "   No tasks were due or done in the period. The plan's tasks are due from 2021-10-01 to 2021-11-30.",
            "   No meetings were held in the period.", "   No tasks remain open.",
        ])
    }

    @Test("printed one under another, each with a newline, the lines are the text report, in either language")
    func printed() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"), meetings: [try Self.meeting()])
        for language in Language.allCases {
            let formatter = ReportFormatter(language: language)
            #expect(formatter.lines(of: report).map { $0.printed + "\n" }.joined() == formatter.format(report, as: .text))
        }
    }

    @Test("control characters in a plan's words are shown as pictures in the lines, as in the text")
    func controlCharacters() throws {
        let plan = Plan("# Kế hoạch \u{1B}[31m\n\n## Mảng\n- [ ] Việc  id:B1 due:2021-12-01\n")
        let lines = ReportFormatter(language: .vi).lines(of: PlanReport(plan: plan, asOf: try date("2021-10-29")))
        let title = try #require(lines.first { $0.kind == .planTitle })
        #expect(title.text == "Kế hoạch \u{241B}[31m")
    }
}
