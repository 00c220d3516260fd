import PropertyBased
import Testing

@testable import WorkplanCore

/// Structural edits: notes, adding, deleting, moving, indenting and outdenting tasks. Each
/// must give the tree the user expects, keep every other line's bytes, and undo exactly.
@Suite("Structure editing")
struct StructureEditingTests {
    static let sample = """
        # Kế hoạch công tác 2021
        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH
          Ghi chú của kỳ họp.
          - [x] Dự thảo chương trình  id:KH1.1
            Ghi chú dự thảo.
          - [ ] Gửi giấy mời  id:KH1.2
          - [/] Chuẩn bị hội trường  id:KH1.3
        - [/] Việc không mã
        Đoạn văn tự do ở lề.
        - [ ] Việc cuối mảng  id:T1
        ## Nhiệm vụ thường xuyên
        - [ ] Tiếp công dân  id:TX1

        """

    /// The sample with CRLF line endings.
    static var crlfSample: String { sample.replacing("\n", with: "\r\n") }

    /// Runs an edit on a copy of `text`, checks the edit against the bytes, and returns the plan.
    func edited(_ text: String, sourceLocation: SourceLocation = #_sourceLocation,
                _ body: (inout Plan) throws -> LineBlockEdit) throws -> Plan {
        let before = Plan(text)
        var plan = before
        let edit = try body(&plan)
        expectBlockEdit(edit, from: before, to: plan, sourceLocation: sourceLocation)
        return plan
    }

    // MARK: Notes

    @Test("a note goes right under the task's line, two spaces deeper, before its subtasks")
    func addNote() throws {
        var selected = -1
        let plan = try edited(Self.sample) { plan in
            let edit = try plan.setNote(ofTask: 2, to: "Đã gửi 40/45 giấy mời.\nCòn 5 đại biểu.")
            selected = try index(plan, "KH1.2")
            return edit
        }
        #expect(plan.text.string(7) == "    Đã gửi 40/45 giấy mời.")
        #expect(plan.text.string(8) == "    Còn 5 đại biểu.")
        #expect(plan.note(of: selected) == "Đã gửi 40/45 giấy mời.\nCòn 5 đại biểu.")
        #expect(plan.treeOutline == Plan(Self.sample).treeOutline)
    }

    @Test("a new note replaces the old one with its indentation; the subtasks stay")
    func replaceNote() throws {
        let plan = try edited(Self.sample) { try $0.setNote(ofTask: 0, to: "Hai dòng\n\nsau dòng trống\n") }
        #expect(plan.string.contains("id:KH1 lead:TH\n  Hai dòng\n\n  sau dòng trống\n  - [x] Dự thảo"))
        #expect(plan.note(of: 0) == "Hai dòng\n\nsau dòng trống")
        #expect(plan.children(of: 0).map { plan.tasks[$0].id } == ["KH1.1", "KH1.2", "KH1.3"])
        let deep = try edited("- [ ] A  id:A\n    ghi chú cũ\n      thụt thêm\n") { try $0.setNote(ofTask: 0, to: "mới\n  thụt") }
        #expect(deep.string == "- [ ] A  id:A\n    mới\n      thụt\n")
    }

