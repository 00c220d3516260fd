#if canImport(Glibc)
import Glibc
#endif
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Keys through the whole loop — keymap, update, effects, the plan file, the screen — on a
/// real file in a folder of its own, with the virtual terminal.
@Suite("Runtime")
@MainActor
struct RuntimeTests {
    @Test("Space ticks the selected task: the file changes in that line only, with done: today")
    func tick() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text(" "))
        let changes = try fixture.changedLines()
        #expect(changes.count == 1)
        #expect(changes.first?.1 == "- [x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07 done:2021-10-29")
        #expect(fixture.terminal.screen.lines.last?.contains("Đã lưu") == true)
    }

    @Test("Space twice on an in-progress task gives it back [/], and the file its bytes")
    func untickRestoresStatus() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1.2")
        fixture.press(.text(" "))
        #expect(try fixture.changedLines().first?.1.hasPrefix("  - [x] Chuẩn bị hội trường") == true)
        fixture.press(.text(" "))
        #expect(try fixture.text() == fixture.original)
    }

    @Test("unticking a task ticked in an earlier session: in progress when its progress shows work begun")
    func untickFromEarlierSession() throws {
        let ticked = TUITestSupport.smallPlan.replacing(
            "- [/] Chuẩn bị hội trường, tài liệu  id:KH1.2 lead:HC due:2021-11-02 progress:3/4",
            with: "- [x] Chuẩn bị hội trường, tài liệu  id:KH1.2 lead:HC due:2021-11-02 progress:3/4 done:2021-10-01")
        let fixture = try RuntimeFixture(ticked)
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1.2")
        fixture.press(.text(" "))
        #expect(try fixture.text() == TUITestSupport.smallPlan)
    }

    @Test("a progress the plan refuses keeps the editor open with what was typed and the reason; the file is untouched")
    func refusedEditKeepsText() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1.2")
        fixture.press(.text("%"), .control("u"))
        fixture.type("abc")
        fixture.press(.enter)
        guard case let .edit(edit) = fixture.runtime.state.mode else {
            Issue.record("the editor closed")
            return
        }
        #expect(edit.editor.text == "abc")
        #expect(fixture.runtime.state.message?.isError == true)
        #expect(try fixture.text() == fixture.original)
        fixture.press(.control("u"))
        fixture.type("75%")
        fixture.press(.enter)
        #expect(fixture.runtime.state.mode == .browse)
        #expect(try fixture.text().contains("progress:75%"))
    }

    @Test("a note the plan refuses keeps its editor open with every typed line and the reason; the file is untouched")
    func refusedNoteKeepsText() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text("m"))
        fixture.type("Dòng một")
        fixture.press(.enter)
        fixture.type("- [ ] không phải ghi chú")
        fixture.press(.control("s"))
        guard case let .note(note) = fixture.runtime.state.mode else {
            Issue.record("the editor closed")
            return
        }
        #expect(note.editor.text == "Dòng một\n- [ ] không phải ghi chú")
        #expect(fixture.runtime.state.message?.text.contains("sẽ được đọc là một nhiệm vụ") == true)
        #expect(try fixture.text() == fixture.original)
        fixture.press(.home, .text("*"), .text(" "), .delete, .delete, .delete, .delete, .delete, .delete, .control("s"))
        #expect(fixture.runtime.state.mode == .browse)
        #expect(try fixture.text().contains("id:BC1 lead:HC due:2021-02-07\n  Dòng một\n  * không phải ghi chú\n"))
    }

    @Test("a note typed over several lines: Enter breaks the line, a space types a space (it never ticks the task), Ctrl-S saves")
    func multiLineNote() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text("m"))
        fixture.type("Đã trình Thường trực")
        fixture.press(.enter)
        fixture.type("  - chờ ý kiến")
        fixture.press(.enter, .enter)
        fixture.type("Hạn trả lời 15/3")
        #expect(fixture.terminal.screen.lines.contains { $0.contains("Ctrl-S lưu") })
        fixture.press(.control("s"))
        #expect(fixture.runtime.state.mode == .browse)
        let changes = try fixture.text()
        #expect(changes.contains("id:BC1 lead:HC due:2021-02-07\n  Đã trình Thường trực\n    - chờ ý kiến\n\n  Hạn trả lời 15/3\n"))
        #expect(!changes.contains("[x] Tham mưu thành lập"))
    }

    @Test("Esc in a changed note asks first; a key goes on typing; Esc twice throws the typed text away and changes nothing")
    func noteEscAsks() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text("m"))
        fixture.type("Một")
        fixture.press(.escape)
        guard case let .note(asked) = fixture.runtime.state.mode else {
            Issue.record("Esc threw the note away at once")
            return
        }
        #expect(asked.discardAsked)
        #expect(fixture.runtime.state.message?.text.hasPrefix("Bỏ những gì đã gõ?") == true)
        fixture.type(" hai")
        guard case let .note(going) = fixture.runtime.state.mode else {
            Issue.record("a key after the question closed the note")
            return
        }
        #expect(going.editor.text == "Một hai")
        fixture.press(.escape, .escape)
        #expect(fixture.runtime.state.mode == .browse)
        #expect(try fixture.text() == fixture.original)
        fixture.press(.text("m"), .escape)
        #expect(fixture.runtime.state.mode == .browse, "an unchanged note closes at once")
    }

    static let nestedNotePlan = """
        # Kế hoạch
        ## Việc
        - [ ] Tổng hợp ý kiến  id:T1
          Các bước:
          - 1. Gửi công văn
            - 1a. Các huyện
            - 1b. Các sở
        - [ ] Việc khác  id:T2

        """

    @Test("m then Ctrl-S on a note that is a nested list leaves the file unchanged")
    func unchangedNestedNote() throws {
        let fixture = try RuntimeFixture(Self.nestedNotePlan)
        defer { fixture.folder.remove() }
        fixture.go(to: "T1")
        fixture.press(.text("m"), .control("s"))
        #expect(try fixture.text() == Self.nestedNotePlan)
    }

    @Test("an edited nested note keeps each line's own indentation")
    func editedNestedNote() throws {
        let fixture = try RuntimeFixture(Self.nestedNotePlan)
        defer { fixture.folder.remove() }
        fixture.go(to: "T1")
        fixture.press(.text("m"), .end)
        fixture.type(", Ban")
        fixture.press(.control("s"))
        #expect(try fixture.text() == Self.nestedNotePlan.replacing("1b. Các sở", with: "1b. Các sở, Ban"))
    }

    @Test("editing a due date, then undo: the file is as it was, byte for byte; redo changes it again")
    func editUndoRedo() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH2")
        fixture.press(.text("d"), .control("u"))
        fixture.type("15/12/2021")
        fixture.press(.enter)
        #expect(try fixture.changedLines().map(\.1) == ["- [!] Tổng hợp ý kiến cử tri  id:KH2 lead:TH due:2021-12-15"])
        fixture.press(.text("u"))
        #expect(try fixture.text() == fixture.original)
        fixture.press(.text("U"))
        #expect(try fixture.changedLines().map(\.1) == ["- [!] Tổng hợp ý kiến cử tri  id:KH2 lead:TH due:2021-12-15"])
    }

    @Test("every change of a session can be undone, newest first, back to the original file")
    func undoAll() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1")
        fixture.press(.text(" "), .text("J"), .text("a"))
        fixture.type("Việc thêm")
        fixture.press(.enter, .text("x"), .text("y"))
        #expect(try fixture.text() != fixture.original)
        for _ in 0..<4 { fixture.press(.text("u")) }
        #expect(try fixture.text() == fixture.original)
        #expect(fixture.runtime.state.redoStack.count == 4)
    }

    @Test("delete after y removes the task with its subtasks and note; undo puts them back")
    func deleteAndUndo() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1")
        fixture.press(.text("x"), .text("y"))
        let text = try fixture.text()
        #expect(!text.contains("KH1"))
        #expect(!text.contains("Liên hệ Sở Văn hóa"))
        #expect(text.contains("KH2"))
        fixture.press(.text("u"))
        #expect(try fixture.text() == fixture.original)
    }

    @Test("J moves a task below its next sibling, with its subtree; K moves it back")
    func moveDown() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH1")
        fixture.press(.text("J"))
        let text = try fixture.text()
        let kh2 = text.range(of: "id:KH2")?.lowerBound
        let kh1 = text.range(of: "id:KH1 ")?.lowerBound
        let kh12 = text.range(of: "id:KH1.2")?.lowerBound
        #expect(kh2 != nil && kh1 != nil && kh2! < kh1! && kh1! < kh12!)
        #expect(fixture.runtime.state.selection == .task(fixture.runtime.state.plan.taskIndex(id: "KH1") ?? -1))
        fixture.press(.text("K"))
        #expect(try fixture.text() == fixture.original)
    }

    @Test("a task added with its title typed partly as base letters and combining marks is saved in NFC")
    func addNFC() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH2")
        fixture.press(.text("a"))
        fixture.type("Tổng kết nhie\u{0302}\u{0323}m ky\u{0300}")
        fixture.press(.enter)
        let text = try fixture.text()
        let line = text.split(separator: "\n").first { $0.contains("Tổng kết") }.map(String.init) ?? ""
        #expect(line.unicodeScalars.elementsEqual("- [ ] Tổng kết nhiệm kỳ  id:T1".unicodeScalars))
        #expect(TextForm.isNFC(text))
    }

    @Test("a change made on disk to another task survives a tick made here")
    func outsideChangeOtherTask() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        let changed = fixture.original.replacingOccurrences(of: "In phiếu bầu  id:BC2", with: "In phiếu bầu cử  id:BC2")
        try PlanStore().write(Array(changed.utf8), to: fixture.path, expecting: nil)
        fixture.press(.text(" "))
        let text = try fixture.text()
        #expect(text.contains("In phiếu bầu cử  id:BC2"))
        #expect(text.contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07 done:2021-10-29"))
    }

    @Test("a change made on disk to the same task asks which to keep: m keeps mine, t keeps theirs")
    func outsideChangeSameTask() throws {
        for keepMine in [true, false] {
            let fixture = try RuntimeFixture()
            defer { fixture.folder.remove() }
            fixture.go(to: "BC1")
            let theirs = fixture.original.replacingOccurrences(of: "- [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1",
                                                               with: "- [!] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1")
            try PlanStore().write(Array(theirs.utf8), to: fixture.path, expecting: nil)
            fixture.press(.text(" "))
            guard case .conflict = fixture.runtime.state.mode else {
                Issue.record("no conflict dialog")
                return
            }
            #expect(try fixture.text() == theirs, "nothing is written before the officer chooses")
            #expect(fixture.terminal.screen.lines.contains { $0.contains("Trên đĩa:") })
            fixture.press(.text(keepMine ? "m" : "t"))
            let text = try fixture.text()
            if keepMine {
                #expect(text.contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1"))
            } else {
                #expect(text == theirs)
            }
            #expect(fixture.runtime.state.mode == .browse)
        }
    }

    @Test("a plan a merge left with conflicts offers each in turn: m keeps mine, t keeps theirs, u undoes, Esc puts them off")
    func mergeConflictsInTheFile() throws {
        let conflicted = TUITestSupport.smallPlan.replacing(
            "- [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07\n",
            with: "<<<<<<< bản này (plan.md)\n- [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07\n"
                + "=======\n- [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-03-01\n>>>>>>> bản kia (plan.md)\n")
        #expect(conflicted != TUITestSupport.smallPlan)
        let fixture = try RuntimeFixture(conflicted)
        defer { fixture.folder.remove() }
        guard case let .markers(conflict) = fixture.runtime.state.mode else {
            Issue.record("the conflict is not offered when the plan opens")
            return
        }
        #expect(conflict.subject == "Tham mưu thành lập Ủy ban bầu cử tỉnh")
        fixture.press(.control("l"))
        #expect(fixture.terminal.screen.lines.contains { $0.contains("Bản kia (plan.md):") }, "\(fixture.terminal.screen.lines.joined(separator: "\n"))")
        fixture.press(.text("t"))
        #expect(try fixture.text() == TUITestSupport.smallPlan.replacing("id:BC1 lead:HC due:2021-02-07", with: "id:BC1 lead:HC due:2021-03-01"))
        #expect(fixture.runtime.state.mode == .browse)
        fixture.press(.text("u"))
        #expect(try fixture.text() == conflicted, "the choice is undone like any edit")
        guard case .markers = fixture.runtime.state.mode else {
            Issue.record("the conflict is not offered again after the undo")
            return
        }
        fixture.press(.escape)
        #expect(fixture.runtime.state.mode == .browse)
        #expect(fixture.terminal.screen.lines.last?.contains("Còn 1 xung đột trong tệp") == true)
        fixture.press(.text("j"))
        #expect(fixture.runtime.state.mode == .browse, "put off, it is not offered again")
    }

    @Test("a title changed on disk and a tick here on the same task are both kept, without a dialog")
    func outsideChangeSameTaskOtherPart() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        let theirs = fixture.original.replacingOccurrences(of: "Ủy ban bầu cử tỉnh  id:BC1", with: "Ủy ban bầu cử  id:BC1")
        try PlanStore().write(Array(theirs.utf8), to: fixture.path, expecting: nil)
        fixture.press(.text(" "))
        #expect(fixture.runtime.state.mode == .browse)
        #expect(try fixture.text().contains("- [x] Tham mưu thành lập Ủy ban bầu cử  id:BC1 lead:HC due:2021-02-07 done:2021-10-29\n"))
    }

    @Test("a saved tick wiped out by an editor's stale save is told of, naming the task, and L saves it again")
    func lostChangeToldAndSavedAgain() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text(" "))
        #expect(try fixture.text().contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1"))
        try PlanStore().write(Array(fixture.original.utf8), to: fixture.path, expecting: nil)
        fixture.press(.text("R"))
        let message = try #require(fixture.runtime.state.message)
        #expect(message.isError && message.text == "Vừa bị ghi đè trên đĩa: BC1 «Tham mưu thành lập Ủy ban bầu…»")
        fixture.press(.text("L"))
        #expect(fixture.terminal.screen.lines.last?.contains("bị ghi đè · L") == false, "no change waits once saved again")
        #expect(try fixture.text().contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07 done:2021-10-29"))
        fixture.press(.text("R"))
        #expect(fixture.runtime.state.message?.isError == false, "told once")
    }

    /// The officer goes on ticking without the file being read in between: the next save finds
    /// the stale copy on disk, merges its own tick there, and must say that the earlier one is gone.
    @Test("a tick wiped out by a stale save is told at the next save, which merged onto the stale copy; L saves it again")
    func lostChangeToldAtNextSave() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text(" "))
        try PlanStore().write(Array(fixture.original.utf8), to: fixture.path, expecting: nil)
        fixture.go(to: "KH2")
        fixture.press(.text(" "))
        let message = try #require(fixture.runtime.state.message)
        #expect(message.isError && message.text.hasPrefix("Vừa bị ghi đè trên đĩa: BC1 «"))
        #expect(try !fixture.text().contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1"))
        let reminder = "1 thay đổi bị ghi đè · L lưu lại  ? trợ giúp"
        fixture.press(.text("u"), .text("U"))
        #expect(fixture.terminal.screen.lines.last?.hasSuffix(reminder) == true,
                "a later message keeps the reminder: \(fixture.terminal.screen.lines.last ?? "")")
        fixture.press(.text("?"), .escape)
        #expect(fixture.runtime.state.message == nil)
        #expect(fixture.terminal.screen.lines.last?.hasSuffix(reminder) == true,
                "the help closed, the reminder stays: \(fixture.terminal.screen.lines.last ?? "")")
        fixture.press(.text("L"))
        let text = try fixture.text()
        #expect(text.contains("[x] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07 done:2021-10-29"))
        #expect(text.contains("[x] Tổng hợp ý kiến cử tri  id:KH2"))
        #expect(fixture.runtime.state.lostEdits.isEmpty)
    }

    @Test("an overwritten change that the officer makes again by hand no longer waits for L")
    func lostChangeRedoneByHand() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text(" "))
        try PlanStore().write(Array(fixture.original.utf8), to: fixture.path, expecting: nil)
        fixture.press(.text("R"))
        #expect(fixture.runtime.state.lostEdits.count == 1)
        fixture.press(.text(" "))
        #expect(fixture.runtime.state.lostEdits.isEmpty)
        #expect(fixture.runtime.state.message?.isError == false)
        fixture.press(.text("L"))
        #expect(fixture.runtime.state.message?.text == "Không có thay đổi nào bị ghi đè để lưu lại")
    }

    @Test("a change of this session undone or changed again here is not taken for one wiped out elsewhere")
    func ownChangesAreNotLost() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text(" "), .text(" "))
        fixture.go(to: "KH2")
        fixture.press(.text(" "), .text("u"))
        fixture.press(.text("R"))
        #expect(fixture.runtime.state.message?.isError == false)
        #expect(fixture.runtime.state.lostEdits.isEmpty)
    }

    @Test("a signal while a title is being typed saves the typed title and ends with 128 + the signal")
    func signalSavesPendingEdit() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "KH2")
        fixture.press(.text("e"), .control("u"))
        fixture.type("Tổng hợp ý kiến, kiến nghị cử tri")
        fixture.terminal.enqueueSignal(SIGTERM)
        #expect(fixture.runtime.run() == 128 + SIGTERM)
        #expect(try fixture.text().contains("- [!] Tổng hợp ý kiến, kiến nghị cử tri  id:KH2"))
    }

    @Test("a signal while a note is being typed saves every typed line")
    func signalSavesPendingNote() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.go(to: "BC1")
        fixture.press(.text("m"))
        fixture.type("Dòng một")
        fixture.press(.enter)
        fixture.type("Dòng hai")
        fixture.terminal.enqueueSignal(SIGHUP)
        #expect(fixture.runtime.run() == 128 + SIGHUP)
        #expect(try fixture.text().contains("id:BC1 lead:HC due:2021-02-07\n  Dòng một\n  Dòng hai\n"))
    }

    @Test("q ends the loop with status 0; a resize redraws at the new size")
    func quitAndResize() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.terminal.resize(to: TerminalSize(rows: 10, columns: 40))
        fixture.terminal.enqueue([.text("q")])
        #expect(fixture.runtime.run() == 0)
        #expect(fixture.terminal.screen.size == TerminalSize(rows: 10, columns: 40))
        #expect(fixture.terminal.screen.lines.last?.contains("trợ giúp") == true)
    }

    @Test("moving the selection down one row rewrites only a few cells")
    func smallRedraw() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        fixture.runtime.handle(.down)
        fixture.runtime.handle(.down)
        #expect(fixture.terminal.lastChangedCellCount < 24 * 80 / 2)
    }

    @Test("E opens the officer's editor at the task's line and reads the file again afterwards")
    func openEditor() throws {
        let fixture = try RuntimeFixture { folder in ["EDITOR": folder + "/editor --wait"] }
        defer { fixture.folder.remove() }
        let script = try fixture.folder.write("editor", """
            #!/bin/sh
            printf '%s %s %s' "$1" "$2" "$3" > "$(dirname "$0")/arguments"
            sed -i 's/In phiếu bầu/In phiếu bầu cử/' "$3"

            """)
        chmod(script, 0o755)
        fixture.go(to: "BC2")
        fixture.press(.text("E"))
        #expect(fixture.terminal.outsideRunCount == 1)
        let arguments = try fixture.folder.read(fixture.folder.path + "/arguments")
        #expect(arguments == "--wait +16 \(fixture.path)")
        #expect(fixture.runtime.state.plan.tasks[fixture.runtime.state.plan.taskIndex(id: "BC2") ?? 0].title == "In phiếu bầu cử")
        #expect(fixture.terminal.screen.lines.contains { $0.contains("In phiếu bầu cử") })
        #expect(fixture.terminal.screen.lines.last?.contains("Đã đọc lại tệp sau khi sửa") == true)
    }
}
