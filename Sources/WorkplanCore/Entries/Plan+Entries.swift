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
            guard fence == nil, case let .entry(date, words, counts, granted)? = EntryLine.read(content) else { continue }
            result.append(TaskEntry(date: date, text: TextForm.nfc(words), counts: counts, deadlineExtension: granted, line: line))
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
    /// its line gets one. The text is made one line in NFC; an empty text, a part that starts
    /// like a count and is not one (`1,5 tỷ`), and words that would read as an extension of the
    /// deadline (which `extendDeadline` writes, with the new `due:`) are refused, so that every
    /// entry added reads back as the entry meant.
    public mutating func addEntry(toTask index: Int, date: PlanDate, text typed: String) throws(EditError) -> LineBlockEdit {
        if let refusal = TaskEntry.refusal(typed) { throw refusal }
        return try appendEntryLine(toTask: index, date: date, words: EntryWriting.oneLine(typed))
    }

    /// Writes one entry line under a task, as `addEntry` says, checking that it reads back as
    /// the task's last entry and that no task moved.
    mutating func appendEntryLine(toTask index: Int, date: PlanDate, words: String) throws(EditError) -> LineBlockEdit {
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

    /// Makes again, under its task wherever that task is now, an edit that added an entry line
    /// under a task (and, for an extension, changed the task's own line too) when its lines are
    /// no longer where they were: someone wrote under the task, or changed its line, meanwhile.
    /// An entry is an addition, and two officers' additions both stand; the task line's change
    /// is merged part by part, as any change of one line is. Nil when the edit is not such an
    /// addition or its task is gone.
    mutating func remakeEntryAddition(_ edit: LineBlockEdit) throws(EditError) -> LineBlockEdit? {
        guard edit.new.count == edit.old.count + 1, let last = edit.new.last, let id = edit.taskId,
              let task = taskIndex(id: id),
              zip(edit.old.dropFirst(), edit.new.dropFirst()).allSatisfy({ $0.utf8.elementsEqual($1.utf8) }),
              case let .entry(date, words, _, _)? = EntryLine.read(Array(last.utf8)[...]) else { return nil }
        guard !edit.old[0].utf8.elementsEqual(edit.new[0].utf8) else {
            return try appendEntryLine(toTask: task, date: date, words: words)
        }
        guard let base = TaskLineParts(edit.old[0]), let mine = TaskLineParts(edit.new[0]) else { return nil }
        let line = Int(slots[task].line)
        guard let theirs = TaskLineParts(text.string(line)) else { throw .linesChanged }
        let saved = self
        let merged = try TaskLineParts.merge(base: base, mine: mine, theirs: theirs)
        _ = rewrite(task: task, status: merged.status, title: merged.title, fields: merged.fields)
        _ = try appendEntryLine(toTask: task, date: date, words: words)
        return LineBlockEdit(spanning: line, from: saved, to: self, taskId: id)
    }

    /// Extends a task's deadline on a day: its `due:` becomes the new deadline, and an entry
    /// line under it keeps the old one, the new one, the reason and who decided it
    /// (`- 2021-06-01: gia hạn 2021-07-10 → 2021-07-20; lý do: …; theo: 12/TB-HĐND`), written in
    /// `language`. One edit from the task's line to the entry. Refused for a task without a
    /// deadline, one done or cancelled, a new deadline not after the present one, and an
    /// extension without a reason.
    public mutating func extendDeadline(ofTask index: Int, to newDue: PlanDate, on day: PlanDate, reason: String,
                                        decidedBy: String?, language: Language) throws(EditError) -> LineBlockEdit {
        if let refusal = extensionRefusal(ofTask: index, to: newDue) { throw refusal }
        guard let due = tasks[index].due else { throw .noDeadlineToExtend }
        let why = EntryWriting.oneLine(reason)
        guard !why.isEmpty else { throw .extensionWithoutReason }
        let by = decidedBy.map(EntryWriting.oneLine).flatMap { $0.isEmpty ? nil : $0 }
        let granted = DeadlineExtension(decided: day, from: due, to: newDue, reason: why, decidedBy: by)
        let words = granted.text(language)
        guard case .success(granted)? = DeadlineExtension.read(words, decided: day) else {
            throw .invalidValue(key: language.pick(vi: "lý do", en: "reason"), value: why)
        }
        let line = tasks[index].line
        let saved = self
        _ = try setFields(ofTask: index, [(key: Field.Key.due, value: newDue.iso)])
        do {
            _ = try appendEntryLine(toTask: index, date: day, words: words)
        } catch {
            self = saved
            throw error
        }
        return LineBlockEdit(spanning: line, from: saved, to: self, taskId: tasks[index].id)
    }

    /// Why a task's deadline cannot be extended, or nil: it has none, it is done or cancelled,
    /// or (when a new deadline is given) the new one is not after the one in force. The
    /// interface asks before it asks for the new date and the reason.
    public func extensionRefusal(ofTask index: Int, to newDue: PlanDate? = nil) -> EditError? {
        let task = tasks[index]
        guard let due = task.due else { return .noDeadlineToExtend }
        if let status = task.status, status == .done || status == .cancelled { return .extendingClosedTask(status: status) }
        if let newDue, newDue <= due { return .extensionNotLater(due: due) }
        return nil
    }

    /// The extensions of a task's deadline, in the order they were decided.
    public func extensions(of index: Int) -> [DeadlineExtension] {
        entries(of: index).compactMap(\.deadlineExtension).enumerated()
            .sorted { ($0.element.decided, $0.offset) < ($1.element.decided, $1.offset) }.map(\.element)
    }

    /// The task's first deadline: the old one of its first extension, else its `due:`.
    public func originalDue(of index: Int) -> PlanDate? {
        extensions(of: index).first?.from ?? tasks[index].due
    }

    /// The deadline in force on a day: the old deadline of the first extension decided after
    /// that day, else its `due:`.
    public func due(of index: Int, on day: PlanDate) -> PlanDate? {
        DeadlineExtension.inForce(extensions(of: index), due: tasks[index].due, on: day)
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
