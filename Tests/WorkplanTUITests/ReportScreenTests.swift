#if canImport(Glibc)
import Glibc
#endif
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The report screen (B) on the built-in plan on 29/10/2021, with one meeting's minutes: the
/// text of `workplan report` broken to the width, its bars, and scrolling to its last line at
/// every size. A change here is a change the officer sees: look at the new screen first.
@Suite("Report screen snapshots")
@MainActor
struct ReportScreenTests {
    /// The monthly meeting of 05/10/2021, with a decision on KH5.2 and only an outcome on TX2.
    private static func meeting() throws -> MeetingMinutes {
        MeetingMinutes(
            title: "Họp giao ban tháng 10/2021", date: try #require(PlanDate(year: 2021, month: 10, day: 5)),
            started: try #require(ClockTime(hour: 8, minute: 0)), agenda: ["KH5.2", "TX2"],
            items: [MinutesItem(taskId: "KH5.2", title: "",
                                decision: "Ban Kinh tế - Ngân sách hoàn thành báo cáo thẩm tra trước ngày 05/11/2021; "
                                    + "Phòng Tổng hợp đôn đốc, tổng hợp ý kiến các Ban.",
                                responsible: "Phòng Tổng hợp"),
                    MinutesItem(taskId: "TX2", title: "", outcome: "Đã gửi báo cáo tổng kết.")],
            ended: ClockTime(hour: 9, minute: 30))
    }

    /// The built-in plan at a size, its meeting archive holding `meeting()`, with the report open.
    private func reportState(rows: Int, columns: Int, language: Language = .vi) throws -> AppState {
        var state = TUITestSupport.state(BuiltinPlan.text, rows: rows, columns: columns, language: language)
        state.meetings = [try Self.meeting()]
        _ = state.update(.showReport)
        return state
    }

    /// Every row of the report, page after page from the top.
    private func allRows(_ state: AppState) -> [String] {
        var state = state
        _ = state.update(.first)
        var rows = TUITestSupport.body(state)
        var scroll = -1
        while case let .report(report) = state.mode, report.scroll != scroll {
            scroll = report.scroll
            _ = state.update(.pageDown)
            if case let .report(moved) = state.mode, moved.scroll != scroll {
                rows += TUITestSupport.body(state).suffix(moved.scroll - scroll)
            }
        }
        return rows
    }

