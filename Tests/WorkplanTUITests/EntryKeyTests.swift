import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// `w`: a dated entry under the selected task, in the tree and in a meeting; the detail pane adds
/// a task's entries up and lists the latest.
@Suite("Entries from the keyboard")
@MainActor
struct EntryKeyTests {
    @Test("w then text asks to add an entry for today; a day typed before a colon dates it")
    func keyInTree() {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1.2", in: state)
        state.select(.task(task))
        TUITestSupport.run([.logEntry], on: &state)
        TUITestSupport.type("Đã liên hệ Sở Văn hóa", into: &state)
        #expect(state.update(.confirm) == [.perform(.addEntry(task: task, date: TUITestSupport.today,
                                                             text: "Đã liên hệ Sở Văn hóa"))])
        TUITestSupport.saved(&state)
        TUITestSupport.run([.logEntry], on: &state)
        TUITestSupport.type("15/3: 1 buổi tiếp công dân, 5 lượt công dân", into: &state)
        let day = PlanDate(year: 2021, month: 3, day: 15)
        #expect(state.update(.confirm) == [.perform(.addEntry(task: task, date: day ?? TUITestSupport.today,
                                                             text: "1 buổi tiếp công dân, 5 lượt công dân"))])
    }

    @Test("an entry for a day not yet come keeps the line open with what was typed and the reason")
    func futureDay() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.logEntry], on: &state)
        TUITestSupport.type("2/11: 1 buổi", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.text.contains("chưa đến") == true)
        guard case let .edit(edit) = state.mode else {
            Issue.record("the line closed")
            return
        }
        #expect(edit.editor.text == "2/11: 1 buổi")
    }

    @Test("through the runtime: one line added under the task, its results in the detail pane; a refused count keeps the text")
    func runtime() throws {
        let fixture = try RuntimeFixture(rows: 30)
        defer { fixture.folder.remove() }
        let runtime = fixture.runtime
        fixture.go(to: "KH1.2")
        fixture.press(.text("w"))
        fixture.type("1,5 tỷ đồng đã giải ngân")
        fixture.press(.enter)
        guard case let .edit(edit) = runtime.state.mode else {
            Issue.record("the line closed")
            return
        }
        #expect(edit.editor.text == "1,5 tỷ đồng đã giải ngân")
        #expect(runtime.state.message?.isError == true)
        #expect(try fixture.text() == TUITestSupport.smallPlan)
        fixture.press(.control("u"))
        fixture.type("15/10: 2 cuộc họp, 12 đại biểu dự")
        fixture.press(.enter)
        #expect(runtime.state.mode == .browse)
        #expect(try fixture.text() == TUITestSupport.smallPlan.replacing(
            "    Liên hệ Sở Văn hóa về hội trường.\n",
            with: "    Liên hệ Sở Văn hóa về hội trường.\n    - 2021-10-15: 2 cuộc họp, 12 đại biểu dự\n"))
        let screen = fixture.screen
        #expect(screen.contains("Kết quả: 2 cuộc họp, 12 đại biểu dự (1 lần ghi, 15/10/2021)"))
        #expect(screen.contains("Ghi chú: Liên hệ Sở Văn hóa về hội trường."), "the note comes before the entries")
        fixture.press(.text("i"))
        #expect(fixture.screen.contains("Mục ghi: 15/10/2021 — 2 cuộc họp, 12 đại biểu dự"))
    }

    @Test("w in a meeting adds the entry to the plan, dated today, and to the task's outcome")
    func inMeeting() throws {
        guard var state = TUITestSupport.meetingUnderWay() else { return }
        let task = TUITestSupport.task("KH1", in: state)
        TUITestSupport.run([.editOutcome], on: &state)
        TUITestSupport.type("Đã có dự thảo", into: &state)
        TUITestSupport.run([.confirm, .logEntry], on: &state)
        #expect(state.mode.keyContext == .typing)
        TUITestSupport.type("3 Ban đã góp ý", into: &state)
        #expect(state.update(.confirm) == [.perform(.addEntry(task: task, date: TUITestSupport.today, text: "3 Ban đã góp ý"))])
        guard case let .review(after) = state.mode else {
            Issue.record("the meeting closed")
            return
        }
        #expect(after.draft?.outcome == "Đã có dự thảo; 3 Ban đã góp ý")
        TUITestSupport.run([.logEntry], on: &state)
        TUITestSupport.type("5 ,  x", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.isError == true)
        #expect(state.mode.keyContext == .typing, "a refused entry keeps its line open")
    }
}
