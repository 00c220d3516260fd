import Foundation
import Testing

@testable import WorkplanCore

/// `PlanFile.perform`, `apply`, `resolve` and `reloadIfChanged`: saving edits when someone else
/// changes the file meanwhile, each test in a fresh folder.
@Suite("Plan file conflicts")
struct PlanFileConflictTests {
    static let sample = """
        # Kế hoạch công tác 2021
        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH
          - [ ] Dự thảo chương trình  id:KH1.1
          - [ ] Gửi giấy mời  id:KH1.2
        ## Nhiệm vụ thường xuyên
        - [ ] Tiếp công dân  id:TX1

        """

    let store = PlanStore()

    /// Runs `body` with the path of a plan file holding `text`, in a folder removed afterwards.
    func withPlanFile(_ text: String, _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workplan-conflict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.md").path
        try store.write(Array(text.utf8), to: path, expecting: nil)
        try body(path)
    }

    /// The file's contents as text.
    func disk(_ path: String) throws -> String {
        String(decoding: try store.read(path).bytes, as: UTF8.self)
    }

    /// Someone else rewrites the file: `text` with one line replaced.
    func changeElsewhere(_ path: String, replacing old: String, with new: String) throws {
        let text = try disk(path)
        #expect(text.contains(old))
        try store.write(Array(text.replacing(old, with: new).utf8), to: path, expecting: nil)
    }

    /// The operation that marks a task done on 2021-07-15.
    func done(_ id: String) throws -> (inout Plan) throws(EditError) -> LineBlockEdit {
        let today = try date("2021-07-15")
        return { (plan: inout Plan) throws(EditError) in
            guard let task = plan.taskIndex(id: id) else { throw .unknownTask(id: id) }
            let change = plan.setStatus(ofTask: task, to: .done, today: today)
            return LineBlockEdit(change, taskId: id)
        }
    }

