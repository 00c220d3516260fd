import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The view of one task in full (i) on the built-in plan on 29/10/2021: every line of the detail
/// pane broken to the width, the whole note, and the meetings that discussed the task, newest
/// first, with what they decided; scrolling to its last row at every size. A change here is a
/// change the officer sees: look at the new screen first.
@Suite("Task sheet")
@MainActor
struct TaskSheetTests {
    /// A day of October or September 2021.
    private static func day(_ month: Int, _ day: Int) throws -> PlanDate {
        try #require(PlanDate(year: 2021, month: month, day: day))
    }

    /// The meetings of the archive, oldest first: September's reviewed BC16, one in between
    /// reviewed only TX2, and October's reviewed BC16 again, moved its due date and marked it
    /// to follow up.
    private static func meetings() throws -> [MeetingMinutes] {
        let eight = try #require(ClockTime(hour: 8, minute: 0))
        let september = MeetingMinutes(
            title: "Họp giao ban tháng 9/2021", date: try day(9, 24), started: eight, agenda: ["BC16"],
            items: [MinutesItem(taskId: "BC16", title: "", statusBefore: .notStarted, statusAfter: .inProgress,
                                dueBefore: try day(10, 15), dueAfter: try day(10, 15), progress: "5/10",
                                outcome: "Đã nhận hồ sơ quyết toán của 5/10 Ủy ban bầu cử cấp huyện.",
                                decision: "Thẩm định xong trước ngày 15/10/2021.")],
            ended: ClockTime(hour: 9, minute: 0))
        let between = MeetingMinutes(
            title: "Họp rà soát đơn thư", date: try day(10, 5), started: eight, agenda: ["TX2"],
            items: [MinutesItem(taskId: "TX2", title: "", outcome: "Đã gửi báo cáo tổng kết.")],
            ended: ClockTime(hour: 8, minute: 30))
        let october = MeetingMinutes(
            title: "Họp giao ban Thường trực HĐND tỉnh tháng 10/2021", date: try day(10, 22), started: eight,
            agenda: ["KH5.2", "BC16"],
            items: [MinutesItem(taskId: "KH5.2", title: "", decision: "Hoàn thành báo cáo thẩm tra."),
                    MinutesItem(taskId: "BC16", title: "", statusBefore: .inProgress, statusAfter: .inProgress,
                                dueBefore: try day(10, 15), dueAfter: try day(11, 15), progress: "7/10",
                                outcome: "Đã thẩm định quyết toán của 7/10 đơn vị; 3 đơn vị chưa nộp đủ chứng từ.",
                                decision: "Phòng Hành chính - Tổ chức - Quản trị đôn đốc 3 đơn vị nộp chứng từ "
                                    + "trước ngày 05/11/2021; hoàn thành quyết toán trước ngày 15/11/2021.",
                                responsible: "Phòng Hành chính - Tổ chức - Quản trị", followUp: true)],
            ended: ClockTime(hour: 10, minute: 15))
        return [september, between, october]
    }

    /// The built-in plan at a size, its meetings those of `meetings()`, a task selected and its view open.
    private func sheetState(_ id: String = "BC16", rows: Int = 24, columns: Int = 80,
                            language: Language = .vi) throws -> AppState {
        var state = TUITestSupport.state(BuiltinPlan.text, rows: rows, columns: columns, language: language)
        state.meetings = try Self.meetings()
        state.select(.task(TUITestSupport.task(id, in: state)))
        _ = state.update(.showTask)
        return state
    }

    /// Every row of the view at a state's width: its body on a screen tall enough for all of it.
    private func allRows(_ state: AppState) -> [String] {
        var tall = state
        _ = tall.update(.resize(TerminalSize(rows: 300, columns: state.size.columns)))
        return Array(TUITestSupport.body(tall).reversed().drop { $0.isEmpty }.reversed())
    }

