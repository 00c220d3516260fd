/// Writing a task's note: the indented lines right after its line.
extension Plan {
    /// Sets a task's note, written in NFC under the task's line, each line indented like the
    /// note it replaces (or two spaces deeper than the task); an empty note removes the note's
    /// lines. The task's dated entries are not part of the note: their lines stay as they are,
    /// after it. A note that would read as more than a note is refused: a line that reads as a
    /// task (`- [ ] …`) or as an entry (`- 2021-03-15: …`), or a code block that is not closed.
    /// The task gets an id when it has none.
    public mutating func setNote(ofTask index: Int, to note: String) throws(EditError) -> LineBlockEdit {
        let line = Int(slots[index].line)
        let prefix = noteIndentation(of: index)
        let new = NoteText.lines(note).map { $0.isEmpty ? [] : prefix + Array($0.utf8) }
        try NoteText.check(new)
        let written = new + entries(of: index).map { Array(text.content($0.line)) }
        let end = max(line + 1, Int(slots[index].noteEnd))
        if written == lineContents((line + 1)..<end) {
            let same = editString(line)
            return LineBlockEdit(start: line, old: [same], new: [same], taskId: tasks[index].id)
        }
        let saved = self
        let (count, parent) = (taskCount, parentIndex(of: index))
        let edit = replace(lines: line..<end, with: [Array(text.content(line))] + written)
        let task = try check(task: line, parent: parent, count: count, else: saved)
        guard Int(slots[task].noteStart)..<Int(slots[task].noteEnd) == (line + 1)..<(line + 1 + written.count) else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return identify(task, in: edit)
    }

    /// The indentation of a task's note: that of its least indented line, else the task's and
    /// two spaces.
    func noteIndentation(of index: Int) -> [UInt8] {
        let lines = Int(slots[index].noteStart)..<Int(slots[index].noteEnd)
        let written = lines.filter { text.content($0).contains { !TaskLineSyntax.isBlank($0) } }
        guard let least = written.min(by: { LineShape.indentColumns(text.content($0)) < LineShape.indentColumns(text.content($1)) })
        else { return indentation(of: index) + [32, 32] }
        return leadingWhitespace(least)
    }
}

/// A note as the user typed it, made fit to be written under a task.
enum NoteText {
    /// The note's lines: NFC, split at every line break, control characters but tabs turned
    /// into spaces, no white space at the end of a line, no blank lines before or after, and
    /// the indentation all lines share taken away. Blank lines inside are empty.
    static func lines(_ typed: String) -> [String] {
        var rows = TextForm.nfc(typed).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { row in
            let plain = String(String.UnicodeScalarView(row.unicodeScalars.map { scalar in
                scalar != "\t" && scalar.properties.generalCategory == .control ? " " : scalar
            }))
            return trimmingEnd(plain)
        }
        while rows.last?.isEmpty == true { rows.removeLast() }
        while rows.first?.isEmpty == true { rows.removeFirst() }
        let margin = rows.filter { !$0.isEmpty }.map { Plan.indentColumns($0) }.min() ?? 0
        return rows.map { $0.isEmpty ? "" : Plan.dropIndent($0, columns: margin) }
    }

    /// Text without the spaces and tabs at its end.
    private static func trimmingEnd(_ text: String) -> String {
        guard let last = text.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(text[...last])
    }

    /// Refuses note lines (indented, as written) that would not read as a note: a task line, a
    /// line outside a code block that reads as a dated entry, or a code fence that the note
    /// does not close.
    static func check(_ lines: [[UInt8]]) throws(EditError) {
        var fence: UInt8?
        for line in lines {
            let content = line[...]
            guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else { continue }
            if TaskLineSyntax(content) != nil {
                throw .noteLooksLikeTask(line: String(decoding: content[first...], as: UTF8.self))
            }
            if fence == nil, EntryLine.isEntryShaped(content) {
                throw .noteLooksLikeEntry(line: String(decoding: content[first...], as: UTF8.self))
            }
            if let mark = LineShape.fence(content[first...]), fence == nil || fence == mark {
                fence = fence == nil ? mark : nil
            }
        }
        if fence != nil { throw .noteOpensCodeBlock }
    }
}
