import Testing

@testable import WorkplanCore

/// `LineBlockEdit`: finding its lines, applying it, and undoing it byte for byte.
@Suite("Block edits")
struct BlockEditTests {
    static let sample = """
        # Kế hoạch công tác
        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH
          - [x] Dự thảo chương trình  id:KH1.1
            Ghi chú dự thảo.
          - [ ] Gửi giấy mời  id:KH1.2
        - [/] Việc không mã
        ## Nhiệm vụ thường xuyên
        - [ ] Tiếp công dân  id:TX1

        """

    @Test("the inverse swaps old and new and keeps the start and the task")
    func inverse() {
        let edit = LineBlockEdit(start: 3, old: ["a", "b"], new: ["c"], taskId: "KH1")
        #expect(edit.inverse == LineBlockEdit(start: 3, old: ["c"], new: ["a", "b"], taskId: "KH1"))
        #expect(edit.inverse.inverse == edit)
        #expect(!edit.changesNothing)
        #expect(LineBlockEdit(start: 0, old: ["x"], new: ["x"], taskId: nil).changesNothing)
    }

    @Test("edits compare bytes: NFC and NFD lines differ")
    func equalityIsBytewise() {
        let nfc = LineBlockEdit(start: 0, old: ["Chu\u{1EA9}n"], new: ["x"], taskId: nil)
        let nfd = LineBlockEdit(start: 0, old: ["Chua\u{0302}\u{0309}n"], new: ["x"], taskId: nil)
        #expect(nfc.old == nfd.old)
        #expect(nfc != nfd)
        #expect(LineBlockEdit(start: 0, old: ["x"], new: ["x"], taskId: "A") != LineBlockEdit(start: 0, old: ["x"], new: ["x"], taskId: nil))
    }