    @Test("an empty note removes the note's lines")
    func removeNote() throws {
        let plan = try edited(Self.sample) { plan in
            let edit = try plan.setNote(ofTask: 1, to: "  \n")
            #expect(edit == LineBlockEdit(start: 4, old: ["  - [x] Dự thảo chương trình  id:KH1.1", "    Ghi chú dự thảo."],
                                          new: ["  - [x] Dự thảo chương trình  id:KH1.1"], taskId: "KH1.1"))
            return edit
        }
        #expect(plan.note(of: 1).isEmpty)
        #expect(plan.taskCount == 7)
    }

    @Test("a task without an id gets one with its note; a note before free text at the margin stays a note")
    func noteOnTaskWithoutId() throws {
        let plan = try edited(Self.sample) { plan in
            let edit = try plan.setNote(ofTask: 4, to: "Chua\u{0302}\u{0309}n bi\u{0323} sớm.")
            #expect(edit.taskId == "T2")
            return edit
        }
        #expect(plan.text.string(8) == "- [/] Việc không mã  id:T2")
        #expect(Array(plan.text.content(9)) == Array("  Chu\u{1EA9}n b\u{1ECB} sớm.".utf8))
        #expect(plan.text.string(10) == "Đoạn văn tự do ở lề.")
        #expect(plan.note(of: 4) == "Chuẩn bị sớm.")
    }

    @Test("a note indented under a task with tabs, in a CRLF file")
    func noteTabsCRLF() throws {
        let plan = try edited("- [ ] A  id:A\r\n\t- [ ] B  id:B\r\n") { try $0.setNote(ofTask: 1, to: "ghi chú") }
        #expect(plan.string == "- [ ] A  id:A\r\n\t- [ ] B  id:B\r\n\t  ghi chú\r\n")
    }

    @Test("setting the note a task already has changes nothing")
    func sameNote() throws {
        var plan = Plan(Self.sample)
        let edit = try plan.setNote(ofTask: 1, to: plan.note(of: 1))
        #expect(edit.changesNothing)
        #expect(plan.string == Self.sample)
    }

    @Test("a note that would read as a task or open a code block is refused", arguments: [
        ("Việc\n- [ ] con", EditError.noteLooksLikeTask(line: "- [ ] con")),
        ("* [x] xong", EditError.noteLooksLikeTask(line: "* [x] xong")),
        ("```\n- [ ] trong khối mã\n```", EditError.noteLooksLikeTask(line: "- [ ] trong khối mã")),
        ("```\nmã", EditError.noteOpensCodeBlock),
        ("~~~\nmã\n```", EditError.noteOpensCodeBlock),
    ])
    func refusedNote(note: String, error: EditError) {
        var plan = Plan(Self.sample)
        #expect(throws: error) { try plan.setNote(ofTask: 2, to: note) }
        #expect(plan.string == Self.sample)
    }

    @Test("a note may hold a closed code block, a list without checkboxes and a heading sign")
    func plainNote() throws {
        let note = "```\nlet a = 1\n```\n- một ý\n## không phải mảng"
        let plan = try edited(Self.sample) { try $0.setNote(ofTask: 2, to: note) }
        #expect(plan.note(of: 2) == note)
        #expect(plan.treeOutline == Plan(Self.sample).treeOutline)
    }

    @Test("the messages of the new edit errors exist in both languages")
    func messages() {
        let errors: [EditError] = [.linesChanged, .noSiblingBefore, .noSiblingAfter, .cannotIndent, .cannotOutdent,
                                   .noteLooksLikeTask(line: "- [ ] x"), .noteOpensCodeBlock, .wouldDisturbOtherTasks]
        for error in errors {
            #expect(!error.message(.vi).isEmpty)
            #expect(!error.message(.en).isEmpty)
            #expect(error.message(.vi) != error.message(.en))
        }
    }

    // MARK: Adding

    @Test("a task added after another goes after its subtree and notes, as its sibling")
    func addAfter() throws {
        var added = -1
        let plan = try edited(Self.sample) { plan in
            let result = try plan.addTask(title: "  Họp  báo\tsau kỳ họp ", fields: [Field(key: "due", value: "2021-07-20")], after: 0)
            added = result.index
            return result.edit
        }
        #expect(plan.text.string(8) == "- [ ] Họp  báo sau kỳ họp  id:T2 due:2021-07-20")
        #expect(added == 4)
        #expect(plan.tasks[added].parent == nil)
        #expect(plan.children(of: 0).count == 3)
        let child = try edited(Self.sample) { try $0.addTask(title: "Việc con", after: 1).edit }
        #expect(child.text.string(6) == "  - [ ] Việc con  id:KH1.4")
        #expect(child.tasks[2].parent == 0)
    }

    @Test("a task added after one whose next line is free text goes before the text; bullets are kept")
    func addBeforeFreeText() throws {
        let plan = try edited(Self.sample) { try $0.addTask(title: "Mới", after: 4).edit }
        #expect(plan.text.string(9) == "- [ ] Mới  id:T2")
        #expect(plan.text.string(10) == "Đoạn văn tự do ở lề.")
        let starred = try edited("* [ ] A  id:A\n") { try $0.addTask(title: "B", after: 0).edit }
        #expect(starred.string == "* [ ] A  id:A\n* [ ] B  id:T1\n")
    }

    @Test("adding refuses an empty title, a bad field and a taken id, and changes nothing")
    func addRefused() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.emptyTitle) { try plan.addTask(title: " \n", after: 0) }
        #expect(throws: EditError.invalidValue(key: "due", value: "2021-02-30")) {
            try plan.addSubtask(title: "X", fields: [Field(key: "due", value: "2021-02-30")], under: 0)
        }
        #expect(throws: EditError.duplicateId(id: "KH1", line: 3)) {
            try plan.addTask(title: "X", fields: [Field(key: "id", value: "KH1")], inTrack: 0)
        }
        #expect(plan.string == Self.sample)
    }

    @Test("a subtask goes last under its parent, indented like its siblings or one step deeper")
    func addSubtask() throws {
        var added = -1
        let plan = try edited(Self.sample) { plan in
            let result = try plan.addSubtask(title: "Mời báo chí", under: 0)
            added = result.index
            return result.edit
        }
        #expect(plan.text.string(8) == "  - [ ] Mời báo chí  id:KH1.4")
        #expect(plan.tasks[added].parent == 0)
        #expect(added == 4)
        let deeper = try edited(Self.sample) { try $0.addSubtask(title: "Danh sách", under: 2).edit }
        #expect(deeper.text.string(7) == "    - [ ] Danh sách  id:KH1.2.1")
        #expect(deeper.tasks[3].parent == 2)
        let tabs = try edited("- [ ] A  id:A\n\t- [ ] B  id:A.1\n- [ ] C  id:C\n") { try $0.addSubtask(title: "D", under: 2).edit }
        #expect(tabs.string == "- [ ] A  id:A\n\t- [ ] B  id:A.1\n- [ ] C  id:C\n\t- [ ] D  id:C.1\n")
    }

    @Test("a task added to a track goes after its last task")
    func addToTrack() throws {
        let first = try edited(Self.sample) { try $0.addTask(title: "Cuối mảng", inTrack: 0).edit }
        #expect(first.text.string(11) == "- [ ] Cuối mảng  id:T2")
        #expect(first.tracks[0].tasks.count == 7)
        let second = try edited(Self.sample) { try $0.addTask(title: "Cuối tệp", inTrack: 1).edit }
        #expect(second.string.hasSuffix("- [ ] Tiếp công dân  id:TX1\n- [ ] Cuối tệp  id:T2\n"))
        let noEnding = try edited("## M\n- [ ] A  id:A") { try $0.addTask(title: "B", inTrack: 0).edit }
        #expect(noEnding.string == "## M\n- [ ] A  id:A\n- [ ] B  id:T1")
    }

    @Test("a task added to an empty track goes under its heading; a plan without tracks gets it at the end")
    func addToEmptyTrack() throws {
        let empty = try edited("# KH\n## Mảng trống\nMô tả.\n## Khác\n- [ ] A  id:A\n") { try $0.addTask(title: "B", inTrack: 0).edit }
        #expect(empty.string == "# KH\n## Mảng trống\n- [ ] B  id:T1\nMô tả.\n## Khác\n- [ ] A  id:A\n")
        #expect(empty.tracks[0].tasks == 0..<1)
        let none = try edited("# KH\nVăn bản.\n") { try $0.addTask(title: "B", inTrack: 0).edit }
        #expect(none.string == "# KH\nVăn bản.\n- [ ] B  id:T1\n")
        let units = try edited("# KH\n## Đơn vị\n- TH: Phòng Tổng hợp\n") { try $0.addTask(title: "B", inTrack: 0).edit }
        #expect(units.string == "# KH\n- [ ] B  id:T1\n## Đơn vị\n- TH: Phòng Tổng hợp\n")
        #expect(units.taskCount == 1)
    }

    // MARK: Deleting

    @Test("deleting selects the next sibling, else the previous one, else the parent, else nothing")
    func deleteSelection() throws {
        var plan = Plan(Self.sample)
        let before = plan
        let next = plan.deleteTask(2)
        expectBlockEdit(next.edit, from: before, to: plan)
        #expect(next.index.map { plan.tasks[$0].id } == "KH1.3")
        #expect(next.edit == LineBlockEdit(start: 5, old: ["    Ghi chú dự thảo.", "  - [ ] Gửi giấy mời  id:KH1.2"],
                                           new: ["    Ghi chú dự thảo."], taskId: "KH1.2"))
        var last = Plan(Self.sample)
        #expect(last.deleteTask(3).index.map { last.tasks[$0].id } == "KH1.2")
        var only = Plan("- [ ] A  id:A\n  - [ ] B  id:B\n")
        #expect(only.deleteTask(1).index == 0)
        var alone = Plan(Self.sample)
        #expect(alone.deleteTask(6).index == nil)
        #expect(alone.string.hasSuffix("## Nhiệm vụ thường xuyên\n"))
    }

    @Test("deleting a task takes its subtree and notes; the first line of a file anchors to the line after it")
    func deleteSubtree() throws {
        var selected: Int?
        let plan = try edited(Self.sample) { plan in
            let result = plan.deleteTask(0)
            selected = result.index
            return result.edit
        }
        #expect(plan.string == "# Kế hoạch công tác 2021\n## Chuẩn bị kỳ họp\n- [/] Việc không mã\nĐoạn văn tự do ở lề.\n"
            + "- [ ] Việc cuối mảng  id:T1\n## Nhiệm vụ thường xuyên\n- [ ] Tiếp công dân  id:TX1\n")
        #expect(selected == 0)
        let top = try edited("- [ ] A  id:A\n  ghi chú\n- [ ] B  id:B\n") { plan in
            let edit = plan.deleteTask(0).edit
            #expect(edit == LineBlockEdit(start: 0, old: ["- [ ] A  id:A", "  ghi chú", "- [ ] B  id:B"], new: ["- [ ] B  id:B"], taskId: "A"))
            return edit
        }
        #expect(top.string == "- [ ] B  id:B\n")
    }

    // MARK: Moving

    @Test("moving swaps whole subtrees with the previous or next sibling")
    func moveSiblings() throws {
        var selected = -1
        let up = try edited(Self.sample) { plan in
            let result = try plan.moveTask(2, by: -1)
            selected = result.index
            return result.edit
        }
        #expect(up.string.contains("  - [ ] Gửi giấy mời  id:KH1.2\n  - [x] Dự thảo chương trình  id:KH1.1\n    Ghi chú dự thảo.\n  - [/]"))
        #expect(up.tasks[selected].id == "KH1.2")
        #expect(selected == 1)
        let down = try edited(Self.sample) { try $0.moveTask(1, by: 1).edit }
        #expect(down.string == up.string)
        let far = try edited(Self.sample) { try $0.moveTask(1, by: 2).edit }
        #expect(far.children(of: 0).map { far.tasks[$0].id } == ["KH1.2", "KH1.3", "KH1.1"])
        #expect(far.note(of: 3) == "Ghi chú dự thảo.")
    }

    @Test("moving a task with its subtree, past free text that stays in place, gives it an id")
    func moveTopLevel() throws {
        let down = try edited(Self.sample) { plan in
            let result = try plan.moveTask(4, by: 1)
            #expect(result.index == 5)
            #expect(result.edit.taskId == "T2")
            return result.edit
        }
        #expect(down.string.contains("- [ ] Việc cuối mảng  id:T1\nĐoạn văn tự do ở lề.\n- [/] Việc không mã  id:T2\n## Nhiệm vụ"))
        let block = try edited(Self.sample) { plan in
            let result = try plan.moveTask(0, by: 1)
            #expect(result.index == 1)
            return result.edit
        }
        #expect(block.treeOutline[1] == "[/] Việc không mã")
        #expect(block.children(of: 1).count == 3)
        #expect(block.note(of: 1) == "Ghi chú của kỳ họp.")
    }

    @Test("a task cannot move past the first or last of its siblings, nor into another track")
    func moveRefused() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.noSiblingBefore) { try plan.moveTask(1, by: -1) }
        #expect(throws: EditError.noSiblingAfter) { try plan.moveTask(3, by: 1) }
        #expect(throws: EditError.noSiblingAfter) { try plan.moveTask(5, by: 1) }
        #expect(throws: EditError.noSiblingBefore) { try plan.moveTask(6, by: -1) }
        #expect(plan.string == Self.sample)
    }

    // MARK: Indenting

    @Test("indenting makes a task the last subtask of its previous sibling")
    func indent() throws {
        let under = try edited(Self.sample) { plan in
            let result = try plan.indentTask(2)
            #expect(result.index == 2)
            return result.edit
        }
        #expect(under.text.string(6) == "    - [ ] Gửi giấy mời  id:KH1.2")
        #expect(under.tasks[2].parent == 1)
        #expect(under.tasks[3].parent == 0)
        let aligned = try edited(Self.sample) { plan in
            let result = try plan.indentTask(4)
            #expect(result.edit.taskId == "KH1.4")
            return result.edit
        }
        #expect(aligned.text.string(8) == "  - [/] Việc không mã  id:KH1.4")
        #expect(aligned.tasks[4].parent == 0)
    }

    @Test("indenting takes the subtree and notes along, with spaces or tabs")
    func indentSubtree() throws {
        let spaces = try edited("- [ ] A  id:A\n- [ ] B  id:B\n  Ghi chú B.\n  - [ ] B1  id:B1\n") { try $0.indentTask(1).edit }
        #expect(spaces.string == "- [ ] A  id:A\n  - [ ] B  id:B\n    Ghi chú B.\n    - [ ] B1  id:B1\n")
        #expect(spaces.tasks[2].parent == 1)
        let tabs = try edited("- [ ] A  id:A\n\t- [ ] A1  id:A1\n- [ ] B  id:B\n\t- [ ] B1  id:B1\r\n") { try $0.indentTask(2).edit }
        #expect(tabs.string == "- [ ] A  id:A\n\t- [ ] A1  id:A1\n\t- [ ] B  id:B\n\t\t- [ ] B1  id:B1\r\n")
        #expect(tabs.children(of: 0) == [1, 2])
    }

    @Test("a first sibling cannot be indented, nor a task after free text at the margin")
    func indentRefused() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.cannotIndent) { try plan.indentTask(1) }
        #expect(throws: EditError.cannotIndent) { try plan.indentTask(0) }
        #expect(throws: EditError.wouldDisturbOtherTasks) { try plan.indentTask(5) }
        #expect(plan.string == Self.sample)
    }

    // MARK: Outdenting

    @Test("outdenting places a task after its parent's subtree; later siblings stay with the parent")
    func outdent() throws {
        let plan = try edited(Self.sample) { plan in
            let result = try plan.outdentTask(2)
            #expect(result.index == 3)
            return result.edit
        }
        #expect(plan.text.string(6) == "  - [/] Chuẩn bị hội trường  id:KH1.3")
        #expect(plan.text.string(7) == "- [ ] Gửi giấy mời  id:KH1.2")
        #expect(plan.children(of: 0).map { plan.tasks[$0].id } == ["KH1.1", "KH1.3"])
        #expect(plan.tasks[3].parent == nil)
        var top = Plan(Self.sample)
        #expect(throws: EditError.cannotOutdent) { try top.outdentTask(0) }
    }

    @Test("outdenting takes the subtree and notes along, with tabs")
    func outdentTabs() throws {
        let text = "- [ ] A  id:A\n\t- [ ] A1  id:A1\n\t\tGhi chú A1.\n\t\t- [ ] A1a  id:A1a\n\t- [ ] A2  id:A2\n"
        let plan = try edited(text) { try $0.outdentTask(1).edit }
        #expect(plan.string == "- [ ] A  id:A\n\t- [ ] A2  id:A2\n- [ ] A1  id:A1\n\tGhi chú A1.\n\t- [ ] A1a  id:A1a\n")
        #expect(plan.tasks[3].parent == 2)
        #expect(plan.note(of: 2) == "Ghi chú A1.")
    }

    // MARK: CRLF

    /// One structural edit, for running each on the LF and the CRLF sample.
    enum Operation: String, CaseIterable, Sendable {
        case note, removeNote, addAfter, addSubtask, addToTrack, delete, moveUp, moveDown, indent, outdent

        func run(_ plan: inout Plan) throws -> LineBlockEdit {
            switch self {
            case .note: try plan.setNote(ofTask: 4, to: "một\n\nhai")
            case .removeNote: try plan.setNote(ofTask: 0, to: "")
            case .addAfter: try plan.addTask(title: "Sau", after: 1).edit
            case .addSubtask: try plan.addSubtask(title: "Con", under: 3).edit
            case .addToTrack: try plan.addTask(title: "Cuối", inTrack: 1).edit
            case .delete: plan.deleteTask(1).edit
            case .moveUp: try plan.moveTask(5, by: -1).edit
            case .moveDown: try plan.moveTask(0, by: 1).edit
            case .indent: try plan.indentTask(3).edit
            case .outdent: try plan.outdentTask(1).edit
            }
        }
    }

    @Test("every edit keeps a CRLF file CRLF and undoes byte for byte", arguments: Operation.allCases)
    func crlf(operation: Operation) throws {
        let lf = try edited(Self.sample) { try operation.run(&$0) }
        let crlf = try edited(Self.crlfSample) { try operation.run(&$0) }
        #expect(crlf.string == lf.string.replacing("\n", with: "\r\n"))
        #expect(crlf.treeOutline == lf.treeOutline)
    }
}

