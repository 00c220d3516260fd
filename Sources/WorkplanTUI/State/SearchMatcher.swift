import WorkplanCore

/// Whether a task matches a search, as `workplan list --search` decides it (title, note and id;
/// case, diacritics, đ and NFC/NFD ignored). Each task's folded bytes are kept once made, so
/// that typing one more letter or going to the next match does not fold the plan again.
struct SearchMatcher: Sendable {
    private var folded: [[UInt8]?] = []

    /// Forgets every folded text (after the plan's shape changed).
    mutating func reset() {
        folded = []
    }

    /// Forgets the folded text of one task (after its lines changed).
    mutating func forget(_ task: Int) {
        if folded.indices.contains(task) { folded[task] = nil }
    }

    /// True when a task matches a query folded with `TextFolding.foldedBytes`.
    mutating func matches(_ task: Int, foldedQuery: [UInt8], in plan: Plan) -> Bool {
        if folded.count != plan.taskCount { folded = Array(repeating: nil, count: plan.taskCount) }
        if let text = folded[task] { return TextFolding.contains(text, foldedQuery) }
        let text = plan.foldedSearchText(ofTask: task)
        folded[task] = text
        return TextFolding.contains(text, foldedQuery)
    }
}
