import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// `D`: an extension of the selected task's deadline, in the tree (new date, reason, deciding
/// document) and in a meeting (new date and reason; the meeting is what decided it).
@Suite("Extensions from the keyboard")
@MainActor
struct ExtensionKeyTests {
    private func editorText(_ state: AppState) -> String? {
        guard case let .edit(edit) = state.mode else { return nil }
        return edit.editor.text
    }

    @Test("D asks the new date, the reason and the document, then extends in one operation")
    func keyInTree() throws {
        var state = TUITestSupport.state()
        let task = TUITestSupport.task("KH1.2", in: state)
        state.select(.task(task))
        TUITestSupport.run([.extendDeadline], on: &state)
        TUITestSupport.type("20/11", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(editorText(state) == "", "the reason's line opens empty")
        #expect(state.update(.confirm).isEmpty, "a reason is needed")
        #expect(state.message?.isError == true)
        TUITestSupport.type("Chờ ý kiến Thường trực", into: &state)
        #expect(state.update(.confirm).isEmpty)
        TUITestSupport.type("12/TB-HĐND", into: &state)
        let due = try #require(PlanDate(year: 2021, month: 11, day: 20))
        #expect(state.update(.confirm) == [.perform(.extend(task: task, to: due, reason: "Chờ ý kiến Thường trực",
                                                              decidedBy: "12/TB-HĐND", language: .vi))])
    }

    @Test("a task without a deadline, or one done, is refused at once; a date not later keeps what was typed")
    func refusals() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("BC2", in: state)))
        TUITestSupport.run([.extendDeadline], on: &state)
        #expect(state.mode == .browse)
        #expect(state.message?.text.contains("chưa có hạn") == true)
        state.select(.task(TUITestSupport.task("KH1.1", in: state)))
        TUITestSupport.run([.extendDeadline], on: &state)
        #expect(state.mode == .browse)
        #expect(state.message?.isError == true)
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.extendDeadline], on: &state)
        TUITestSupport.type("1/11", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(editorText(state) == "1/11")
        #expect(state.message?.text.contains("02/11/2021") == true)
    }

    @Test("through the runtime: due: changes and one entry line keeps the history; the detail pane shows both")
    func runtime() throws {
        let fixture = try RuntimeFixture(rows: 30, columns: 100)
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1.2")
        fixture.press(.text("D"))
        fixture.type("+5nlv")
        fixture.press(.enter)
        fixture.type("Chờ hội trường")
        fixture.press(.enter, .enter)
        #expect(fixture.runtime.state.mode == .browse)
        let expected = TUITestSupport.smallPlan
            .replacing("id:KH1.2 lead:HC due:2021-11-02", with: "id:KH1.2 lead:HC due:2021-11-05")
            .replacing("    Liên hệ Sở Văn hóa về hội trường.\n",
                       with: "    Liên hệ Sở Văn hóa về hội trường.\n"
                           + "    - 2021-10-29: gia hạn 2021-11-02 → 2021-11-05; lý do: Chờ hội trường\n")
        #expect(try fixture.text() == expected)
        let screen = fixture.screen
        #expect(screen.contains("hạn 05/11/2021, gia hạn từ 02/11/2021"))
        #expect(screen.contains("Gia hạn: 02/11/2021 → 05/11/2021 (gia hạn ngày 29/10/2021: Chờ hội trường)"))
    }

    @Test("D in a meeting extends, names the meeting as the decider and adds the extension to the decision")
    func inMeeting() throws {
        guard var state = TUITestSupport.meetingUnderWay() else { return }
        let task = TUITestSupport.task("KH1", in: state)
        TUITestSupport.run([.editDecision], on: &state)
        TUITestSupport.type("Giao Phòng Tổng hợp hoàn thiện", into: &state)
        TUITestSupport.run([.confirm, .extendDeadline], on: &state)
        TUITestSupport.type("15/11", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        TUITestSupport.type("Chờ dự thảo của UBND", into: &state)
        let due = try #require(PlanDate(year: 2021, month: 11, day: 15))
        let effects = state.update(.confirm)
        guard case let .perform(.extend(extended, newDue, reason, decidedBy, language))? = effects.first else {
            Issue.record("no extension: \(effects)")
            return
        }
        #expect(extended == task && newDue == due && reason == "Chờ dự thảo của UBND" && language == .vi)
        #expect(decidedBy == "Họp giao ban ngày 29/10/2021", "the title has the day: it is not written twice")
        guard case let .review(after) = state.mode else {
            Issue.record("the meeting closed")
            return
        }
        #expect(after.draft?.decision == "Giao Phòng Tổng hợp hoàn thiện; Gia hạn đến 15/11/2021: Chờ dự thảo của UBND")
    }
}