/// One structural edit decoded from a seed, for generated plans.
enum SampleStructureEdit: CustomStringConvertible {
    case note(task: Int, String)
    case addAfter(task: Int)
    case addSubtask(task: Int)
    case addToTrack(track: Int)
    case delete(task: Int)
    case move(task: Int, by: Int)
    case indent(task: Int)
    case outdent(task: Int)

    init(seed: Int, plan: Plan) {
        var dice = Dice(seed)
        let task = dice.below(max(plan.taskCount, 1))
        switch plan.taskCount == 0 ? 3 : dice.below(8) {
        case 0: self = .note(task: task, dice.pick(["", "Ghi chú.", "Một\n\n  hai", "Chua\u{0302}\u{0309}n bi\u{0323}\nxong"]))
        case 1: self = .addAfter(task: task)
        case 2: self = .addSubtask(task: task)
        case 3: self = .addToTrack(track: dice.below(max(plan.tracks.count, 1)))
        case 4: self = .delete(task: task)
        case 5: self = .move(task: task, by: dice.pick([-1, 1]))
        case 6: self = .indent(task: task)
        default: self = .outdent(task: task)
        }
    }

    var description: String {
        switch self {
        case let .note(task, note): "note(\(task), \(note.debugDescription))"
        case let .addAfter(task): "addAfter(\(task))"
        case let .addSubtask(task): "addSubtask(\(task))"
        case let .addToTrack(track): "addToTrack(\(track))"
        case let .delete(task): "delete(\(task))"
        case let .move(task, offset): "move(\(task), \(offset))"
        case let .indent(task): "indent(\(task))"
        case let .outdent(task): "outdent(\(task))"
        }
    }

