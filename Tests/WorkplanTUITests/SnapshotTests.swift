import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Whole screens, rendered into the virtual terminal and compared row by row. A change here
/// is a change the officer sees: look at the new screen before updating the expected text.
@Suite("Screens")
@MainActor
struct SnapshotTests {
    @Test("80x24: the tree, overdue and done rows, rollups, and the detail pane of a subtask with a note")
    func small80() {
        var state = TUITestSupport.state(rows: 24, columns: 80)
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.expectScreen(state, """
         Workplan · Kế hoạch thử năm 2021                                    29/10/2021
        ▾ Chuẩn bị kỳ họp                                                         0/2 0%
          ▾ [ ] Tham mưu nội dung kỳ họp thường lệ giữa năm TH     10/07/2021   1/2 50%
              [x] Dự thảo chương trình kỳ họp               TH     20/06/2021
              [/] Chuẩn bị hội trường, tài liệu             HC     02/11/2021       75%
            [!] Tổng hợp ý kiến cử tri                      TH     01/12/2021
        ▾ Bầu cử                                                                  0/1 0%
            [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh       HC     07/02/2021
            [-] In phiếu bầu                                HC







        ────────────────────────────────────────────────────────────────────────────────
         Chuẩn bị hội trường, tài liệu
         Thuộc: Chuẩn bị kỳ họp › Tham mưu nội dung kỳ họp thường lệ giữa năm
         Trạng thái: đang thực hiện · tiến độ 3/4 (75%) · mã KH1.2
         Đơn vị: chủ trì HC — Phòng Hành chính - Tổ chức - Quản trị
         Thời hạn: hạn 02/11/2021 (còn 4 ngày, 2 ngày làm việc)
         Ghi chú: Liên hệ Sở Văn hóa về hội trường.
         plan.md · đúng hạn 1, muộn 0, chưa đến hạn 2, quá hạn 2 · 33,3%     ? trợ giúp
        """)
    }

    @Test("120x40: wider title column, the detail pane of a parent with its units' full names")
    func small120() {
        var state = TUITestSupport.state(rows: 40, columns: 120)
        state.select(.task(TUITestSupport.task("KH1", in: state)))
        TUITestSupport.expectScreen(state, """
         Workplan · Kế hoạch thử năm 2021                                                                            29/10/2021
        ▾ Chuẩn bị kỳ họp                                                                                                 0/2 0%
          ▾ [ ] Tham mưu nội dung kỳ họp thường lệ giữa năm                                       TH     10/07/2021     1/2 50%
              [x] Dự thảo chương trình kỳ họp                                                     TH     20/06/2021
              [/] Chuẩn bị hội trường, tài liệu                                                   HC     02/11/2021         75%
            [!] Tổng hợp ý kiến cử tri                                                            TH     01/12/2021
        ▾ Bầu cử                                                                                                          0/1 0%
            [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh                                             HC     07/02/2021
            [-] In phiếu bầu                                                                      HC




















        ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
         Tham mưu nội dung kỳ họp thường lệ giữa năm
         Thuộc: Chuẩn bị kỳ họp
         Trạng thái: chưa thực hiện · việc con xong 1/2 (50%) · mã KH1
         Đơn vị: chủ trì TH — Phòng Tổng hợp · phối hợp HC — Phòng Hành chính - Tổ chức - Quản trị
         Thời hạn: hạn 10/07/2021 (quá hạn 111 ngày, 78 ngày làm việc)




         plan.md · 6 nhiệm vụ: 1 đúng hạn, 0 xong quá hạn, 2 chưa đến hạn, 2 quá hạn · đến hạn xong 33,3%            ? trợ giúp
        """)
    }

