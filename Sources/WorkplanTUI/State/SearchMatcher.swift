import WorkplanCore

/// Whether a task matches a search, as `workplan list --search` decides it (title, note and id;
/// case, diacritics, đ and NFC/NFD ignored), remembering each task's folded text so that
/// typing one more letter does not fold the plan again.
struct SearchMatcher: Sendable {
    private var folded: [String?] = []

    /// Forgets every folded text (after the plan changed).
    mutating func reset() {
        folded = []
    }

    /// True when a task matches a folded query.
    mutating func matches(_ task: Int, foldedQuery: String, in plan: Plan) -> Bool {
        if folded.count != plan.taskCount { folded = Array(repeating: nil, count: plan.taskCount) }
        if let text = folded[task] { return text.contains(foldedQuery) }
        let value = plan.tasks[task]
        var text = TextFolding.fold(value.title)
        if let id = value.id { text += "\n" + TextFolding.fold(id) }
        if !value.noteLines.isEmpty { text += "\n" + TextFolding.fold(plan.note(of: task)) }
        folded[task] = text
        return text.contains(foldedQuery)
    }
}