    /// Applies the edit and checks the tree it leaves against the plan before it.
    func apply(to plan: inout Plan) throws -> LineBlockEdit {
        let before = plan
        let titles = before.tasks.map(\.title)
        switch self {
        case let .note(task, note):
            let edit = try plan.setNote(ofTask: task, to: note)
            #expect(plan.note(of: task) == NoteText.lines(note).joined(separator: "\n"))
            #expect(plan.tasks.map(\.title) == titles)
            return edit
        case let .addAfter(task):
            let (index, edit) = try plan.addTask(title: "Mới", after: task)
            #expect(plan.tasks[index].parent == before.tasks[task].parent)
            #expect(index == task + before.tasks[task].descendantCount + 1)
            var expected = titles
            expected.insert("Mới", at: index)
            #expect(plan.tasks.map(\.title) == expected)
            return edit
        case let .addSubtask(task):
            let (index, edit) = try plan.addSubtask(title: "Con", under: task)
            #expect(plan.tasks[index].parent == task)
            #expect(index == task + before.tasks[task].descendantCount + 1)
            return edit
        case let .addToTrack(track):
            let (index, edit) = try plan.addTask(title: "Cuối", inTrack: track)
            #expect(plan.tasks[index].parent == nil)
            #expect(plan.tasks[index].track == (before.tracks.isEmpty ? 0 : track))
            #expect(plan.tasks[index].title == "Cuối")
            #expect(plan.taskCount == titles.count + 1)
            return edit
        case let .delete(task):
            let subtree = before.tasks[task].subtree(at: task)
            let edit = plan.deleteTask(task).edit
            #expect(plan.tasks.map(\.title) == Array(titles[..<subtree.lowerBound] + titles[subtree.upperBound...]))
            return edit
        case let .move(task, offset):
            let (index, edit) = try plan.moveTask(task, by: offset)
            #expect(plan.tasks[index].title == titles[task])
            #expect(plan.tasks.map(\.title).sorted() == titles.sorted())
            return edit
        case let .indent(task):
            let (index, edit) = try plan.indentTask(task)
            #expect(index == task)
            #expect(plan.tasks[task].depth == before.tasks[task].depth + 1)
            #expect(plan.tasks.map(\.title) == titles)
            return edit
        case let .outdent(task):
            let (index, edit) = try plan.outdentTask(task)
            #expect(plan.tasks[index].title == titles[task])
            #expect(plan.tasks[index].depth == before.tasks[task].depth - 1)
            return edit
        }
    }
}