    @Test("the built-in 2021 plan at 80x24: long Vietnamese titles cut at a character with an ellipsis")
    func builtin80() {
        TUITestSupport.expectScreen(TUITestSupport.state(BuiltinPlan.text, rows: 24, columns: 80), """
         Workplan · Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh         29/10/2021
        ▾ Chuẩn bị các kỳ họp HĐND tỉnh năm 2021                               4/6 66,7%
          ▾ [x] Kỳ họp chuyên đề tháng 01/2021 của HĐND tỉ… TH     20/01/2021  2/2 100%
              [x] Đôn đốc UBND tỉnh gửi tờ trình, dự thảo … TH     08/01/2021
              [x] Phối hợp Ban Kinh tế - Ngân sách thẩm tr… BKTNS  14/01/2021
          ▾ [x] Kỳ họp cuối nhiệm kỳ của HĐND tỉnh khóa IX  TH     31/03/2021  5/5 100%
              [x] Dự thảo chương trình, kịch bản điều hành… TH     05/03/2021
              [x] Tổng hợp ý kiến, kiến nghị cử tri gửi đế… CTDB   12/03/2021      100%
            ▾ [x] Phối hợp các Ban thẩm tra báo cáo, tờ tr… TH     19/03/2021  3/3 100%
                [x] Thẩm tra các dự thảo nghị quyết về đầu… BKTNS  17/03/2021
                [x] Thẩm tra báo cáo tổng kết nhiệm kỳ của… BPC    17/03/2021
                [x] Thẩm tra dự thảo nghị quyết về chính s… BVHXH  17/03/2021
              [x] Chuẩn bị hội trường, tài liệu, lễ tân, b… HC     24/03/2021
              [x] Hoàn thiện, công bố nghị quyết; báo cáo … TH     09/04/2021
          ▾ [x] Kỳ họp thứ nhất HĐND tỉnh khóa X, nhiệm kỳ… VP     07/07/2021  4/4 100%
              [x] Tham mưu Chủ tịch HĐND tỉnh khóa IX triệ… TH     08/06/2021
        ────────────────────────────────────────────────────────────────────────────────
         Chuẩn bị các kỳ họp HĐND tỉnh năm 2021
         Nhiệm vụ: 42 nhiệm vụ; việc chính xong 4/6




         plan.md · đúng hạn 70, muộn 12, chưa đến hạn 32, quá hạn 5 · 94,3%  ? trợ giúp
        """)
    }

    @Test("a title with CJK characters takes two cells each and is cut before a character that does not fit")
    func wide60() {
        var state = TUITestSupport.state(SnapshotPlans.wide, rows: 12, columns: 60)
        state.select(.task(0))
        TUITestSupport.expectScreen(state, """
         Workplan · P                                    29/10/2021
        ▾ Mảng công tác                                       0/2 0%
            [ ] Dịch tài liệu 中文字テスト ch… 30/11/2021
            [ ] Kế hoạch tổ chức hội nghị tổn…






        chưa thực hiện · mã W1 · hạn 30/11/2021 (còn 32 ngày, 22 ng…
         plan.md · 0 quá hạn                             ? trợ giúp
        """)
    }

    @Test("the help screen is made from the keymap, grouped")
    func help80() {
        var state = TUITestSupport.state(rows: 24, columns: 80)
        _ = state.update(.help)
        TUITestSupport.expectScreen(state, """
         Trợ giúp — Workplan
         Di chuyển
          ↑ k                    lên một dòng
          ↓ j                    xuống một dòng
          PgUp Ctrl-B            lên một trang
          PgDn Ctrl-F            xuống một trang
          Home g                 về dòng đầu
          End G                  tới dòng cuối
          ← h                    thu gọn, hoặc lên nhiệm vụ cha
          → l                    mở rộng, hoặc xuống nhiệm vụ con đầu
          p                      tới nhiệm vụ cha
          -                      thu gọn tất cả
          + =                    mở rộng tất cả

         Sửa nhiệm vụ (lưu ngay)
          Space                  đánh dấu hoàn thành / bỏ đánh dấu
          s                      chọn trạng thái
          e Enter                sửa tên nhiệm vụ (trên dòng mảng: tên mảng)
          d                      sửa hạn hoàn thành
          o                      sửa đơn vị chủ trì, phối hợp
          %                      sửa tiến độ (a/b hoặc N%)
          m                      sửa ghi chú
          c                      sửa trường khác: ngày bắt đầu, thẻ, số liệu, văn bản…
         Esc hoặc ? để đóng · ↑ ↓ PgUp PgDn để cuộn                             1–22/93
        """)
    }

