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
        let matches = { (task: Int32, id: TaskId) in owners[task] == id }
        var index = IdIndex()
        index.set(first, to: 0, matches: matches)
        index.set(second, to: 1, matches: matches)
        #expect(index.task(for: first, matches: matches) == 0)
        #expect(index.task(for: second, matches: matches) == 1)
        #expect(index.task(for: TaskId(text: "KH3", fingerprint: 42), matches: matches) == nil)
        #expect(index.count == 2)
    }

    @Test("the index grows and keeps every id")
    func growth() {
        let ids = (0..<5_000).map { TaskId("T\($0)") }
        let matches = { (task: Int32, id: TaskId) in ids[Int(task)] == id }
        var index = IdIndex()
        for (task, id) in ids.enumerated() { index.set(id, to: Int32(task), matches: matches) }
        #expect(index.count == ids.count)
        #expect(ids.indices.allSatisfy { index.task(for: ids[$0], matches: matches) == Int32($0) })
        #expect(index.task(for: TaskId("T5000"), matches: matches) == nil)
    }

    @Test("an NFD id and its NFC form are the same id")
    func normalForms() {
        #expect(TaskId("Đ\u{1EA1}i") == TaskId("Đa\u{0323}i"))
        #expect(TaskId(bytes: ArraySlice("KH1.2".utf8)) == TaskId("KH1.2"))
    }
}
