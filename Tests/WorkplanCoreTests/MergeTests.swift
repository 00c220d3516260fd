import PropertyBased
import Testing

@testable import WorkplanCore

/// The three-way merge of plans: tasks matched by id and merged field by field, entries from
/// both sides kept in date order, moves and edits both applied, ids made on both sides
/// renumbered, conflicts written around the one line they concern.
@Suite("Merge")
struct MergeTests {
    static let base = """
        # Kế hoạch 2021

        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính

        ## Chuẩn bị kỳ họp
        - [ ] Tham mưu nội dung kỳ họp  id:KH1 lead:TH due:2021-07-10
          Ghi chú dòng một.
          - 2021-03-01: Đã họp lần 1
          - [ ] Dự thảo chương trình  id:KH1.1 lead:TH due:2021-06-20
          - [ ] Hậu cần  id:KH1.2 lead:HC
        - [ ] In phiếu bầu  id:BC2 lead:HC

        ## Thường xuyên
        - [/] Tiếp công dân  id:TX1 lead:TH

        """

    private func merge(_ base: String, _ ours: String, _ theirs: String) -> (text: String, merge: PlanMerge) {
        let merge = PlanMerge(base: Plan(base), ours: Plan(ours), theirs: Plan(theirs))
        return (String(decoding: merge.bytes, as: UTF8.self), merge)
    }

    private func edited(_ text: String, _ changes: [(String, String)]) -> String {
        changes.reduce(text) { text, change in
            #expect(text.contains(change.0), "the test's text has \(change.0)")
            return text.replacingOccurrences(of: change.0, with: change.1)
        }
    }