    @Test("a status change wrapped as a block edit undoes and redoes byte for byte")
    func wrapsLineChange() throws {
        let before = Plan(Self.sample)
        var plan = before
        let task = try index(plan, "KH1.2")
        let change = plan.setStatus(ofTask: task, to: .done, today: try date("2021-07-15"))
        let edit = LineBlockEdit(change, taskId: plan.tasks[task].id)
        #expect(edit == LineBlockEdit(start: 5, old: ["  - [ ] Gửi giấy mời  id:KH1.2"],
                                      new: ["  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"], taskId: "KH1.2"))
        expectBlockEdit(edit, from: before, to: plan)
    }

    @Test("an edit that gave a task an id undoes to the line without it, and the index follows")
    func idUndo() throws {
        let before = Plan(Self.sample)
        var plan = before
        let change = plan.setStatus(ofTask: 3, to: .inProgress, today: try date("2021-07-15"))
        let edit = LineBlockEdit(change, taskId: plan.tasks[3].id)
        #expect(edit.new == ["- [/] Việc không mã  id:T1"])
        expectBlockEdit(edit, from: before, to: plan)
        var undone = plan
        try undone.apply(edit.inverse)
        #expect(undone.taskIndex(id: "T1") == nil)
        expectConsistent(undone)
    }

    @Test("locate finds the lines at the start, else in their one other place, else nowhere")
    func locate() {
        let plan = Plan(Self.sample)
        let line = "- [/] Việc không mã"
        #expect(plan.locate(LineBlockEdit(start: 6, old: [line], new: [], taskId: nil)) == 6)
        #expect(plan.locate(LineBlockEdit(start: 1, old: [line], new: [], taskId: nil)) == 6)
        #expect(plan.locate(LineBlockEdit(start: 60, old: [line], new: [], taskId: nil)) == 6)
        #expect(plan.locate(LineBlockEdit(start: 6, old: [line + " "], new: [], taskId: nil)) == nil)
        let twice = Plan("- [ ] A\n\n- [ ] B\n\n")
        #expect(twice.locate(LineBlockEdit(start: 1, old: [""], new: [], taskId: nil)) == 1)
        #expect(twice.locate(LineBlockEdit(start: 0, old: [""], new: [], taskId: nil)) == nil)
        #expect(twice.locate(LineBlockEdit(start: 4, old: [""], new: [], taskId: nil)) == 4)
    }

    @Test("lines are found byte for byte: an NFD line is not its NFC form")
    func locateBytes() throws {
        var plan = Plan("- [ ] Chua\u{0302}\u{0309}n bi\u{0323}  id:A\n")
        let nfc = LineBlockEdit(start: 0, old: ["- [ ] Chu\u{1EA9}n b\u{1ECB}  id:A"], new: ["- [x] x  id:A"], taskId: "A")
        #expect(plan.locate(nfc) == nil)
        #expect(throws: EditError.linesChanged) { try plan.apply(nfc) }
        #expect(plan.string == "- [ ] Chua\u{0302}\u{0309}n bi\u{0323}  id:A\n")
    }

    @Test("apply relocates an edit whose lines moved, and returns where it went")
    func relocates() throws {
        let before = Plan(Self.sample)
        var plan = before
        let task = try index(plan, "TX1")
        let change = plan.setStatus(ofTask: task, to: .blocked, today: try date("2021-07-15"))
        let edit = LineBlockEdit(change, taskId: "TX1")
        var other = Plan("Dòng mới ở đầu tệp.\n" + Self.sample)
        let placed = try other.apply(edit)
        #expect(placed.start == edit.start + 1)
        #expect(other.string == "Dòng mới ở đầu tệp.\n" + plan.string)
        expectConsistent(other)
        try other.apply(placed.inverse)
        #expect(other.string == "Dòng mới ở đầu tệp.\n" + Self.sample)
    }

    @Test("an edit that changes nothing is found and leaves the plan as it is")
    func noChange() throws {
        var plan = Plan(Self.sample)
        let edit = LineBlockEdit(start: 0, old: ["# Kế hoạch công tác"], new: ["# Kế hoạch công tác"], taskId: nil)
        #expect(try plan.apply(edit) == edit)
        #expect(plan.string == Self.sample)
    }

    @Test("a one-line task edit is read back like the whole file would be")
    func fastPath() throws {
        var plan = Plan(Self.sample)
        try plan.apply(LineBlockEdit(start: 3, old: ["  - [x] Dự thảo chương trình  id:KH1.1"],
                                     new: ["  - [!] Dự thảo chương trình ref\\:A  id:KH1.9 due:2021-02-30"], taskId: "KH1.9"))
        #expect(plan.tasks[1].status == .blocked)
        #expect(plan.tasks[1].title == "Dự thảo chương trình ref:A")
        #expect(plan.taskIndex(id: "KH1.9") == 1)
        #expect(plan.taskIndex(id: "KH1.1") == nil)
        #expect(plan.problems.count == 1)
        #expect(plan.text.pieces.count > 1, "the line was rewritten in place, not the whole file")
        expectConsistent(plan)
        try plan.apply(LineBlockEdit(start: 5, old: ["  - [ ] Gửi giấy mời  id:KH1.2"],
                                     new: ["      - [ ] Gửi giấy mời  id:KH1.2"], taskId: "KH1.2"))
        #expect(plan.tasks[2].parent == 1)
        expectConsistent(plan)
    }

    @Test("CRLF lines stay CRLF, a missing final line ending stays missing, the byte order mark stays")
    func endings() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# KH\r\n- [ ] A  id:A\r\n- [ ] B  id:B".utf8)
        let before = Plan(bytes: bytes)
        var plan = before
        let edit = LineBlockEdit(start: 2, old: ["- [ ] B  id:B"], new: ["- [ ] B  id:B", "- [ ] C  id:C"], taskId: "C")
        try plan.apply(edit)
        #expect(plan.bytes == [0xEF, 0xBB, 0xBF] + Array("# KH\r\n- [ ] A  id:A\r\n- [ ] B  id:B\r\n- [ ] C  id:C".utf8))
        expectBlockEdit(edit, from: before, to: plan)
        var swapped = before
        let swap = LineBlockEdit(start: 1, old: ["- [ ] A  id:A", "- [ ] B  id:B"], new: ["- [ ] B  id:B", "- [ ] A  id:A"], taskId: "A")
        try swapped.apply(swap)
        #expect(swapped.bytes == [0xEF, 0xBB, 0xBF] + Array("# KH\r\n- [ ] B  id:B\r\n- [ ] A  id:A".utf8))
        expectBlockEdit(swap, from: before, to: swapped)
    }

    @Test("in a file with mixed endings, the lines an edit keeps keep their own endings")
    func mixedEndings() throws {
        var plan = Plan("a\r\nb\nc\r\n")
        try plan.apply(LineBlockEdit(start: 0, old: ["a", "b"], new: ["a", "x", "b"], taskId: nil))
        #expect(plan.string == "a\r\nx\r\nb\nc\r\n")
    }

    @Test("an empty file takes its first task and gives it back; deleting every line leaves one empty line")
    func emptyFile() throws {
        let before = Plan("")
        var plan = before
        let added = try plan.addTask(title: "Việc đầu tiên", inTrack: 0)
        #expect(plan.string == "- [ ] Việc đầu tiên  id:T1\n")
        #expect(added.edit == LineBlockEdit(start: 0, old: [""], new: ["- [ ] Việc đầu tiên  id:T1", ""], taskId: "T1"))
        expectBlockEdit(added.edit, from: before, to: plan)
        let deleted = plan.deleteTask(added.index)
        #expect(plan.string == "\n")
        #expect(deleted.index == nil)
        #expect(deleted.edit == LineBlockEdit(start: 0, old: ["- [ ] Việc đầu tiên  id:T1"], new: [""], taskId: "T1"))
        expectBlockEdit(deleted.edit, from: Plan("- [ ] Việc đầu tiên  id:T1\n"), to: plan)
        var crlf = Plan("- [ ] Việc  id:A\r\n")
        let edit = crlf.deleteTask(0).edit
        #expect(crlf.string == "\r\n")
        expectBlockEdit(edit, from: Plan("- [ ] Việc  id:A\r\n"), to: crlf)
    }

    @Test("deleting the only line of a file without a final line ending leaves it empty, and undo gives the line back")
    func onlyLineWithoutEnding() throws {
        let before = Plan("- [ ] Việc  id:A")
        var plan = before
        let deleted = plan.deleteTask(0)
        #expect(plan.bytes.isEmpty)
        #expect(deleted.edit == LineBlockEdit(start: 0, old: ["- [ ] Việc  id:A"], new: [""], taskId: "A"))
        expectBlockEdit(deleted.edit, from: before, to: plan)
    }
}