@Suite("Structure editing properties")
struct StructureEditingProperties {
    @Test("on generated plans, structural edits keep other lines, read back as in memory, and undo exactly")
    func generated() async {
        await propertyCheck(count: 150, input: PropertyTests.lineSeeds, PropertyTests.shapeSeed, PropertyTests.editSeeds) { lines, shape, seeds in
            let sample = PlanSample(lines: lines, shape: shape)
            var plan = Plan(bytes: sample.bytes)
            var applied: [SampleStructureEdit] = []
            for seed in seeds {
                let edit = SampleStructureEdit(seed: seed, plan: plan)
                applied.append(edit)
                let before = plan
                do {
                    let block = try edit.apply(to: &plan)
                    // Undo is exact when the lines end alike, unless the edit left no line ending
                    // at all in a CRLF file (the file then no longer tells which ending it used).
                    let endings = (before: before.crlfEndings, after: plan.crlfEndings)
                    if endings.before.union(endings.after).count <= 1, !(endings.after.isEmpty && endings.before == [true]) {
                        expectBlockEdit(block, from: before, to: plan)
                    } else {
                        expectConsistent(plan)
                        var undone = plan
                        try undone.apply(block.inverse)
                        #expect(undone.editLineContents == before.editLineContents, "\(sample)\n\(applied)")
                    }
                } catch let error as EditError {
                    #expect(plan.bytes == before.bytes, "\(error) changed the plan\n\(sample)\n\(applied)")
                }
            }
        }
    }
}

extension Plan {
    /// For each kind of line ending the file has, whether it is CRLF.
    var crlfEndings: Set<Bool> {
        Set((0..<text.lineCount).compactMap { text.ending($0) == .none ? nil : text.ending($0) == .crlf })
    }

    /// Every line's bytes without its ending.
    var editLineContents: [[UInt8]] {
        (0..<text.lineCount).map { Array(text.content($0)) }
    }
}