    @Test("diff3 of sequences: one side's change taken, a change made alike taken once, different changes a conflict")
    func threeWay() {
        #expect(ThreeWay.merge(base: [1, 2, 3], ours: [1, 2, 3, 4], theirs: [0, 1, 2, 3]) == [.resolved([0, 1, 2, 3, 4])])
        #expect(ThreeWay.merge(base: [1, 2, 3], ours: [1, 9, 3], theirs: [1, 9, 3]) == [.resolved([1, 9, 3])])
        #expect(ThreeWay.merge(base: [1, 2, 3], ours: [1, 8, 3], theirs: [1, 9, 3])
                == [.resolved([1]), .conflict(base: [2], ours: [8], theirs: [9]), .resolved([3])])
        #expect(ThreeWay.merge(base: [1, 2, 3], ours: [2, 3], theirs: [1, 2, 3, 4]) == [.resolved([2, 3, 4])])
    }

    @Test("field by field, entries from both sides in date order, a move and an edit, ids made on both sides")
    func cleanMerge() {
        let ours = edited(Self.base, [
            ("due:2021-06-20", "due:2021-06-25"),
            ("- [ ] In phiếu bầu  id:BC2 lead:HC", "- [x] In phiếu bầu  id:BC2 lead:HC done:2021-05-01"),
            ("  - 2021-03-01: Đã họp lần 1\n", "  - 2021-03-01: Đã họp lần 1\n  - 2021-04-01: Họp lần 2\n"),
            ("- [/] Tiếp công dân  id:TX1 lead:TH\n", "- [/] Tiếp công dân  id:TX1 lead:TH\n- [ ] Việc mới bên ta  id:T1\n"),
        ])
        let theirs = edited(Self.base, [
            ("lead:TH due:2021-06-20", "lead:HC due:2021-06-20"),
            ("  - 2021-03-01: Đã họp lần 1\n", "  - 2021-03-01: Đã họp lần 1\n  - 2021-03-15: Họp lần 1b\n"),
            ("- [/] Tiếp công dân  id:TX1 lead:TH\n", "- [/] Tiếp công dân  id:TX1 lead:TH\n- [ ] Việc mới bên họ  id:T1\n"),
            ("  - [ ] Hậu cần  id:KH1.2 lead:HC\n", ""),
            ("## Thường xuyên\n", "## Thường xuyên\n- [ ] Hậu cần  id:KH1.2 lead:HC due:2021-05-05\n"),
        ])
        let expected = edited(Self.base, [
            ("lead:TH due:2021-06-20", "lead:HC due:2021-06-25"),
            ("- [ ] In phiếu bầu  id:BC2 lead:HC", "- [x] In phiếu bầu  id:BC2 lead:HC done:2021-05-01"),
            ("  - 2021-03-01: Đã họp lần 1\n", "  - 2021-03-01: Đã họp lần 1\n  - 2021-03-15: Họp lần 1b\n  - 2021-04-01: Họp lần 2\n"),
            ("  - [ ] Hậu cần  id:KH1.2 lead:HC\n", ""),
            ("## Thường xuyên\n", "## Thường xuyên\n- [ ] Hậu cần  id:KH1.2 lead:HC due:2021-05-05\n"),
            ("- [/] Tiếp công dân  id:TX1 lead:TH\n",
             "- [/] Tiếp công dân  id:TX1 lead:TH\n- [ ] Việc mới bên họ  id:T1\n- [ ] Việc mới bên ta  id:T2\n"),
        ])
        let (text, merge) = merge(Self.base, ours, theirs)
        #expect(text == expected)
        #expect(!merge.hasConflicts)
        #expect(merge.notes == [MergeNote(kind: .renumbered(newId: "T2"), subject: "T1", line: 20)])
        // The same merge with the sides swapped: the same file.
        #expect(self.merge(Self.base, theirs, ours).text == expected)
    }

    @Test("conflicts around the one line or note they concern; the file reads with its tree and check finds every marker")
    func conflicts() throws {
        let ours = edited(Self.base, [("due:2021-06-20", "due:2021-06-25"), ("Ghi chú dòng một.", "Ghi chú bên ta."),
                                      ("In phiếu bầu  id:BC2", "In phiếu bầu cử  id:BC2")])
        let theirs = edited(Self.base, [("due:2021-06-20", "due:2021-06-30 person:nam"), ("Ghi chú dòng một.", "Ghi chú bên họ."),
                                        ("- [ ] In phiếu bầu  id:BC2 lead:HC\n", "")])
        let merge = PlanMerge(base: Plan(Self.base), ours: Plan(ours), theirs: Plan(theirs), labels: ("HEAD", "origin/main"))
        let text = String(decoding: merge.bytes, as: UTF8.self)
        #expect(text.contains("""
            - [ ] Tham mưu nội dung kỳ họp  id:KH1 lead:TH due:2021-07-10
            <<<<<<< HEAD
              Ghi chú bên ta.
            =======
              Ghi chú bên họ.
            >>>>>>> origin/main
              - 2021-03-01: Đã họp lần 1
            <<<<<<< HEAD
              - [ ] Dự thảo chương trình  id:KH1.1 lead:TH due:2021-06-25 person:nam
            =======
              - [ ] Dự thảo chương trình  id:KH1.1 lead:TH due:2021-06-30 person:nam
            >>>>>>> origin/main
              - [ ] Hậu cần  id:KH1.2 lead:HC
            - [ ] In phiếu bầu cử  id:BC2 lead:HC

            """))
        #expect(merge.hasConflicts)
        #expect(merge.notes.map(\.kind) == [.note, .taskLine(parts: ["due"]), .keptDeleted(deletedByOurs: false)])
        #expect(merge.notes.map(\.line) == [9, 15, 21])
        let plan = Plan(bytes: merge.bytes)
        #expect(plan.problems.filter { $0.kind == .conflictMarker }.map(\.line) == [9, 11, 13, 15, 17, 19])
        // The markers do not end the nesting: the subtasks stay under KH1.
        let first = try #require(plan.taskIndex(id: "KH1.2"))
        #expect(plan.tasks[first].parent == plan.taskIndex(id: "KH1"))
    }

    @Test("both sides extended one deadline: each extension goes with its date into the conflict, so the side kept tells its own")
    func extensionsWithTheirDates() throws {
        let ours = edited(Self.base, [("id:KH1 lead:TH due:2021-07-10\n  Ghi chú dòng một.\n",
                                       "id:KH1 lead:TH due:2021-07-20\n  Ghi chú dòng một.\n  - 2021-06-01: gia hạn 2021-07-10 → 2021-07-20; lý do: chờ ý kiến\n")])
        let theirs = edited(Self.base, [("id:KH1 lead:TH due:2021-07-10\n  Ghi chú dòng một.\n",
                                         "id:KH1 lead:TH due:2021-07-25\n  Ghi chú dòng một.\n  - 2021-06-02: gia hạn 2021-07-10 → 2021-07-25; lý do: chờ báo cáo\n")])
        let merge = PlanMerge(base: Plan(Self.base), ours: Plan(ours), theirs: Plan(theirs))
        #expect(String(decoding: merge.bytes, as: UTF8.self).contains("""
            <<<<<<< ours
            - [ ] Tham mưu nội dung kỳ họp  id:KH1 lead:TH due:2021-07-20
              - 2021-06-01: gia hạn 2021-07-10 → 2021-07-20; lý do: chờ ý kiến
            =======
            - [ ] Tham mưu nội dung kỳ họp  id:KH1 lead:TH due:2021-07-25
              - 2021-06-02: gia hạn 2021-07-10 → 2021-07-25; lý do: chờ báo cáo
            >>>>>>> theirs
              Ghi chú dòng một.
              - 2021-03-01: Đã họp lần 1

            """))
        let conflict = try #require(MarkerConflict.all(in: Plan(bytes: merge.bytes)).first)
        var plan = Plan(bytes: merge.bytes)
        _ = try PlanOperation.lines(conflict.keeping(mine: false)).apply(to: &plan, today: try date("2021-07-01"))
        #expect(plan.problems.isEmpty)
        let task = try #require(plan.taskIndex(id: "KH1"))
        #expect(plan.tasks[task].due == (try date("2021-07-25")) && plan.entries(of: task).count == 2)
    }

    @Test("a task deleted on one side and left alone on the other is gone; deleted and changed, it is kept with its parent")
    func deletions() throws {
        let deleted = edited(Self.base, [("  - [ ] Hậu cần  id:KH1.2 lead:HC\n", "")])
        #expect(merge(Self.base, deleted, Self.base).text == deleted)
        #expect(merge(Self.base, Self.base, deleted).text == deleted)
        let withoutKH1 = edited(Self.base, [("""
            - [ ] Tham mưu nội dung kỳ họp  id:KH1 lead:TH due:2021-07-10
              Ghi chú dòng một.
              - 2021-03-01: Đã họp lần 1
              - [ ] Dự thảo chương trình  id:KH1.1 lead:TH due:2021-06-20
              - [ ] Hậu cần  id:KH1.2 lead:HC

            """, "")])
        let ticked = edited(Self.base, [("- [ ] Hậu cần  id:KH1.2", "- [x] Hậu cần  id:KH1.2")])
        let (text, merge) = merge(Self.base, withoutKH1, ticked)
        #expect(text == edited(Self.base, [("  - [ ] Dự thảo chương trình  id:KH1.1 lead:TH due:2021-06-20\n", ""),
                                           ("- [ ] Hậu cần  id:KH1.2", "- [x] Hậu cần  id:KH1.2")]))
        #expect(merge.notes.map(\.kind) == [.keptDeleted(deletedByOurs: true), .keptDeleted(deletedByOurs: true)])
        #expect(!merge.hasConflicts)
    }

    @Test("merging a version with itself, or with the ancestor, gives that version byte for byte")
    func identities() async throws {
        let today = try date("2021-07-15")
        await propertyCheck(count: 150, input: PropertyTests.lineSeeds, PropertyTests.shapeSeed, PropertyTests.editSeeds) {
            lines, shape, edits in
            let sample = PlanSample(lines: lines, shape: shape)
            let base = Plan(bytes: sample.bytes)
            var changed = base
            if !base.tasks.isEmpty {
                for edit in edits.map({ SampleEdit(seed: $0, taskCount: base.tasks.count) }) {
                    try? edit.apply(to: &changed, today: today)
                }
            }
            let context = "\(sample)\n\(String(decoding: changed.bytes, as: UTF8.self).debugDescription)"
            #expect(PlanMerge(base: base, ours: changed, theirs: changed).bytes == changed.bytes, "x, x: \(context)")
            #expect(PlanMerge(base: base, ours: base, theirs: changed).bytes == changed.bytes, "base, y: \(context)")
            #expect(PlanMerge(base: base, ours: changed, theirs: base).bytes == changed.bytes, "x, base: \(context)")
            #expect(PlanMerge(base: base, ours: base, theirs: base).bytes == base.bytes, "base: \(context)")
        }
    }

    @Test("edits of different tasks on the two sides: the same file whichever side is ours, every task kept, untouched lines as they were")
    func commutes() async throws {
        let today = try date("2021-07-15")
        await propertyCheck(count: 150, input: PropertyTests.lineSeeds, PropertyTests.shapeSeed, PropertyTests.editSeeds,
                            PropertyTests.editSeeds) { lines, shape, left, right in
            let sample = PlanSample(lines: lines, shape: shape)
            let base = Plan(bytes: sample.bytes)
            guard base.tasks.count >= 2, base.problems.allSatisfy({ if case .duplicateId = $0.kind { false } else { true } })
            else { return }
            // Ours edits the tasks of even index, theirs those of odd index.
            var ours = base, theirs = base
            let oursEdits = left.map { SampleEdit(seed: $0, taskCount: base.tasks.count) }.filter { $0.task % 2 == 0 }
            let theirsEdits = right.map { SampleEdit(seed: $0, taskCount: base.tasks.count) }.filter { $0.task % 2 == 1 }
            oursEdits.forEach { try? $0.apply(to: &ours, today: today) }
            theirsEdits.forEach { try? $0.apply(to: &theirs, today: today) }
            let merged = PlanMerge(base: base, ours: ours, theirs: theirs)
            let swapped = PlanMerge(base: base, ours: theirs, theirs: ours)
            let context = "\(sample)\nours: \(oursEdits)\ntheirs: \(theirsEdits)"
            #expect(!merged.hasConflicts, "\(context)")
            #expect(merged.bytes == swapped.bytes, "\(context)")
            let result = Plan(bytes: merged.bytes)
            #expect(result.tasks.count == base.tasks.count, "\(context)")
            let edited = Set((oursEdits + theirsEdits).map { base.tasks[$0.task].line })
            let before = base.lineBytes, after = result.lineBytes
            #expect(before.count == after.count, "\(context)")
            for line in before.indices where !edited.contains(line) && line < after.count {
                #expect(before[line] == after[line], "line \(line)\n\(context)")
            }
        }
    }

    @Test("an office's edits on both sides (ticks, fields, notes, entries, new tasks, deletions, moves): identities hold, no task added or kept is lost, no id made twice, the sides commute")
    func officeEdits() async throws {
        let today = try date("2021-07-15")
        let seeds = Gen.int(in: 0...Int(Int32.max))
        await propertyCheck(count: 250, input: seeds, PropertyTests.editSeeds, PropertyTests.editSeeds, Gen.bool) {
            seed, left, right, everyTaskHasId in
            let base = Plan(OfficePlanSample.text(seed: seed, everyTaskHasId: everyTaskHasId))
            let ours = SampleOperation.applying(left, to: base, today: today)
            let theirs = SampleOperation.applying(right, to: base, today: today)
            let context = "base:\n\(String(decoding: base.bytes, as: UTF8.self))\nours:\n\(String(decoding: ours.bytes, as: UTF8.self))"
                + "\ntheirs:\n\(String(decoding: theirs.bytes, as: UTF8.self))"
            let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
            #expect(text(PlanMerge(base: base, ours: ours, theirs: ours).bytes) == text(ours.bytes), "x, x\n\(context)")
            #expect(text(PlanMerge(base: base, ours: base, theirs: theirs).bytes) == text(theirs.bytes), "base, y\n\(context)")
            let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
            let merged = String(decoding: merge.bytes, as: UTF8.self)
            let result = Plan(bytes: merge.bytes)
            guard !merge.hasConflicts else { return }
            if !merge.notes.contains(where: { $0.kind == .movedBothWays }) {
                let swapped = String(decoding: PlanMerge(base: base, ours: theirs, theirs: ours).bytes, as: UTF8.self)
                #expect(swapped == merged, "commutes\n\(context)")
            }
            #expect(!result.problems.contains { if case .duplicateId = $0.kind { true } else { false } },
                    "an id twice\n\(context)\nmerged:\n\(merged)")
            guard everyTaskHasId else { return }
            let ids = { (plan: Plan) in Set(plan.tasks.compactMap(\.id)) }
            let (was, mine, other, now) = (ids(base), ids(ours), ids(theirs), ids(result))
            let lost = mine.subtracting(was).union(other.subtracting(was)).union(mine.intersection(other)).subtracting(now)
            #expect(lost.isEmpty, "lost \(lost.sorted())\n\(context)\nmerged:\n\(merged)")
        }
    }
}
