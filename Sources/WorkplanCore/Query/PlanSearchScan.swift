/// A search of many tasks at once, as `workplan list --search` makes it: the tasks are cut
/// into one run per core, and each run folds its tasks' search texts into a buffer of its own
/// and keeps those that contain the query. The plan's bytes are read through one buffer, so
/// the threads never count references to the same storage.
struct PlanSearchScan: Sendable {
    let plan: Plan
    /// The query, folded with `TextFolding.foldedBytes`.
    let query: [UInt8]

    /// Fewer tasks than this are searched on one thread: starting threads would cost more.
    private static let parallelThreshold = 4096

    /// The tasks of `tasks` whose search text contains the query, in the order given; searched
    /// in one run per core when there are many, or in `parts` runs when given.
    func matching(_ tasks: [Int], parts: Int? = nil) -> [Int] {
        let names = SearchNames(plan)
        return plan.text.store.withUnsafeBufferPointer { buffer in
            let store = SharedBytes(buffer: buffer)
            return ParallelRuns.map(tasks.count, parts: parts, threshold: Self.parallelThreshold) { run in
                match(tasks[run], store: store.buffer, names: names)
            }.flatMap { $0 }
        }
    }

    private func match(_ tasks: ArraySlice<Int>, store: UnsafeBufferPointer<UInt8>, names: SearchNames) -> [Int] {
        var text: [UInt8] = []
        var matched: [Int] = []
        for task in tasks {
            text.removeAll(keepingCapacity: true)
            plan.appendFoldedSearchText(ofTask: task, store: store, to: &text, names: names)
            if TextFolding.contains(text, query) { matched.append(task) }
        }
        return matched
    }
}
