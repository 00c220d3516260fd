import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The review screen at the sizes of a laptop and a projector, with a long Vietnamese title.
@Suite("Review screens")
@MainActor
struct ReviewScreenTests {
    private static let plan = """
    # Kế hoạch thử

    ## Đơn vị
    - TH: Phòng Tổng hợp
    - CTDB: Phòng Công tác đại biểu

    ## Tổng kết nhiệm kỳ
    - [/] Tổng hợp, biên tập báo cáo tổng kết hoạt động của Hội đồng nhân dân tỉnh khóa IX nhiệm kỳ 2016–2021 trình kỳ họp cuối nhiệm kỳ, gửi Thường trực Tỉnh ủy và Ủy ban Thường vụ Quốc hội  id:TK1 lead:TH with:CTDB due:2021-09-30 progress:3/4
      Đã xin ý kiến các Ban; còn chờ số liệu của các Tổ đại biểu.

    """

    /// The screen of a meeting on TK1 at 08:25, begun at 08:00, with an outcome typed.
    private func screen(rows: Int, columns: Int) -> [String] {
        var state = TUITestSupport.state(Self.plan, rows: rows, columns: columns)
        state.now = ClockTime(hour: 8, minute: 0) ?? .midnight
        var filter = TreeFilter()
        filter.status = .open
        _ = state.beginReview(agenda: filter)
        for _ in 0..<7 { _ = state.update(.confirm) }
        _ = state.update(.editOutcome)
        for scalar in "Đã có dự thảo lần 2".unicodeScalars { _ = state.update(.input(.text(scalar))) }
        _ = state.update(.confirm)
        state.now = ClockTime(hour: 8, minute: 25) ?? .midnight
        return TUITestSupport.screen(state)
    }

    @Test("80x24: the long title over several lines, cut at a character; the meeting's clock; the keys")
    func laptop() {
        let lines = screen(rows: 24, columns: 80)
        #expect(lines[0] == " Họp giao ban ngày 29/10/2021                 mục 1/1 · họp 0:25 · mục này 0:25")
        #expect(lines[2] == "  TK1  [/] đang thực hiện")
        #expect(lines[4] == "  Tổng hợp, biên tập báo cáo tổng kết hoạt động của Hội đồng nhân dân tỉnh")
        #expect(lines[5] == "  khóa IX nhiệm kỳ 2016–2021 trình kỳ họp cuối nhiệm kỳ, gửi Thường trực Tỉnh")
        #expect(lines[6] == "  ủy và Ủy ban Thường vụ Quốc hội")
        #expect(lines.contains("  Thời hạn: hạn 30/09/2021 (quá hạn 29 ngày, 21 ngày làm việc)"))
        #expect(lines.contains("  Kết quả: Đã có dự thảo lần 2"))
        #expect(lines[23].hasPrefix(" ? trợ giúp · → ghi, tiếp · ← lùi · q kết thúc · o kết quả"))
        #expect(lines[23].hasSuffix("…"))
    }

    @Test("120x40: the same task with room for its units, note and what this meeting records")
    func projector() {
        let lines = screen(rows: 40, columns: 120)
        #expect(lines[4].hasPrefix("  Tổng hợp, biên tập báo cáo tổng kết hoạt động của Hội đồng nhân dân tỉnh khóa IX nhiệm kỳ 2016–2021 trình kỳ"))
        #expect(lines.contains { $0.contains("chủ trì TH — Phòng Tổng hợp · phối hợp CTDB — Phòng Công tác đại biểu") })
        #expect(lines.contains("  Ghi chú: Đã xin ý kiến các Ban; còn chờ số liệu của các Tổ đại biểu."))
        #expect(lines.contains("  Theo dõi tiếp: không"))
        #expect(lines[39] == " ? trợ giúp · → ghi, tiếp · ← lùi · q kết thúc · o kết quả · c kết luận · r phụ trách · f theo dõi · 1–6 trạng thái · d…")
    }

    /// The summary screen of a meeting that moved TK1's due date, ticked KH2 and moved KH3's
    /// progress.
    private func summary(rows: Int, columns: Int) -> [String] {
        var state = TUITestSupport.state(Self.plan, rows: rows, columns: columns)
        let title = "Tổng hợp, biên tập báo cáo tổng kết hoạt động của Hội đồng nhân dân tỉnh khóa IX nhiệm kỳ 2016–2021"
        let minutes = MeetingMinutes(
            title: "Họp giao ban tháng 10", date: TUITestSupport.today, started: ClockTime(hour: 8, minute: 0) ?? .midnight,
            agenda: ["TK1", "KH2", "KH3"],
            items: [MinutesItem(taskId: "TK1", title: title, statusBefore: .inProgress, statusAfter: .inProgress,
                                dueBefore: PlanDate(iso: "2021-09-30"), dueAfter: PlanDate(iso: "2021-11-30"),
                                decision: "Hoàn thành, trình Thường trực HĐND tỉnh trước ngày 25/11/2021", followUp: true),
                    MinutesItem(taskId: "KH2", title: "Tổng hợp ý kiến cử tri", statusBefore: .blocked, statusAfter: .done),
                    MinutesItem(taskId: "KH3", title: "Gửi tài liệu", progressBefore: "1/2", progress: "2/2",
                                outcome: "Đã gửi")],
            ended: ClockTime(hour: 9, minute: 10))
        var review = ReviewState(stage: .summary, minutes: minutes)
        review.minutesPath = "plan.meetings/2021-10-29-hop-giao-ban-thang-10.md"
        state.mode = .review(review)
        return TUITestSupport.screen(state)
    }

    @Test("the summary at 80x24: the counts, then each task the meeting changed with its changes under it")
    func summaryScreen() {
        let lines = summary(rows: 24, columns: 80)
        #expect(Array(lines[0...22]) == [
            " Kết thúc: Họp giao ban tháng 10",
            "",
            "  Thời gian: 08:00–09:10",
            "  Đã xét: 3/3 nhiệm vụ",
            "  Đổi trạng thái: 1",
            "  Đổi hạn: 1",
            "  Đổi tiến độ: 1",
            "  Kết luận: 1",
            "  Theo dõi tiếp: 1",
            "",
            "  • TK1 Tổng hợp, biên tập báo cáo tổng kết hoạt động của Hội đồng nhân dân",
            "    tỉnh khóa IX nhiệm kỳ 2016–2021",
            "      Hạn: 30/09/2021 → 30/11/2021",
            "      Kết luận, chỉ đạo: Hoàn thành, trình Thường trực HĐND tỉnh trước ngày",
            "      25/11/2021",
            "      Theo dõi tiếp: có",
            "",
            "  • KH2 Tổng hợp ý kiến cử tri",
            "      Trạng thái: vướng mắc → hoàn thành",
            "",
            "  • KH3 Gửi tài liệu",
            "      Tiến độ: 1/2 → 2/2",
            "  … còn nữa: xem biên bản (workplan minutes)",
        ])
        #expect(lines[23] == " Enter hoặc Esc: về kế hoạch · P: in biên bản (Word)")
    }

    @Test("a summary longer than the screen ends with where to read the rest")
    func summaryCut() {
        let lines = summary(rows: 12, columns: 60)
        #expect(lines[10] == "  … còn nữa: xem biên bản (workplan minutes)")
        #expect(lines[11] == " Enter hoặc Esc: về kế hoạch · P: in biên bản (Word)")
    }
}
