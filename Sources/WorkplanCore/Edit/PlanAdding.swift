/// Adding tasks. The new line goes after the last line of the parent's subtree (or of the
/// track), indented one level deeper than the parent; the file is read again once.
extension Plan {
    /// Adds a task under `parent` (or at the top of `track`), gives it an id, and returns its index.
    public mutating func addTask(title: String, status: TaskStatus = .notStarted, fields: [Field] = [],
                                 under parent: Int?, track: Int) throws(EditError) -> (index: Int, change: LineChange) {
        let clean = TaskTitle.clean(title)
        guard !clean.isEmpty else { throw .emptyTitle }
        for field in fields {
            try Plan.validate(key: field.key, value: field.value)
            if field.key == Field.Key.id { try checkNewId(field.value, for: nil) }
        }
        let trackIndex = parent.map { tasks[$0].track } ?? track
        var allFields = fields
        let id = allFields.first(where: { $0.key == Field.Key.id })?.value ?? newId(parent: parent)
        allFields.removeAll { $0.key == Field.Key.id }
        allFields.insert(Field(key: Field.Key.id, value: id), at: 0)
        let (line, indent, bullet) = insertionPoint(parent: parent, track: trackIndex)
        let newLine = String(repeating: " ", count: indent) + bullet + " [" + String(status.mark) + "] "
            + TaskTitle.escape(clean) + "  " + allFields.map(\.token).joined(separator: " ")
        text.insert([Array(newLine.utf8)], at: line)
        self = PlanParser(text: text).parse()
        let index = taskIndex(id: id) ?? tasks.firstIndex { $0.line == line } ?? 0
        return (index, LineChange(line: line, before: nil, after: newLine))
    }

    /// Where a new task goes: the line to insert before, its indentation and its bullet.
    private func insertionPoint(parent: Int?, track: Int) -> (line: Int, indent: Int, bullet: String) {
        if let parent {
            let subtree = tasks[parent].subtree(at: parent)
            let children = children(of: parent)
            let indent = children.first.map { tasks[$0].indent } ?? tasks[parent].indent + 2
            return (lastLine(of: subtree.upperBound - 1) + 1, indent, bullet(of: parent))
        }
        let range = tracks.isEmpty ? 0..<0 : tracks[track].tasks
        if let last = range.last {
            let top = range.first ?? last
            return (pastIndentedText(from: lastLine(of: last) + 1), tasks[top].indent, bullet(of: top))
        }
        guard !tracks.isEmpty, let heading = tracks[track].line else { return (text.lineCount, 0, "-") }
        return (pastIndentedText(from: heading + 1), 0, "-")
    }

    /// The first line at or after `start` that is not indented free text, so that a task
    /// added there never takes such text as its note.
    private func pastIndentedText(from start: Int) -> Int {
        var line = start
        while line < text.lineCount, let first = text.content(line).first, TaskLineSyntax.isBlank(first),
              text.content(line).contains(where: { !TaskLineSyntax.isBlank($0) }) {
            line += 1
        }
        return line
    }

    /// The last line that belongs to a task: its own line or its note's last line.
    func lastLine(of index: Int) -> Int {
        max(tasks[index].line, tasks[index].noteLines.upperBound - 1)
    }

    /// The bullet (`-`, `*` or `+`) of a task's line.
    func bullet(of index: Int) -> String {
        let content = text.content(tasks[index].line)
        guard let byte = content.first(where: { $0 != 32 && $0 != 9 }) else { return "-" }
        return String(decoding: [byte], as: UTF8.self)
    }
}