// MARK: Checks shared by the edit tests

/// Checks that `edit` describes exactly how `before` became `after`: the lines before and after
/// its block keep their bytes and endings, the block holds `old` before and `new` after, the plan
/// in memory is the plan its bytes read as, and applying the inverse gives back `before` byte for
/// byte (and applying the edit again gives `after`).
func expectBlockEdit(_ edit: LineBlockEdit, from before: Plan, to after: Plan,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    let old = before.lineBytes
    let new = after.lineBytes
    let oldEnd = edit.start + edit.old.count
    let newEnd = edit.start + edit.new.count
    #expect(Array(old.prefix(edit.start)) == Array(new.prefix(edit.start)), "lines before the block", sourceLocation: sourceLocation)
    #expect(Array(old.dropFirst(oldEnd)) == Array(new.dropFirst(newEnd)), "lines after the block", sourceLocation: sourceLocation)
    #expect(LineBlockEdit.same(edit.old, (edit.start..<oldEnd).map(before.editString)), "old lines", sourceLocation: sourceLocation)
    #expect(LineBlockEdit.same(edit.new, (edit.start..<newEnd).map(after.editString)), "new lines", sourceLocation: sourceLocation)
    #expect(after.text.hasByteOrderMark == before.text.hasByteOrderMark, sourceLocation: sourceLocation)
    expectConsistent(after, sourceLocation: sourceLocation)
    var undone = after
    do {
        let placed = try undone.apply(edit.inverse)
        #expect(placed.start == edit.start, sourceLocation: sourceLocation)
        #expect(undone.bytes == before.bytes, "undo gives back the bytes", sourceLocation: sourceLocation)
        expectConsistent(undone, sourceLocation: sourceLocation)
        try undone.apply(edit)
        #expect(undone.bytes == after.bytes, "redo gives the edit's bytes again", sourceLocation: sourceLocation)
    } catch {
        Issue.record("undo or redo failed: \(error)", sourceLocation: sourceLocation)
    }
}

/// Checks that the plan in memory is the plan its bytes read as.
func expectConsistent(_ plan: Plan, sourceLocation: SourceLocation = #_sourceLocation) {
    let reread = Plan(bytes: plan.bytes)
    #expect(plan.problems == reread.problems, sourceLocation: sourceLocation)
    #expect(plan.treeOutline == reread.treeOutline, sourceLocation: sourceLocation)
    #expect(plan.tasks.map(\.noteLines) == reread.tasks.map(\.noteLines), sourceLocation: sourceLocation)
    #expect(plan.tasks.map(\.fields) == reread.tasks.map(\.fields), sourceLocation: sourceLocation)
    #expect(plan.tasks.map(\.line) == reread.tasks.map(\.line), sourceLocation: sourceLocation)
    for task in reread.tasks {
        guard let id = task.id else { continue }
        #expect(plan.taskIndex(id: id) == reread.taskIndex(id: id), "id \(id)", sourceLocation: sourceLocation)
    }
}

extension Plan {
    /// The tree as text: per task, two spaces per level, the status mark and the title, and
    /// per track its title.
    var treeOutline: [String] {
        var lines: [String] = []
        for track in tracks {
            lines.append("## " + track.title)
            for index in track.tasks {
                let task = tasks[index]
                lines.append(String(repeating: "  ", count: task.depth) + "[\(task.mark)] " + task.title)
            }
        }
        return lines
    }
}
