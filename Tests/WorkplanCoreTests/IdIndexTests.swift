import Testing
@testable import WorkplanCore

/// The id index keeps only hashes; ids whose hashes collide must still be told apart.
@Suite("Id index")
struct IdIndexTests {
    @Test("two ids with the same hash are both found, each for its own task")
    func collisions() {
        let first = TaskId(text: "KH1", fingerprint: 42)
        let second = TaskId(text: "KH2", fingerprint: 42)
        let owners: [Int32: TaskId] = [0: first, 1: second]
        func same(_ id: TaskId) -> (Int32) -> Bool { { owners[$0] == id } }
        var index = IdIndex()
        index.set(fingerprint: 42, to: 0, sameId: same(first))
        index.set(fingerprint: 42, to: 1, sameId: same(second))
        #expect(index.task(fingerprint: 42, sameId: same(first)) == 0)
        #expect(index.task(fingerprint: 42, sameId: same(second)) == 1)
        #expect(index.task(fingerprint: 42, sameId: same(TaskId(text: "KH3", fingerprint: 42))) == nil)
        #expect(index.count == 2)
    }

    @Test("the index grows and keeps every id")
    func growth() {
        let ids = (0..<5_000).map { TaskId("T\($0)") }
        func same(_ id: TaskId) -> (Int32) -> Bool { { ids[Int($0)] == id } }
        var index = IdIndex()
        for (task, id) in ids.enumerated() { index.set(fingerprint: id.fingerprint, to: Int32(task), sameId: same(id)) }
        #expect(index.count == ids.count)
        #expect(ids.indices.allSatisfy { index.task(fingerprint: ids[$0].fingerprint, sameId: same(ids[$0])) == Int32($0) })
        let missing = TaskId("T5000")
        #expect(index.task(fingerprint: missing.fingerprint, sameId: same(missing)) == nil)
    }

    @Test("an NFD id and its NFC form are the same id")
    func normalForms() {
        #expect(TaskId("Đ\u{1EA1}i") == TaskId("Đa\u{0323}i"))
        #expect(TaskId(bytes: ArraySlice("KH1.2".utf8)) == TaskId("KH1.2"))
    }
}

/// The first reading of a task line keeps up to sixteen field tokens; a line with more is
/// walked again, with the same result.
@Suite("Lines with many fields")
struct ManyFieldsTests {
    @Test("a task with 16 fields and one with 40 read every field, checked and in order", arguments: [16, 40])
    func manyFields(count: Int) {
        let extra = (0..<(count - 2)).map { "k\($0):v\($0)" }.joined(separator: " ")
        let plan = Plan("- [ ] Việc  id:A \(extra) due:2021-02-30\n")
        #expect(plan.tasks[0].fields.count == count)
        #expect(plan.tasks[0].fields.last == Field(key: "due", value: "2021-02-30"))
        #expect(plan.taskIndex(id: "A") == 0)
        #expect(plan.problems.map(\.kind) == [.invalidDate(key: "due", value: "2021-02-30")])
    }
}
