import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Moving in the tree: rows, collapse and expand, parents, pages, first and last.
@Suite("Navigation")
struct NavigationTests {
    @Test("the first row is selected and ↓ walks every row in file order")
    func walkDown() {
        var state = TUITestSupport.state()
        var seen: [RowRef?] = [state.selection]
        for _ in 0..<10 {
            TUITestSupport.run([.moveDown], on: &state)
            seen.append(state.selection)
        }
        let id = { TUITestSupport.task($0, in: state) }
        #expect(seen.prefix(9).map { $0 } == [.track(TUITestSupport.track("Chuẩn bị kỳ họp", in: state)), .task(id("KH1")), .task(id("KH1.1")), .task(id("KH1.2")),
                                               .task(id("KH2")), .track(TUITestSupport.track("Bầu cử", in: state)), .task(id("BC1")), .task(id("BC2")),
                                               .task(id("BC2"))])
    }

    @Test("↑ from a track heading goes to the last row of the track above")
    func upFromTrack() {
        var state = TUITestSupport.state()
        state.select(.track(TUITestSupport.track("Bầu cử", in: state)))
        TUITestSupport.run([.moveUp], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH2", in: state)))
    }

    @Test("← collapses a parent, ↓ then skips its subtasks, → expands it again")
    func collapseAndExpand() {
        var state = TUITestSupport.state()
        let parent = TUITestSupport.task("KH1", in: state)
        state.select(.task(parent))
        TUITestSupport.run([.collapse, .moveDown], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH2", in: state)))
        TUITestSupport.run([.moveUp, .expand, .moveDown], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1.1", in: state)))
    }

    @Test("← on a subtask goes to its parent; p goes to the parent; ← on a top task goes to the track")
    func parentMoves() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.collapse], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1", in: state)))
        state.select(.task(TUITestSupport.task("KH1.1", in: state)))
        TUITestSupport.run([.parent], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1", in: state)))
        state.select(.task(TUITestSupport.task("KH2", in: state)))
        TUITestSupport.run([.collapse], on: &state)
        #expect(state.selection == .track(TUITestSupport.track("Chuẩn bị kỳ họp", in: state)))
    }

    @Test("collapse all hides subtasks and keeps the selection on its visible parent; expand all shows them")
    func collapseAll() {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.collapseAll], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1", in: state)))
        #expect(!TUITestSupport.lines(state).contains { $0.contains("Dự thảo chương trình") })
        TUITestSupport.run([.expandAll], on: &state)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Dự thảo chương trình") })
    }

    @Test("Home and End go to the first and last rows; a collapsed track is one row")
    func firstAndLast() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.last], on: &state)
        #expect(state.selection == .task(TUITestSupport.task("BC2", in: state)))
        state.select(.track(TUITestSupport.track("Bầu cử", in: state)))
        TUITestSupport.run([.collapse, .first], on: &state)
        #expect(state.selection == .track(TUITestSupport.track("Chuẩn bị kỳ họp", in: state)))
        TUITestSupport.run([.last], on: &state)
        #expect(state.selection == .track(TUITestSupport.track("Bầu cử", in: state)))
    }

    @Test("a page down on a long plan scrolls so that the selection stays on screen")
    func pageDown() {
        var text = "# P\n\n## Mảng\n"
        for number in 1...200 { text += "- [ ] Việc số \(number)  id:T\(number)\n" }
        var state = TUITestSupport.state(text)
        TUITestSupport.run([.pageDown, .pageDown], on: &state)
        let lines = TUITestSupport.lines(state)
        guard case let .task(task)? = state.selection else {
            Issue.record("no task selected")
            return
        }
        let title = state.plan.tasks[task].title
        #expect(lines.contains { $0.contains(title + " ") || $0.hasSuffix(title) })
        TUITestSupport.run([.last], on: &state)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Việc số 200") })
    }
}