    /// The text `workplan report` prints for the same plan, day and meeting.
    private func cliLines(_ language: Language = .vi) throws -> [String] {
        let report = PlanReport(plan: Plan(BuiltinPlan.text), asOf: TUITestSupport.today, meetings: [try Self.meeting()])
        let text = ReportFormatter(language: language).format(report, as: .text)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test("80x24: the plan and day, section I with the rate done of the tasks come due as a bar above each track's deadline counts, long lines broken under their text")
    func laptop() throws {
        let state = try reportState(rows: 24, columns: 80)
        TUITestSupport.expectScreen(state, """
         Báo cáo tình hình thực hiện kế hoạch
         Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh
         Tính đến ngày 29/10/2021

         I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

         1. Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
            Tổng số 42 nhiệm vụ: hoàn thành 31, đang thực hiện 1, chưa thực hiện 9,
              vướng mắc 1; hoàn thành 73,8% tổng số.
            ██████████████████████████   100%
            Theo hạn: hoàn thành đúng hạn 26, hoàn thành quá hạn 5, chưa đến hạn 11,
              quá hạn 0; tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (31/31), đúng hạn 83,9%.
            - KH2.2 Tổng hợp ý kiến, kiến nghị cử tri gửi đến kỳ họp: 10/10 (100%)
            - KH4.2 Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp: 10/10 (100%)
            - KH4.6 Hoàn thiện, công bố nghị quyết; đăng Công báo và Cổng thông tin điện
              tử: 19/19 (100%)
            - KH6.2 Tổng hợp ý kiến, kiến nghị cử tri trước kỳ họp: 0/10 (0%)

         2. Tổng kết nhiệm kỳ HĐND tỉnh khóa IX, nhiệm kỳ 2016–2021
            Tổng số 13 nhiệm vụ: hoàn thành 11, đang thực hiện 2; hoàn thành 84,6%
              tổng số.
            █████████████████████░░░░░  84,6%
            Theo hạn: hoàn thành đúng hạn 8, hoàn thành quá hạn 3, chưa đến hạn 0, quá
         Esc hoặc B: đóng · P: in báo cáo (Word) · ↑ ↓ PgUp PgDn Home End: cuộn
        """)
    }

    @Test("120x40, one page down: the last track, the whole plan's total and the lead units")
    func projector() throws {
        var state = try reportState(rows: 40, columns: 120)
        _ = state.update(.pageDown)
        TUITestSupport.expectScreen(state, """
         Báo cáo tình hình thực hiện kế hoạch
            - BC16 Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh: 7/10 (70%)

         4. Nhiệm vụ thường xuyên
            Tổng số 35 nhiệm vụ: hoàn thành 12, đang thực hiện 16, chưa thực hiện 5, tạm hoãn 1, hủy bỏ 1; hoàn thành 35,3%
              tổng số.
            ████████████████████████████████████████   100%
            Theo hạn: hoàn thành đúng hạn 8, hoàn thành quá hạn 4, chưa đến hạn 21, quá hạn 0 (không xét hạn: tạm hoãn 1, hủy
              bỏ 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 100% (12/12), đúng hạn 66,7%.
            - TX1 Tiếp công dân định kỳ của Thường trực HĐND tỉnh tại Trụ sở tiếp công dân tỉnh: 8/12 (66,7%); 9 buổi tiếp công
              dân, 42 lượt công dân, 26 vụ việc; báo cáo tiến độ ngày 16/08/2021: Tạm dừng tiếp công dân trực tiếp tháng 8 và
              tháng 9 do giãn cách xã hội.
            - TX2 Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn
              (đạt 95,3%)
            - TX3 Tiếp nhận, phân loại, tham mưu xử lý đơn thư năm 2021: tiếp nhận 118 đơn, 112 đơn đủ điều kiện, đã xử lý 104
              đơn (đạt 92,9%)
            - TX3.1 Đôn đốc giải quyết 6 đơn còn tồn của năm 2020: 6/6 (100%)
            - TX4.1 Họp giao ban Thường trực HĐND tỉnh hằng tháng, ra thông báo kết luận: 10/12 (83,3%)
            - TX4.2 Giao ban quý giữa Thường trực HĐND với UBND tỉnh và Ủy ban MTTQ tỉnh: 3/4 (75%)
            - TX5.3 Giám sát công tác tiêm chủng vắc xin phòng COVID-19 trên địa bàn tỉnh: 60%
            - TX5.3.2 Khảo sát thực tế tại các huyện, thị xã, thành phố: 6/10 (60%)
            - TX6.1 Tiếp xúc cử tri trước kỳ họp thứ hai: 10/10 (100%)
            - TX6.3 Tiếp xúc cử tri trước kỳ họp cuối năm 2021: 0/10 (0%)
            - TX8.3 Số hóa tài liệu các kỳ họp nhiệm kỳ 2016–2021: 65%
            - TX9.2 Triển khai phần mềm phục vụ kỳ họp không giấy tờ: 40%

         Toàn kế hoạch
            Tổng số 122 nhiệm vụ: hoàn thành 82, đang thực hiện 22, chưa thực hiện 14, tạm hoãn 1, vướng mắc 1, hủy bỏ 2; hoàn
              thành 68,3% tổng số.
            █████████████████████████████████████░░░  94,3%
            Theo hạn: hoàn thành đúng hạn 70, hoàn thành quá hạn 12, chưa đến hạn 32, quá hạn 5 (không xét hạn: tạm hoãn 1,
              hủy bỏ 2); tỷ lệ hoàn thành nhiệm vụ đến hạn 94,3% (82/87), đúng hạn 80,5%.

         Theo đơn vị chủ trì
            - VP Lãnh đạo Văn phòng: 7 nhiệm vụ; hoàn thành đúng hạn 5, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 0; tỷ lệ
              hoàn thành nhiệm vụ đến hạn 100% (5/5), đúng hạn 100%.
            - TH Phòng Tổng hợp: 34 nhiệm vụ; hoàn thành đúng hạn 19, hoàn thành quá hạn 3, chưa đến hạn 12, quá hạn 0; tỷ lệ
              hoàn thành nhiệm vụ đến hạn 100% (22/22), đúng hạn 86,4%.
            - CTDB Phòng Công tác đại biểu: 18 nhiệm vụ; hoàn thành đúng hạn 10, hoàn thành quá hạn 3, chưa đến hạn 3, quá hạn 1
         Esc hoặc B: đóng · P: in báo cáo (Word) · ↑ ↓ PgUp PgDn Home End: cuộn
        """)
    }

    @Test("on a screen wide enough for every line, the rows are the lines of `workplan report`, bars aside")
    func sameAsCommand() throws {
        for language in [Language.vi, .en] {
            let state = try reportState(rows: 200, columns: 300, language: language)
            let rows = TUITestSupport.body(state).filter { !$0.contains("█") && !$0.contains("░") }
            let wanted = try cliLines(language).dropFirst().map { $0.isEmpty ? "" : " " + $0 }
            #expect(Array(rows.prefix(wanted.count)) == Array(wanted))
            #expect(rows.dropFirst(wanted.count).allSatisfy { $0.isEmpty })
        }
    }

    @Test("80 columns: TX2's counted result is broken between words under its text, never cut")
    func wrappedResult() throws {
        let rows = allRows(try reportState(rows: 24, columns: 80))
        let first = try #require(rows.firstIndex { $0.hasPrefix("    - TX2 ") })
        #expect(rows[first] == "    - TX2 Tổng kết công tác tiếp nhận, xử lý đơn thư năm 2020: tiếp nhận 132")
        #expect(rows[first + 1] == "      đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)")
        #expect(!rows.contains { $0.contains("…") })
        #expect(rows.allSatisfy { TextWidth.of($0) <= 80 })
    }

    @Test("the meeting's date and title, and under it the task it decided on with its decision and who is responsible")
    func meetingDecision() throws {
        let rows = allRows(try reportState(rows: 24, columns: 80))
        let heading = try #require(rows.firstIndex(of: " II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP"))
        #expect(Array(rows[heading...].prefix(8)) == [
            " II. KẾT LUẬN, CHỈ ĐẠO TẠI CÁC CUỘC HỌP",
            "",
            " 1. Họp giao ban tháng 10/2021 (ngày 05/10/2021)",
            "    - KH5.2 Thẩm tra dự thảo nghị quyết điều chỉnh kế hoạch đầu tư công năm 2021",
            "      Kết luận, chỉ đạo: Ban Kinh tế - Ngân sách hoàn thành báo cáo thẩm tra",
            "        trước ngày 05/11/2021; Phòng Tổng hợp đôn đốc, tổng hợp ý kiến các Ban.",
            "      Phụ trách: Phòng Tổng hợp",
            "",
        ])
        #expect(!rows.contains { $0.contains("Đã gửi báo cáo tổng kết") })
    }

    @Test("End, PgDn and ↓ all reach the report's last line at 80x24 and at 40x10")
    func scrollToEnd() throws {
        let last = try #require(try cliLines().last { !$0.isEmpty })
        for (rows, columns) in [(24, 80), (10, 40)] {
            var state = try reportState(rows: rows, columns: columns)
            _ = state.update(.last)
            let bottom = try #require(TUITestSupport.body(state).last)
            #expect(bottom.hasSuffix("24/12/2021; chưa thực hiện)"), "\(columns)x\(rows): \(bottom)")
            #expect(last.hasSuffix(bottom.trimmingPrefix(while: { $0 == " " })), "\(columns)x\(rows): \(bottom)")
            var paged = try reportState(rows: rows, columns: columns)
            for _ in 0..<200 { _ = paged.update(.pageDown) }
            #expect(TUITestSupport.body(paged) == TUITestSupport.body(state))
            var stepped = try reportState(rows: rows, columns: columns)
            for _ in 0..<2000 { _ = stepped.update(.moveDown) }
            #expect(TUITestSupport.body(stepped) == TUITestSupport.body(state))
        }
    }

    @Test("after a resize from 80x24 to 40x10 the rows are broken again, End reaches the last line and ↑ moves at once")
    func resize() throws {
        var state = try reportState(rows: 24, columns: 80)
        _ = state.update(.last)
        _ = state.update(.resize(TerminalSize(rows: 10, columns: 40)))
        #expect(TUITestSupport.body(state).allSatisfy { TextWidth.of($0) <= 40 })
        _ = state.update(.last)
        let bottom = TUITestSupport.body(state)
        var fresh = try reportState(rows: 10, columns: 40)
        _ = fresh.update(.last)
        #expect(bottom == TUITestSupport.body(fresh))
        #expect(bottom.last == "      24/12/2021; chưa thực hiện)")
        _ = state.update(.moveUp)
        #expect(TUITestSupport.body(state) != bottom)
        #expect(Array(TUITestSupport.body(state).dropFirst()) == Array(bottom.dropLast()))
    }

    @Test("a meeting held through the runtime is in the report at once, and in a runtime opened afterwards")
    func meetingThroughRuntime() throws {
        _ = TUITestSupport.locale
        let folder = try TestFolder()
        let path = try folder.write("plan.md", TUITestSupport.smallPlan)
        defer { folder.remove() }
        let terminal = VirtualTerminal(size: TerminalSize(rows: 24, columns: 80))
        let runtime = try runtime(path, terminal)
        var agenda = TreeFilter()
        agenda.status = .open
        #expect(runtime.beginMeeting(agenda: agenda))
        for key in [Key.enter, .enter, .enter, .enter, .enter, .enter, .enter, .text("c")] { runtime.handle(key) }
        for scalar in "Hoàn thiện trước 15/11".unicodeScalars { runtime.handle(.text(scalar)) }
        for key in [Key.enter, .right, .text("q"), .text("q"), .enter, .text("B")] { runtime.handle(key) }
        #expect(runtime.state.meetings.map(\.title) == ["Họp giao ban ngày 29/10/2021"])
        let decision = [" 1. Họp giao ban ngày 29/10/2021 (ngày 29/10/2021)",
                        "    - KH1 Tham mưu nội dung kỳ họp thường lệ giữa năm",
                        "      Kết luận, chỉ đạo: Hoàn thiện trước 15/11"]
        #expect(allRows(runtime.state).split(separator: "").contains { Array($0.prefix(3)) == decision })
        let reopened = try self.runtime(path, VirtualTerminal(size: TerminalSize(rows: 24, columns: 80)))
        #expect(reopened.state.meetings == runtime.state.meetings)
    }

    /// A runtime on the plan file at a path, in the virtual terminal.
    private func runtime(_ path: String, _ terminal: VirtualTerminal) throws -> AppRuntime {
        let file = try PlanFile(path: path)
        let state = AppState(plan: file.plan, fileName: "plan.md", language: .vi, today: TUITestSupport.today,
                             size: terminal.size)
        return AppRuntime(file: file, state: state, backend: terminal, theme: BuiltinTheme.default.theme, idleMilliseconds: nil)
    }

    @Test("Esc and B close the report, back to the tree")
    func close() throws {
        for key in [Key.escape, .text("B")] {
            var state = try reportState(rows: 24, columns: 80)
            _ = state.update(.pageDown)
            let action = try #require(state.keymap.action(for: key, in: state.mode.keyContext))
            _ = state.update(action)
            #expect(state.mode == .browse, "\(key)")
        }
    }

    @Test("the status line names the keys the screen takes; the way to export shows where it fits whole, in either language")
    func hint() {
        #expect(ReportView.hint(.en, keymap: .standard, columns: 160)
            == " Esc or B: close · P: write the report (Word) · ↑ ↓ PgUp PgDn Home End: scroll · "
            + "workplan report --format markdown|csv|json: export")
        #expect(ReportView.hint(.en, keymap: .standard, columns: 80)
            == " Esc or B: close · P: write the report (Word) · ↑ ↓ PgUp PgDn Home End: scroll")
        #expect(ReportView.hint(.vi, keymap: .standard, columns: 60) == " Esc hoặc B: đóng · P: in báo cáo (Word)")
        #expect(ReportView.hint(.vi, keymap: .standard, columns: 30) == " Esc hoặc B: đóng")
        #expect(ReportView.hint(.vi, keymap: .standard, columns: 10) == " Esc hoặc…")
    }

    @Test("roles: headings as tracks, the bar done and empty, the figure bold in progress, text as detail")
    func roles() throws {
        let theme = BuiltinTheme.default.theme
        let grid = Screen.render(try reportState(rows: 24, columns: 80), theme: theme)
        let heading = try #require((0..<grid.rows).first { grid.text(row: $0).hasPrefix(" 2. Tổng kết") })
        #expect(grid[heading, 1].style == theme[.track])
        let bar = try #require((heading..<grid.rows).first { grid.text(row: $0).contains("█") })
        #expect(grid[bar, 4].style == theme[.done].merged(over: theme[.detail]))
        let empty = try #require((0..<grid.columns).first { grid[bar, $0].text == "░" })
        #expect(grid[bar, empty].style == theme[.tree])
        let figure = try #require((0..<grid.columns).first { grid[bar, $0].text == "8" })
        #expect(grid[bar, figure].style == theme[.progress].adding(.bold))
        #expect(grid[bar + 1, 4].style == theme[.detail])
        #expect(grid[grid.rows - 1, 1].style == theme[.statusLine])
    }

    @Test("rows are made only for the window shown: any window is the same rows as the whole, at every width")
    func windows() throws {
        for columns in [20, 41, 80, 132] {
            let state = try reportState(rows: 24, columns: columns)
            guard case let .report(screen) = state.mode else {
                Issue.record("no report screen")
                return
            }
            let total = screen.rowCount(columns: columns)
            let whole = screen.rows(columns: columns, from: 0, count: total + 5)
            #expect(whole.count == total)
            for first in stride(from: 0, to: total, by: 7) {
                #expect(screen.rows(columns: columns, from: first, count: 9) == Array(whole[first..<min(total, first + 9)]),
                        "from row \(first) at \(columns) columns")
            }
            #expect(screen.rows(columns: columns + 3, from: 0, count: .max).count == screen.rowCount(columns: columns + 3),
                    "a width not fitted yet is counted afresh")
        }
    }

    @Test("counting the lines of wrapped text agrees with making them, over many mixes of words, spaces and widths")
    func wrapCountMixes() {
        let words = ["Tổng", "hợp", "ý", "kiến,", "kiến", "nghị", "cử", "tri", "Thường", "trực", "HĐND", "KH600.1.2", "(81,9%)",
                     "quyết", "định", "中文", "👍", "Nghi\u{0323}", "—", "tỉnh;", "x", "Ủy", "ban", "nhân", "dân"]
        var seed: UInt64 = 0x2021_1029
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<2000 {
            var text = String(repeating: " ", count: next(3) == 0 ? 1 : 0)
            for index in 0..<next(24) {
                if index > 0 { text += String(repeating: " ", count: next(5) == 0 ? 2 : 1) }
                text += words[next(words.count)]
            }
            let width = 1 + next(30)
            #expect(TextWrap.count(text, width: width) == TextWrap.lines(text, width: width).count, "\(text) at \(width)")
        }
    }

    @Test("counting the lines of wrapped text agrees with making them", arguments: [5, 12, 40, 119])
    func wrapCount(width: Int) {
        let texts = ["", "Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp thứ hai", "một  hai\n\nba",
                     "Từ-rất-dài-không-có-khoảng-trắng-nào-để-ngắt-dòng-cả", "中文字テスト 👍 ✅ Việt Nam",
                     String(repeating: "ngày làm việc ", count: 40)]
        for text in texts {
            #expect(TextWrap.count(text, width: width) == TextWrap.lines(text, width: width).count, "\(text) at \(width)")
        }
    }
}
