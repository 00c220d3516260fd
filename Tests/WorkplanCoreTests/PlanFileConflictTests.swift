import Foundation
import Testing

@testable import WorkplanCore

/// `PlanFile.perform`, `resolve` and `reloadIfChanged`: saving edits when someone else
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

    /// The day the operations are made on.
    static let today = PlanDate(year: 2021, month: 7, day: 15)!

    /// The operation that marks a task of the file's plan done.
    func done(_ id: String, in file: PlanFile) throws -> PlanOperation {
        .setStatus(task: try #require(file.plan.taskIndex(id: id)), status: .done)
    }

    @Test("perform saves the edit, and undo and redo go through apply")
    func performUndoRedo() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            let edit = try file.perform(.indent(task: 2), today: Self.today).edit
            #expect(try disk(path).contains("  - [ ] Dự thảo chương trình  id:KH1.1\n    - [ ] Gửi giấy mời  id:KH1.2\n"))
            #expect(file.plan.bytes == Array(try disk(path).utf8))
            try file.perform(.lines(edit.inverse), today: Self.today)
            #expect(try disk(path) == Self.sample)
            #expect(file.plan.string == Self.sample)
            try file.perform(.lines(edit), today: Self.today)
            #expect(file.plan.tasks[2].parent == 1)
            #expect(file.plan.bytes == Array(try disk(path).utf8))
        }
    }

    @Test("a refused operation leaves the file alone and the plan as on disk")
    func refused() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            #expect(throws: PlanFileError.self) {
                try file.perform(.outdent(task: 0), today: Self.today)
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
            let edit = try file.perform(try done("KH1.2", in: file), today: Self.today).edit
            let text = try disk(path)
            #expect(text.contains("  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15\n"))
            #expect(text.contains("- [/] Tiếp công dân  id:TX1 lead:CTDB\n"))
            #expect(file.plan.bytes == Array(text.utf8))
            #expect(edit.start == 4)
            try changeElsewhere(path, replacing: "# Kế hoạch công tác 2021\n", with: "# Kế hoạch công tác 2021\nMột dòng mới.\n")
            let undone = try file.perform(.lines(edit.inverse), today: Self.today).edit
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
            _ = try file.perform(.move(task: 2, offset: -1), today: Self.today)
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
            let edit = try file.perform(.addInTrack(track: 0, title: "Việc của tôi"), today: Self.today).edit
            #expect(edit.taskId == "T2")
            let text = try disk(path)
            #expect(text.contains("  - [ ] Gửi giấy mời  id:KH1.2\n- [ ] Việc của tôi  id:T2\n## Nhiệm vụ"))
            #expect(text.contains("- [ ] Việc của người khác  id:T1\n"))
            #expect(file.plan.problems.isEmpty)
            try file.perform(.lines(edit.inverse), today: Self.today)
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
                _ = try file.perform(try done("KH1.2", in: file), today: Self.today).edit
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
                #expect(try file.resolve(conflict, keepMine: false, today: Self.today)?.edit == nil)
                #expect(try disk(path) == onDisk)
                let kept = try file.resolve(conflict, keepMine: true, today: Self.today)?.edit
                #expect(kept?.new == ["  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"])
                #expect(try disk(path) == Self.sample.replacing("  - [ ] Gửi giấy mời  id:KH1.2", with: "  - [x] Gửi giấy mời  id:KH1.2 done:2021-07-15"))
                #expect(file.plan.bytes == Array(try disk(path).utf8))
                if let kept { try file.perform(.lines(kept.inverse), today: Self.today) }
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
                _ = try file.perform(.setNote(task: 2, note: "Gửi trước ngày 5."), today: Self.today)
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.theirsStart == nil)
                #expect(conflict.theirs.isEmpty)
                #expect(conflict.mineLines == ["  - [ ] Gửi giấy mời  id:KH1.2", "    Gửi trước ngày 5."])
                #expect(!(try disk(path)).contains("KH1.2"))
                try file.resolve(conflict, keepMine: true, today: Self.today)
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
                _ = try file.perform(.addUnder(task: 0, title: "Mời báo chí"), today: Self.today)
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.taskId == "KH1.3")
                #expect(conflict.theirsStart == nil)
                #expect(conflict.mineStart == 5)
                #expect(conflict.mineLines == ["  - [ ] Mời báo chí  id:KH1.3"])
                let kept = try file.resolve(conflict, keepMine: true, today: Self.today)?.edit
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
                _ = try file.perform(.delete(task: 1), today: Self.today)
                Issue.record("no conflict")
            } catch let PlanFileError.conflict(conflict) {
                #expect(conflict.mineLines.isEmpty)
                #expect(conflict.theirs == ["  - [ ] Dự thảo chương trình mới  id:KH1.1"])
                try file.resolve(conflict, keepMine: true, today: Self.today)
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
            _ = try file.perform(try done("TX1", in: file), today: Self.today).edit
            #expect(try file.reloadIfChanged() == false)
            try changeElsewhere(path, replacing: "Tiếp công dân", with: "Tiếp công dân định kỳ")
            #expect(try file.reloadIfChanged() == true)
            #expect(file.plan.tasks[3].title == "Tiếp công dân định kỳ")
            #expect(try file.reloadIfChanged() == false)
        }
    }

    @Test("several operations saved together, as `workplan set` makes them, are made again after a change elsewhere")
    func severalOperationsMerge() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:TX1", with: "id:TX1 lead:HC")
            try file.perform([.setFields(task: 0, fields: [FieldUpdate(key: "due", value: "2021-07-20")]),
                              .setStatus(task: 0, status: .done)], today: try date("2021-07-15"))
            #expect(try disk(path).contains("id:KH1 lead:TH due:2021-07-20 done:2021-07-15"))
            #expect(try disk(path).contains("id:TX1 lead:HC"))
        }
    }

    @Test("two officers who change different parts of one task both keep theirs")
    func sameTaskOtherParts() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "  - [ ] Gửi giấy mời  id:KH1.2", with: "  - [ ] Gửi giấy mời qua bưu điện  id:KH1.2 due:2021-07-01")
            let saved = try file.perform([try done("KH1.2", in: file),
                                          .setFields(task: 2, fields: [FieldUpdate(key: "lead", value: "HC")])],
                                         today: Self.today)
            let merged = "  - [x] Gửi giấy mời qua bưu điện  id:KH1.2 due:2021-07-01 done:2021-07-15 lead:HC"
            #expect(try disk(path) == Self.sample.replacing("  - [ ] Gửi giấy mời  id:KH1.2", with: merged))
            #expect(file.plan.bytes == Array(try disk(path).utf8))
            #expect(saved.map(\.edit.start) == [4, 4])
            #expect(saved.last?.edit.new == [merged])
        }
    }

    @Test("the same field set to different values on disk and here is a conflict; set to the same value, it is not")
    func sameFieldClash() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:KH1 lead:TH", with: "id:KH1 lead:HC")
            #expect(throws: PlanFileError.self) {
                try file.perform(.setFields(task: 0, fields: [FieldUpdate(key: "lead", value: "CTDB")]), today: Self.today)
            }
            #expect(try disk(path).contains("id:KH1 lead:HC\n"))
            var other = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "id:KH1 lead:HC", with: "id:KH1 lead:TH due:2021-07-10")
            try other.perform(.setFields(task: 0, fields: [FieldUpdate(key: "lead", value: "TH"),
                                                           FieldUpdate(key: "due", value: "2021-07-10")]), today: Self.today)
            #expect(try disk(path).contains("id:KH1 lead:TH due:2021-07-10\n"))
        }
    }

    @Test("a title changed here and a title changed on disk clash; a title here and a status there merge")
    func titleMerge() throws {
        try withPlanFile(Self.sample) { path in
            var file = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "- [ ] Tiếp công dân  id:TX1", with: "- [/] Tiếp công dân  id:TX1")
            try file.perform(.setTitle(task: 3, title: "Tiếp công dân định kỳ ref:X"), today: Self.today)
            #expect(try disk(path).contains("- [/] Tiếp công dân định kỳ ref\\:X  id:TX1\n"))
            var stale = try PlanFile(path: path)
            try changeElsewhere(path, replacing: "Tiếp công dân định kỳ ref\\:X", with: "Tiếp dân")
            #expect(throws: PlanFileError.self) {
                try stale.perform(.setTitle(task: 3, title: "Tiếp công dân hằng tháng"), today: Self.today)
            }
            #expect(try disk(path).contains("- [/] Tiếp dân  id:TX1\n"))
        }
    }
}