    @Test("80x24: a note typed over several lines in a box over the tree, the cursor after the last typed character, the keys from the keymap")
    func noteEditor80() {
        var state = TUITestSupport.state(rows: 24, columns: 80)
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.editNote, .input(.enter)] + "  - Hội trường tầng 2".unicodeScalars.map { .input(.text($0)) }
                           + [.input(.enter)] + "Máy chiếu: chưa có".unicodeScalars.map { .input(.text($0)) }, on: &state)
        TUITestSupport.expectScreen(state, """
         Workplan · Kế hoạch thử năm 2021                                    29/10/2021
        ▾ Chuẩn bị kỳ họp                                                         0/2 0%
          ▾ [ ] Tham mưu nội dung kỳ họp thường lệ giữa năm TH     10/07/2021   1/2 50%
              [x] Dự thảo chương trình kỳ họp               TH     20/06/2021
              [/] Chuẩn bị hội trường, tài liệu             HC     02/11/2021       75%
            [!] Tổng hợp ý kiến cử tri                      TH     01/12/2021
        ▾ Bầu cử                                                                  0/1 0%
            [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh       HC     07/02/2021
         ┌─ Ghi chú: KH1.2 Chuẩn bị hội trường, tài liệu ─────────────────────────────┐
         │ Liên hệ Sở Văn hóa về hội trường.                                          │
         │   - Hội trường tầng 2                                                      │
         │ Máy chiếu: chưa có                                                         │
         │                                                                            │
         │                                                                            │
         │ Enter xuống dòng · Ctrl-S lưu · Esc huỷ                                    │
         └────────────────────────────────────────────────────────────────────────────┘
        ────────────────────────────────────────────────────────────────────────────────
         Chuẩn bị hội trường, tài liệu
         Thuộc: Chuẩn bị kỳ họp › Tham mưu nội dung kỳ họp thường lệ giữa năm
         Trạng thái: đang thực hiện · tiến độ 3/4 (75%) · mã KH1.2
         Đơn vị: chủ trì HC — Phòng Hành chính - Tổ chức - Quản trị
         Thời hạn: hạn 02/11/2021 (còn 4 ngày, 2 ngày làm việc)
         Ghi chú: Liên hệ Sở Văn hóa về hội trường.
         plan.md · đúng hạn 1, muộn 0, chưa đến hạn 2, quá hạn 2 · 33,3%     ? trợ giúp
        """)
        let grid = Screen.render(state, theme: BuiltinTheme.default.theme)
        #expect(grid.cursor == GridPosition(row: 11, column: 21), "the cursor after the last typed character")
    }

    @Test("40x10: the smallest full layout, details on one line")
    func small40() {
        var state = TUITestSupport.state(rows: 10, columns: 40)
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.expectScreen(state, """
         Workplan · Kế hoạch thử n…  29/10/2021
        ▾ Chuẩn bị kỳ họp
          ▾ [ ] Tham mưu nội dung k… 10/07/2021
              [x] Dự thảo chương tr… 20/06/2021
              [/] Chuẩn bị hội trườ… 02/11/2021
            [!] Tổng hợp ý kiến cử … 01/12/2021
        ▾ Bầu cử
            [ ] Tham mưu thành lập … 07/02/2021
        đang thực hiện · tiến độ 3/4 (75%) · mã…
         plan.md · 2 quá hạn · 33,…  ? trợ giúp
        """)
    }

    @Test("below 40x10: a notice instead of the screen")
    func tiny() {
        TUITestSupport.expectScreen(TUITestSupport.state(rows: 8, columns: 30), """
        Cửa sổ quá nhỏ (cần 40×10)







        """)
    }
}
