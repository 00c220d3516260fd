import WorkplanCore

/// Whether a task matches a search, as `workplan list --search` decides it (title, note and id;
/// case, diacritics, đ and NFC/NFD ignored). Each task's folded bytes are made once and kept
/// in one shared buffer, so that typing one more letter or going to the next match does not
/// fold the plan again, and so that a plan's worth of texts costs no allocation per task.
struct SearchMatcher: Sendable {
    /// The folded texts, one after another.
    private var buffer: [UInt8] = []
    /// Where each task's text starts in `buffer`, or -1 when it is not made yet.
    private var starts: [Int32] = []
    /// Each task's text's length.
    private var lengths: [Int32] = []
    /// The plan's unit and person names, folded once for every text made until the next reset.
    private var names: SearchNames?

    /// Forgets every folded text (after the plan's shape changed).
    mutating func reset() {
        buffer = []
        starts = []
        lengths = []
        names = nil
    }

    /// Forgets the folded text of one task (after its lines changed).
    mutating func forget(_ task: Int) {
        if starts.indices.contains(task) { starts[task] = -1 }
    }

    /// True when a task matches a query folded with `TextFolding.foldedBytes`.
    mutating func matches(_ task: Int, foldedQuery: [UInt8], in plan: Plan) -> Bool {
        if starts.count != plan.taskCount {
            reset()
            starts = Array(repeating: -1, count: plan.taskCount)
            lengths = Array(repeating: 0, count: plan.taskCount)
        }
        if starts[task] < 0 {
            guard buffer.count < Int(Int32.max) / 2 else {
                reset()
                return matches(task, foldedQuery: foldedQuery, in: plan)
            }
            let start = buffer.count
            let names = names ?? SearchNames(plan)
            self.names = names
            plan.appendFoldedSearchText(ofTask: task, to: &buffer, names: names)
            starts[task] = Int32(start)
            lengths[task] = Int32(buffer.count - start)
        }
        let start = Int(starts[task])
        return TextFolding.contains(buffer[start..<(start + Int(lengths[task]))], foldedQuery)
    }
}