    @Test("perform saves the edit, and undo and redo go through apply")
    func performUndoRedo() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            let edit = try file.perform { (plan: inout Plan) throws(EditError) in try plan.indentTask(2).edit }
            #expect(try disk(path).contains("  - [ ] Dự thảo chương trình  id:KH1.1\n    - [ ] Gửi giấy mời  id:KH1.2\n"))
            #expect(file.plan.bytes == Array(try disk(path).utf8))
            try file.apply(edit.inverse)
            #expect(try disk(path) == Self.sample)
            #expect(file.plan.string == Self.sample)
            try file.apply(edit)
            #expect(file.plan.tasks[2].parent == 1)
            #expect(file.plan.bytes == Array(try disk(path).utf8))
        }
    }

    @Test("a refused operation leaves the file alone and the plan as on disk")
    func refused() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            #expect(throws: PlanFileError.self) {
                try file.perform { (plan: inout Plan) throws(EditError) in try plan.outdentTask(0).edit }
            }
            #expect(try disk(path) == Self.sample)
            #expect(file.plan.string == Self.sample)
        }
    }

    @Test("an edit saved after someone changed another task keeps both changes")
    func otherTaskChanged() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "- [ ] Tiếp công dân  id:TX1", with: "- [/] Tiếp công dân  id:TX1 lead:CTDB")
            let edit = try file.perform(try done("KH1.2"))
            let text = try disk(path)
            #expect(text.contains("  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15\n"))
            #expect(text.contains("- [/] Tiếp công dân  id:TX1 lead:CTDB\n"))
            #expect(file.plan.bytes == Array(text.utf8))
            #expect(edit.start == 4)
            try changeElsewhere(path, replacing: "# Kế hoạch công tác 2021\n", with: "# Kế hoạch công tác 2021\nMột dòng mới.\n")
            let undone = try file.apply(edit.inverse)
            #expect(undone.start == 5)
            #expect(try disk(path).contains("  - [ ] Gửi giấy mời  id:KH1.2\n"))
            #expect(try disk(path).contains("Một dòng mới."))
            #expect(file.plan.bytes == Array(try disk(path).utf8))
        }
    }

    @Test("structural edits merge with a change elsewhere too")
    func structuralMerge() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:TX1\n", with: "id:TX1\n- [ ] Việc thêm  id:TX2\n")
            _ = try file.perform { (plan: inout Plan) throws(EditError) in try plan.moveTask(2, by: -1).edit }
            #expect(try disk(path) == """
                # Kế hoạch công tác 2021
                ## Chuẩn bị kỳ họp
                - [ ] Kỳ họp giữa năm  id:KH1 lead:TH
                  - [ ] Gửi giấy mời  id:KH1.2
                  - [ ] Dự thảo chương trình  id:KH1.1
                ## Nhiệm vụ thường xuyên
                - [ ] Tiếp công dân  id:TX1
                - [ ] Việc thêm  id:TX2

                """)
            #expect(file.plan.bytes == Array(try disk(path).utf8))
        }
    }

    @Test("two people adding a task at once get different ids")
    func concurrentAdd() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:TX1\n", with: "id:TX1\n- [ ] Việc của người khác  id:T1\n")
            let edit = try file.perform { (plan: inout Plan) throws(EditError) in try plan.addTask(title: "Việc của tôi", inTrack: 0).edit }
            #expect(edit.taskId == "T2")
            let text = try disk(path)
            #expect(text.contains("  - [ ] Gửi giấy mời  id:KH1.2\n- [ ] Việc của tôi  id:T2\n## Nhiệm vụ"))
            #expect(text.contains("- [ ] Việc của người khác  id:T1\n"))
            #expect(file.plan.problems.isEmpty)
            try file.apply(edit.inverse)
            #expect(!(try disk(path)).contains("Việc của tôi"))
        }
    }

    @Test("an edit of a task someone else changed is a conflict: nothing is saved and the disk version is loaded")
    func sameTaskConflict() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            let theirs = "  - [/] Gửi giấy mời qua bưu điện  id:KH1.2"
            try changeElsewhere(path, replacing: "  - [ ] Gửi giấy mời  id:KH1.2", with: theirs)
            let onDisk = try disk(path)
            do {
                _ = try file.perform(try done("KH1.2"))
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.taskId == "KH1.2")
                #expect(conflict.theirsStart == 4)
                #expect(conflict.theirs == [theirs])
                #expect(conflict.mineStart == 4)
                #expect(conflict.mineLines == ["  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"])
                #expect(conflict.title == "Gửi giấy mời")
                #expect(conflict.mine.old == ["  - [ ] Gửi giấy mời  id:KH1.2"])
                #expect(PlanFileError.conflict(conflict).message(.vi).hasPrefix("nhiệm vụ KH1.2 vừa được sửa ở nơi khác"))
                #expect(PlanFileError.conflict(conflict).message(.en).hasPrefix("task KH1.2 was just changed elsewhere"))
                #expect(try disk(path) == onDisk)
                #expect(file.plan.string == onDisk)
                #expect(try file.resolve(conflict, keepMine: false) == nil)
                #expect(try disk(path) == onDisk)
                let kept = try file.resolve(conflict, keepMine: true)
                #expect(kept?.new == ["  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"])
                #expect(try disk(path) == Self.sample.replacing("  - [ ] Gửi giấy mời  id:KH1.2", with: "  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"))
                #expect(file.plan.bytes == Array(try disk(path).utf8))
                if let kept { try file.apply(kept.inverse) }
                #expect(try disk(path) == onDisk)
            }
        }
    }

    @Test("a note edit of a task someone else deleted: keeping mine puts the task back")
    func deletedElsewhere() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "  - [ ] Gửi giấy mời  id:KH1.2\n", with: "")
            do {
                _ = try file.perform { (plan: inout Plan) throws(EditError) in try plan.setNote(ofTask: 2, to: "Gửi trước ngày 5.") }
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.theirsStart == nil)
                #expect(conflict.theirs.isEmpty)
                #expect(conflict.mineLines == ["  - [ ] Gửi giấy mời  id:KH1.2", "    Gửi trước ngày 5."])
                #expect(!(try disk(path)).contains("KH1.2"))
                try file.resolve(conflict, keepMine: true)
                #expect(try disk(path) == Self.sample.replacing("id:KH1.2\n", with: "id:KH1.2\n    Gửi trước ngày 5.\n"))
                #expect(file.plan.tasks[2].parent == 0)
            }
        }
    }

    @Test("a subtask added after a line someone else changed: keeping mine adds it under its parent")
    func addConflict() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "  - [ ] Gửi giấy mời  id:KH1.2", with: "  - [x] Gửi giấy mời  id:KH1.2")
            do {
                _ = try file.perform { (plan: inout Plan) throws(EditError) in try plan.addSubtask(title: "Mời báo chí", under: 0).edit }
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.taskId == "KH1.3")
                #expect(conflict.theirsStart == nil)
                #expect(conflict.mineStart == 5)
                #expect(conflict.mineLines == ["  - [ ] Mời báo chí  id:KH1.3"])
                let kept = try file.resolve(conflict, keepMine: true)
                #expect(kept?.taskId == "KH1.3")
                #expect(try disk(path).contains("  - [x] Gửi giấy mời  id:KH1.2\n  - [ ] Mời báo chí  id:KH1.3\n## Nhiệm vụ"))
                #expect(file.plan.children(of: 0).count == 3)
            }
        }
    }

    @Test("deleting a task someone else changed: keeping mine deletes their version")
    func deleteConflict() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "Dự thảo chương trình  id:KH1.1", with: "Dự thảo chương trình mới  id:KH1.1")
            do {
                _ = try file.perform { (plan: inout Plan) throws(EditError) in plan.deleteTask(1).edit }
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.mineLines.isEmpty)
                #expect(conflict.theirs == ["  - [ ] Dự thảo chương trình mới  id:KH1.1"])
                try file.resolve(conflict, keepMine: true)
                #expect(!(try disk(path)).contains("KH1.1"))
                #expect(file.plan.taskCount == 3)
            }
        }
    }

    @Test("reloadIfChanged reads the file again only when it changed")
    func reloadIfChanged() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            #expect(try file.reloadIfChanged() == false)
            _ = try file.perform(try done("TX1"))
            #expect(try file.reloadIfChanged() == false)
            try changeElsewhere(path, replacing: "Tiếp công dân", with: "Tiếp công dân định kỳ")
            #expect(try file.reloadIfChanged() == true)
            #expect(file.plan.tasks[3].title == "Tiếp công dân định kỳ")
            #expect(try file.reloadIfChanged() == false)
        }
    }

    @Test("change, as the command line uses it, still re-applies its edit after a change elsewhere")
    func changeStillWorks() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:TX1", with: "id:TX1 lead:HC")
            let today = try date("2021-07-15")
            _ = try file.change { (plan: inout Plan) throws(PlanFileError) in
                plan.setStatus(ofTask: 0, to: .done, today: today)
            }
            #expect(try disk(path).contains("id:KH1 lead:TH done:2021-07-15"))
            #expect(try disk(path).contains("id:TX1 lead:HC"))
        }
    }
}