    @Test("80x24: the id in the title bar, the title in bold, each field under its label, the note, then the newest meeting")
    func laptop() throws {
        let state = try sheetState()
        TUITestSupport.expectScreen(state, """
         BC16 · Chi tiết nhiệm vụ
         Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh
         Thuộc: Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ
                2021–2026
         Trạng thái: đang thực hiện · tiến độ 7/10 (70%) · mã BC16
         Đơn vị: chủ trì HC — Phòng Hành chính - Tổ chức - Quản trị · phối hợp VP —
                 Lãnh đạo Văn phòng; UBBC — Ủy ban bầu cử tỉnh
         Theo dõi: Hoàng Minh Tuấn, Chuyên viên (tuan)
         Thời hạn: hạn 15/10/2021 (quá hạn 14 ngày, 10 ngày làm việc)
         Ghi chú: Đã thẩm định quyết toán của 7/10 Ủy ban bầu cử cấp huyện; còn 3 đơn
                  vị chưa nộp đủ chứng từ.

         Các cuộc họp đã bàn (mới nhất trước)
         22/10/2021 Họp giao ban Thường trực HĐND tỉnh tháng 10/2021
           Hạn: 15/10/2021 → 15/11/2021
           Tiến độ: 7/10
           Kết quả: Đã thẩm định quyết toán của 7/10 đơn vị; 3 đơn vị chưa nộp đủ chứng
                    từ.
           Kết luận, chỉ đạo: Phòng Hành chính - Tổ chức - Quản trị đôn đốc 3 đơn vị
                              nộp chứng từ trước ngày 05/11/2021; hoàn thành quyết toán
                              trước ngày 15/11/2021.
           Phụ trách: Phòng Hành chính - Tổ chức - Quản trị
           Theo dõi tiếp: có
         Esc ? q i: đóng · ↑ ↓ j k PgUp PgDn Home End: cuộn
        """)
    }

