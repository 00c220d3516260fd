import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Editing every field from the keyboard (`c`), tracks (`t`, and `e`, `x`, `K`/`J` on a track's
/// row), moving a task to another track (`T`) and declaring units and persons (`O`).
@Suite("Fields, tracks and declarations from the keyboard")
@MainActor
struct FieldAndTrackKeyTests {
    private func editorText(_ state: AppState) -> String? {
        guard case let .edit(edit) = state.mode else { return nil }
        return edit.editor.text
    }

    private func menu(_ state: AppState) -> MenuState? {
        guard case let .menu(menu) = state.mode else { return nil }
        return menu
    }

    /// Chooses the menu item with this label.
    private func choose(_ label: String, in state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) -> [Effect] {
        guard let menu = menu(state), let item = menu.items.firstIndex(where: { $0.label == label }) else {
            Issue.record("no item \(label)", sourceLocation: sourceLocation)
            return []
        }
        for _ in 0..<((item - menu.selected + menu.items.count) % menu.items.count) { _ = state.update(.moveDown) }
        return state.update(.confirm)
    }

    @Test("c lists the fields with their values; a chosen field opens with its value as typed and saves as the file holds it")
    func fieldMenu() throws {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1.2", in: state)
        state.select(.task(task))
        TUITestSupport.run([.editFields], on: &state)
        let list = try #require(menu(state))
        #expect(list.items.first { $0.label == "Hạn hoàn thành" }?.detail == "02/11/2021")
        #expect(list.items.first { $0.label == "Tiến độ" }?.detail == "3/4")
        #expect(list.items.last?.choice == .editOtherField)
        #expect(choose("Hạn hoàn thành", in: &state).isEmpty)
        #expect(editorText(state) == "02/11/2021")
        _ = state.update(.cancel)
        TUITestSupport.run([.editFields], on: &state)
        #expect(choose("Sản phẩm", in: &state).isEmpty)
        TUITestSupport.type("Báo cáo thẩm tra", into: &state)
        #expect(state.update(.confirm) == [.perform(.setFields(task: task, fields: [FieldUpdate(key: "product", value: "Báo_cáo_thẩm_tra")]))])
    }

    @Test("dates, units and the rest are read as on the command line; a value that cannot be stored keeps what was typed")
    func typedValues() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1", in: state)
        state.select(.task(task))
        state.beginFieldEdit(Field.Key.start, of: task)
        TUITestSupport.type("5/7", into: &state)
        #expect(state.update(.confirm) == [.perform(.setFields(task: task, fields: [FieldUpdate(key: "start", value: "2021-07-05")]))])
        state.beginFieldEdit(Field.Key.with, of: task)
        #expect(editorText(state) == "HC")
        TUITestSupport.type(", xyz", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(editorText(state) == "HC, xyz")
        #expect(state.message?.text == "đơn vị \"xyz\" chưa được khai báo; các đơn vị: TH, HC")
        state.beginFieldEdit(Field.Key.tag, of: task)
        TUITestSupport.type("kỳ họp, giữa năm", into: &state)
        #expect(state.update(.confirm) == [.perform(.setFields(task: task, fields: [FieldUpdate(key: "tag", value: "kỳ_họp,giữa_năm")]))])
        state.beginFieldEdit(nil, of: task)
        TUITestSupport.type("owner: anh.Nam", into: &state)
        #expect(state.update(.confirm) == [.perform(.setFields(task: task, fields: [FieldUpdate(key: "owner", value: "anh.Nam")]))])
        state.beginFieldEdit(nil, of: task)
        TUITestSupport.type("status: done", into: &state)
        #expect(state.update(.confirm) == [.perform(.setStatus(task: task, status: .done))], "status: sets the status, as on the command line")
        state.beginFieldEdit(nil, of: task)
        TUITestSupport.type("title: Tham mưu kỳ họp", into: &state)
        #expect(state.update(.confirm) == [.perform(.setTitle(task: task, title: "Tham mưu kỳ họp"))])
        state.beginFieldEdit(Field.Key.start, of: task)
        TUITestSupport.type("31/2", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.isError == true)
        #expect(editorText(state) == "31/2")
    }

    @Test("on a track's row, e renames it, K and J move it, x asks before deleting it with its tasks")
    func trackRow() throws {
        var state = TUITestSupport.state()
        let track = TUITestSupport.track("Bầu cử", in: state)
        state.select(.track(track))
        TUITestSupport.run([.editTitle], on: &state)
        #expect(editorText(state) == "Bầu cử")
        TUITestSupport.type(" đại biểu", into: &state)
        #expect(state.update(.confirm) == [.perform(.renameTrack(track: track, title: "Bầu cử đại biểu"))])
        state.mode = .browse
        #expect(state.update(.moveTaskUp) == [.perform(.moveTrack(track: track, offset: -1))])
        #expect(state.update(.delete).isEmpty)
        #expect(state.mode == .confirmDelete(.track(track)))
        #expect(TUITestSupport.screen(state).joined().contains("Xoá mảng công tác “Bầu cử” cùng 2 nhiệm vụ của mảng?"))
        #expect(state.update(.confirm) == [.perform(.deleteTrack(track: track))])
    }

    @Test("through the runtime: t adds a track after the selected one, T moves a task there, u undoes")
    func runtimeTracks() throws {
        let fixture = try RuntimeFixture(rows: 30, columns: 100)
        defer { fixture.folder.remove() }
        fixture.go(to: "KH2")
        fixture.press(.text("t"))
        fixture.type("Tổng kết nhiệm kỳ")
        fixture.press(.enter)
        #expect(fixture.runtime.state.selection == .track(1))
        #expect(try fixture.text().contains("- [!] Tổng hợp ý kiến cử tri  id:KH2 lead:TH due:2021-12-01\n\n## Tổng kết nhiệm kỳ\n\n## Bầu cử\n"))
        fixture.go(to: "KH2")
        fixture.press(.text("T"))
        #expect(fixture.screen.contains("Chuyển sang mảng"))
        fixture.press(.enter)
        let moved = try fixture.text()
        #expect(moved.contains("## Tổng kết nhiệm kỳ\n- [!] Tổng hợp ý kiến cử tri  id:KH2 lead:TH due:2021-12-01\n\n## Bầu cử\n"))
        #expect(fixture.runtime.state.selectedTask.map { fixture.runtime.state.plan.tasks[$0].id } == "KH2")
        fixture.press(.text("u"), .text("u"))
        #expect(try fixture.text() == TUITestSupport.smallPlan)
    }

    @Test("through the runtime: O declares a unit and a person, and the new code is taken at once")
    func runtimeDeclare() throws {
        let fixture = try RuntimeFixture(rows: 30, columns: 100)
        defer { fixture.folder.remove() }
        fixture.press(.text("O"), .enter)
        fixture.type("TTDN: Phòng Thông tin - Dân nguyện")
        fixture.press(.enter)
        fixture.press(.text("O"), .down, .enter)
        fixture.type("linh: Võ Thị Linh, Chuyên viên, TTDN")
        fixture.press(.enter)
        let text = try fixture.text()
        #expect(text.contains("- HC: Phòng Hành chính - Tổ chức - Quản trị\n- TTDN: Phòng Thông tin - Dân nguyện\n\n"
                              + "## Người theo dõi\n- linh: Võ Thị Linh, Chuyên viên, TTDN\n\n## Chuẩn bị kỳ họp"))
        fixture.go(to: "BC1")
        fixture.press(.text("o"))
        fixture.press(.control("u"))
        fixture.type("TTDN")
        fixture.press(.enter)
        fixture.press(.text("c"))
        fixture.type("6")
        fixture.type("linh")
        fixture.press(.enter)
        #expect(try fixture.text().contains("- [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:TTDN due:2021-02-07 person:linh\n"))
    }
}
