/// A task's dated entries: the entry lines of its note (docs/format.md, Entries).
extension Plan {
    /// The readable entries under a task, in file order. A line shaped like an entry that cannot
    /// be read is left out here and reported by `check`.
    public func entries(of index: Int) -> [TaskEntry] {
        entries(inNoteLines: Int(slots[index].noteStart)..<Int(slots[index].noteEnd))
    }

    /// The readable entries among a task's note lines from its first (`lines` starts there),
    /// outside code blocks.
    func entries(inNoteLines lines: Range<Int>) -> [TaskEntry] {
        guard !lines.isEmpty else { return [] }
        var result: [TaskEntry] = []
        var fence: UInt8?
        for line in lines {
            let content = text.content(line)
            if let mark = Plan.fenceMark(content), fence == nil || fence == mark {
                fence = fence == nil ? mark : nil
                continue
            }
            guard fence == nil, case let .entry(date, words, counts)? = EntryLine.read(content) else { continue }
            result.append(TaskEntry(date: date, text: TextForm.nfc(words), counts: counts, line: line))
        }
        return result
    }

    /// The results of a task's entries dated from `from` (nil: from the first) to `to` (nil: to
    /// the last), added up, with the shares its `share:` fields ask for.
    public func entryTotals(of index: Int, from: PlanDate? = nil, to: PlanDate? = nil) -> EntryTotals {
        let chosen = entries(of: index).filter { entry in
            (from.map { entry.date >= $0 } ?? true) && (to.map { entry.date <= $0 } ?? true)
        }
        return EntryTotals(chosen, shares: tasks[index].shares)
    }

    /// Adds an entry under a task: one line, `- YYYY-MM-DD: text`, after the task's last note or
    /// entry line (before its subtasks), indented like its entries (else like its note, else two
    /// spaces deeper than the task). No other line changes, unless the task has no id yet: then
    /// its line gets one. The text is made one line in NFC; an empty text or a part that starts
    /// like a count and is not one (`1,5 tỷ`) is refused, so that every entry added can be read.
    public mutating func addEntry(toTask index: Int, date: PlanDate, text typed: String) throws(EditError) -> LineBlockEdit {
        if let refusal = TaskEntry.refusal(typed) { throw refusal }
        let words = EntryWriting.oneLine(typed)
        let line = Int(slots[index].line)
        let after = max(line, Int(slots[index].noteEnd) - 1)
        let indent = entries(of: index).last.map { leadingWhitespace($0.line) } ?? noteIndentation(of: index)
        let entryLine = indent + Array("- \(date.iso): \(words)".utf8)
        let saved = self
        let (count, parent, before) = (taskCount, parentIndex(of: index), entries(of: index).count)
        let hasId = tasks[index].id != nil
        let edit = hasId
            ? replace(lines: (after + 1)..<(after + 1), with: [entryLine])
            : replace(lines: line..<(after + 1), with: (line...after).map { Array(text.content($0)) } + [entryLine])
        let task = try check(task: line, parent: parent, count: count, else: saved)
        guard entries(of: task).count == before + 1, entries(of: task).last?.line == after + 1 else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return identify(task, in: edit)
    }

    /// Makes again, under its task wherever that task is now, an edit that only added an entry
    /// line after its anchor line, when the anchor is no longer where it was (someone wrote under
    /// the task meanwhile): an entry is an addition, and two officers' additions both stand.
    /// Nil when the edit is not such an addition or its task is gone.
    mutating func remakeEntryAddition(_ edit: LineBlockEdit) throws(EditError) -> LineBlockEdit? {
        guard edit.old.count == 1, edit.new.count == 2, edit.new[0].utf8.elementsEqual(edit.old[0].utf8),
              let id = edit.taskId, let task = taskIndex(id: id),
              case let .entry(date, words, _)? = EntryLine.read(Array(edit.new[1].utf8)[...]) else { return nil }
        return try addEntry(toTask: task, date: date, text: words)
    }

    /// The fence character of a line that opens or closes a code block, if it does.
    private static func fenceMark(_ content: ArraySlice<UInt8>) -> UInt8? {
        guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else { return nil }
        return LineShape.fence(content[first...])
    }
}

/// An entry's text as Workplan writes it.
enum EntryWriting {
    /// The typed text on one line: NFC, line breaks and other control characters made spaces,
    /// runs of spaces made one, none at either end.
    static func oneLine(_ typed: String) -> String {
        TextForm.nfc(typed).split(whereSeparator: { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
            .joined(separator: " ")
    }
}