    @Test("the meetings that discussed the task, newest first; a meeting that did not is left out")
    func newestFirst() throws {
        let rows = allRows(try sheetState())
        let october = try #require(rows.firstIndex { $0.hasPrefix(" 22/10/2021 ") })
        let september = try #require(rows.firstIndex { $0.hasPrefix(" 24/09/2021 ") })
        #expect(october < september)
        #expect(!rows.contains { $0.contains("05/10/2021") || $0.contains("Họp rà soát đơn thư") })
        #expect(Array(rows[september...]) == [
            " 24/09/2021 Họp giao ban tháng 9/2021",
            "   Trạng thái: chưa thực hiện → đang thực hiện",
            "   Tiến độ: 5/10",
            "   Kết quả: Đã nhận hồ sơ quyết toán của 5/10 Ủy ban bầu cử cấp huyện.",
            "   Kết luận, chỉ đạo: Thẩm định xong trước ngày 15/10/2021.",
        ])
    }

    @Test("120x40: the whole task on one screen, in English")
    func projector() throws {
        let state = try sheetState(rows: 40, columns: 120, language: .en)
        TUITestSupport.expectScreen(state, """
         BC16 · Task details
         Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh
         In: Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021–2026
         Status: in progress · progress 7/10 (70%) · id BC16
         Units: lead HC — Phòng Hành chính - Tổ chức - Quản trị · with VP — Lãnh đạo Văn phòng; UBBC — Ủy ban bầu cử tỉnh
         Followed by: Hoàng Minh Tuấn, Chuyên viên (tuan)
         Dates: due 2021-10-15 (overdue 14 days, 10 working days)
         Note: Đã thẩm định quyết toán của 7/10 Ủy ban bầu cử cấp huyện; còn 3 đơn vị chưa nộp đủ chứng từ.

         Meetings that discussed it (newest first)
         2021-10-22 Họp giao ban Thường trực HĐND tỉnh tháng 10/2021
           Due: 2021-10-15 → 2021-11-15
           Progress: 7/10
           Outcome: Đã thẩm định quyết toán của 7/10 đơn vị; 3 đơn vị chưa nộp đủ chứng từ.
           Decision: Phòng Hành chính - Tổ chức - Quản trị đôn đốc 3 đơn vị nộp chứng từ trước ngày 05/11/2021; hoàn thành
                     quyết toán trước ngày 15/11/2021.
           Responsible: Phòng Hành chính - Tổ chức - Quản trị
           Follow-up: yes

         2021-09-24 Họp giao ban tháng 9/2021
           Status: not started → in progress
           Progress: 5/10
           Outcome: Đã nhận hồ sơ quyết toán của 5/10 Ủy ban bầu cử cấp huyện.
           Decision: Thẩm định xong trước ngày 15/10/2021.















         Esc ? q i: close · ↑ ↓ j k PgUp PgDn Home End: scroll
        """ + String(repeating: "\n", count: 17) + """
         Esc ? q i: close · ↑ ↓ j k PgUp PgDn Home End: scroll
        """)
    }

    @Test("End, PgDn and ↓ all reach the view's last row at 80x24 and at 40x10, and no row is wider than the screen")
    func scrollToEnd() throws {
        for (rows, columns) in [(24, 80), (10, 40)] {
            var state = try sheetState(rows: rows, columns: columns)
            let all = allRows(state)
            #expect(all.count > rows, "\(columns)x\(rows)")
            #expect(all.allSatisfy { TextWidth.of($0) <= columns - 1 }, "\(columns)x\(rows)")
            #expect(try #require(all.last).hasSuffix("15/10/2021."), "\(columns)x\(rows)")
            _ = state.update(.last)
            #expect(TUITestSupport.body(state) == Array(all.suffix(rows - 2)), "\(columns)x\(rows)")
            var paged = try sheetState(rows: rows, columns: columns)
            for _ in 0..<20 { _ = paged.update(.pageDown) }
            #expect(TUITestSupport.body(paged) == TUITestSupport.body(state), "\(columns)x\(rows)")
            var stepped = try sheetState(rows: rows, columns: columns)
            for _ in 0..<200 { _ = stepped.update(.moveDown) }
            #expect(TUITestSupport.body(stepped) == TUITestSupport.body(state), "\(columns)x\(rows)")
            _ = stepped.update(.first)
            #expect(TUITestSupport.body(stepped) == Array(all.prefix(rows - 2)), "\(columns)x\(rows)")
        }
    }

    @Test("40x10 at the end: the older meeting's decision broken under its text")
    func small() throws {
        var state = try sheetState(rows: 10, columns: 40)
        _ = state.update(.last)
        TUITestSupport.expectScreen(state, """
         BC16 · Chi tiết nhiệm vụ
                       thực hiện
           Tiến độ: 5/10
           Kết quả: Đã nhận hồ sơ quyết toán
                    của 5/10 Ủy ban bầu cử cấp
                    huyện.
           Kết luận, chỉ đạo: Thẩm định xong
                              trước ngày
                              15/10/2021.
         Esc ? q i: đóng
        """)
    }

    @Test("after a resize from 80x24 to 40x10 the rows are broken again, End reaches the last row and ↑ moves at once")
    func resize() throws {
        var state = try sheetState(rows: 24, columns: 80)
        _ = state.update(.last)
        _ = state.update(.resize(TerminalSize(rows: 10, columns: 40)))
        #expect(TUITestSupport.body(state).allSatisfy { TextWidth.of($0) <= 40 })
        _ = state.update(.last)
        let bottom = TUITestSupport.body(state)
        var fresh = try sheetState(rows: 10, columns: 40)
        _ = fresh.update(.last)
        #expect(bottom == TUITestSupport.body(fresh))
        _ = state.update(.moveUp)
        #expect(Array(TUITestSupport.body(state).dropFirst()) == Array(bottom.dropLast()))
    }

    @Test("Esc, i, q and ? close the view, back to the tree with the same task selected")
    func close() throws {
        for key in [Key.escape, .text("i"), .text("q"), .text("?")] {
            var state = try sheetState()
            let selected = state.selection
            _ = state.update(.pageDown)
            let action = try #require(state.keymap.action(for: key, in: state.mode.keyContext))
            #expect(state.update(action).isEmpty)
            #expect(state.mode == .browse, "\(key)")
            #expect(state.selection == selected, "\(key)")
        }
    }

    @Test("i in the tree opens the view of the selected task; on a track heading it asks for a task")
    func open() throws {
        var state = TUITestSupport.state(BuiltinPlan.text)
        let task = TUITestSupport.task("BC16", in: state)
        state.select(.task(task))
        let action = try #require(state.keymap.action(for: .text("i"), in: .browse))
        #expect(action == .showTask)
        _ = state.update(action)
        #expect(state.mode == .task(TaskSheet(task: task, state: state)))
        var onTrack = TUITestSupport.state(BuiltinPlan.text)
        _ = onTrack.update(.showTask)
        #expect(onTrack.mode == .browse)
        #expect(onTrack.message?.isError == true)
    }

    @Test("the help screen lists i with what it does, in either language")
    func help() {
        for language in [Language.vi, .en] {
            let lines = HelpContent.lines(Keymap.standard, language)
            #expect(lines.contains(.binding(keys: "i", help: Action.showTask.help(language))))
        }
        var state = TUITestSupport.state(rows: 100, columns: 80)
        _ = state.update(.help)
        #expect(TUITestSupport.screen(state).contains(
            "  i                      xem đầy đủ nhiệm vụ, ghi chú, các cuộc họp đã bàn"))
    }

    @Test("a task no meeting discussed says so, in either language")
    func noMeeting() throws {
        let vietnamese = allRows(try sheetState("KH5.3"))
        #expect(Array(vietnamese.suffix(2)) == [" Các cuộc họp đã bàn (mới nhất trước)",
                                                " Chưa có cuộc họp nào bàn nhiệm vụ này."])
        let english = allRows(try sheetState("KH5.3", language: .en))
        #expect(Array(english.suffix(2)) == [" Meetings that discussed it (newest first)",
                                             " No meeting has discussed this task yet."])
    }

    @Test("the pane's short lines of earlier meetings are not listed again above the meetings in full")
    func noShortMeetingLines() throws {
        var state = try sheetState()
        state.meetingNotes = ["BC16": [MeetingNote(date: try Self.day(10, 22), title: "Họp giao ban", text: "Đôn đốc")]]
        #expect(!allRows(state).contains { $0.hasPrefix(" Họp: ") })
    }

    @Test("a view left over from a plan read again with fewer tasks: the tree is drawn instead, and the first key closes it")
    func staleTask() throws {
        var state = try sheetState()
        _ = state.update(.last)
        state.apply(.reloaded(plan: Plan(TUITestSupport.smallPlan), message: ""))
        #expect(TUITestSupport.screen(state).first?.hasPrefix(" Workplan · ") == true)
        #expect(state.update(.moveDown).isEmpty)
        #expect(state.mode == .browse)
    }

    @Test("the status line names exactly the keys the view takes, the scrolling part where it fits whole")
    func hint() {
        #expect(TaskSheetView.hint(.vi, keymap: .standard, columns: 80) == " Esc ? q i: đóng · ↑ ↓ j k PgUp PgDn Home End: cuộn")
        #expect(TaskSheetView.hint(.en, keymap: .standard, columns: 80) == " Esc ? q i: close · ↑ ↓ j k PgUp PgDn Home End: scroll")
        #expect(TaskSheetView.hint(.vi, keymap: .standard, columns: 40) == " Esc ? q i: đóng")
        #expect(TaskSheetView.hint(.vi, keymap: .standard, columns: 10) == " Esc ? q …")
    }

    @Test("roles: the title bold, labels as labels, an overdue date as overdue, the meeting's date as a date")
    func roles() throws {
        let theme = BuiltinTheme.default.theme
        let grid = Screen.render(try sheetState(), theme: theme)
        let detail = theme[.detail]
        #expect(grid[0, 1].style == theme[.title])
        #expect(grid[1, 1].style == detail.adding(.bold))
        let dates = try #require((0..<grid.rows).first { grid.text(row: $0).hasPrefix(" Thời hạn: ") })
        #expect(grid[dates, 1].style == theme[.detailLabel].merged(over: detail))
        #expect(grid[dates, 11].style == theme[.overdue].merged(over: detail))
        let meeting = try #require((0..<grid.rows).first { grid.text(row: $0).hasPrefix(" 22/10/2021") })
        #expect(grid[meeting, 1].style == theme[.date].merged(over: detail))
        #expect(grid[meeting, 12].style == detail.adding(.bold))
        #expect(grid[grid.rows - 1, 1].style == theme[.statusLine])
    }
}
