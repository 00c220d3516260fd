/// Edits of a plan. Each rewrites only the lines of the tasks it changes; a task that is
/// edited gets an id when it has none, and no other task is renumbered.
extension Plan {
    /// Sets a task's status. Done writes `done:` with `today` (unless it has a date already);
    /// leaving done removes `done:`.
    @discardableResult
    public mutating func setStatus(ofTask index: Int, to status: TaskStatus, today: PlanDate) -> LineChange {
        var fields = tasks[index].fields
        if status == .done {
            if !fields.contains(where: { $0.key == Field.Key.done }) {
                fields.append(Field(key: Field.Key.done, value: today.iso))
            }
        } else {
            fields.removeAll { $0.key == Field.Key.done }
        }
        return rewrite(task: index, status: status, title: nil, fields: fields)
    }

    /// Sets (or, with a nil value, removes) fields of a task, keeping the order of the others.
    @discardableResult
    public mutating func setFields(ofTask index: Int, _ updates: [(key: String, value: String?)]) throws(EditError) -> LineChange {
        var fields = tasks[index].fields
        for update in updates {
            try Plan.validate(key: update.key, value: update.value)
            if update.key == Field.Key.id { try checkNewId(update.value, for: index) }
            if let value = update.value {
                if let position = fields.firstIndex(where: { $0.key == update.key }) {
                    fields[position].value = value
                } else {
                    fields.append(Field(key: update.key, value: value))
                }
            } else {
                fields.removeAll { $0.key == update.key }
            }
        }
        return rewrite(task: index, status: nil, title: nil, fields: fields)
    }

    /// Sets a task's title, stored in NFC.
    @discardableResult
    public mutating func setTitle(ofTask index: Int, to title: String) throws(EditError) -> LineChange {
        let clean = TaskTitle.clean(title)
        guard !clean.isEmpty else { throw .emptyTitle }
        return rewrite(task: index, status: nil, title: clean, fields: tasks[index].fields)
    }

    /// Refuses to take a task's id away or to give it one that another task has.
    func checkNewId(_ value: String?, for index: Int?) throws(EditError) {
        guard let value else {
            throw .cannotRemoveId(id: index.flatMap { tasks[$0].id } ?? "")
        }
        if let owner = taskIndex(id: value), owner != index {
            throw .duplicateId(id: value, line: tasks[owner].line + 1)
        }
    }

    /// Checks that a field can be written: an ASCII key, a value without spaces, a real date
    /// for date keys and `a/b` or `N%` for progress.
    static func validate(key: String, value: String?) throws(EditError) {
        guard TaskLineSyntax.looksLikeField(key + ":x"), !key.contains(":") else { throw .invalidKey(key: key) }
        guard let value else { return }
        if key == Field.Key.id, !value.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) {
            throw .invalidValue(key: key, value: value)
        }
        guard !value.isEmpty, !value.contains(where: \.isWhitespace), !value.hasPrefix("//"),
              FieldCheck.valueProblem(key: key, value: value) == nil else {
            throw .invalidValue(key: key, value: value)
        }
    }

    /// Writes a task's line anew from its parts and updates the task, the id index and the
    /// line's problems. Only the parts given change; the indentation, bullet, unchanged title
    /// bytes and trailing white space stay as they were.
    mutating func rewrite(task index: Int, status: TaskStatus?, title: String?, fields newFields: [Field]) -> LineChange {
        let line = Int(slots[index].line)
        let before = text.string(line)
        guard let composed = compose(task: index, status: status, title: title, fields: newFields) else {
            return LineChange(line: line, before: before, after: before)
        }
        // No slice of the store is alive here, so the store grows in place instead of being copied.
        text.replace(line: line, with: composed.bytes)
        reread(task: index, oldId: composed.oldId)
        return LineChange(line: line, before: before, after: text.string(line))
    }

    /// The new bytes of a task's line, and the id it had, or nil when the line is not a task.
    private func compose(task index: Int, status: TaskStatus?, title: String?,
                         fields newFields: [Field]) -> (bytes: [UInt8], oldId: String?)? {
        let content = text.content(Int(slots[index].line))
        guard let syntax = TaskLineSyntax(content) else { return nil }
        let oldFields = TaskParts.fields(content[(content.startIndex + syntax.fieldsStart)...])
        var fields = newFields
        if !fields.contains(where: { $0.key == Field.Key.id }) {
            let parent = slots[index].parent
            fields.insert(Field(key: Field.Key.id, value: newId(parent: parent < 0 ? nil : Int(parent))), at: 0)
        }
        let out = TaskLineSyntax.composed(content, syntax: syntax, mark: status.map { Array(String($0.mark).utf8) },
                                          title: title.map { Array(TaskTitle.escape($0).utf8) },
                                          fields: fields, oldFields: oldFields)
        return (out, oldFields.first(where: { $0.key == Field.Key.id })?.value)
    }

    /// Reads a task's line again after it changed, and refreshes its slot, the id index and
    /// its problems. The tree fields (parent, track, depth, subtree, note) stay.
    private mutating func reread(task index: Int, oldId: String?) {
        let line = Int(slots[index].line)
        let content = text.content(line)
        guard let syntax = TaskLineSyntax(content) else { return }
        let reading = TaskLineReading(content: content, syntax: syntax, line: line, codes: declaredCodes)
        var slot = reading.slot
        let old = slots[index]
        slot.parent = old.parent
        slot.track = old.track
        slot.depth = old.depth
        slot.descendants = old.descendants
        slot.noteStart = old.noteStart
        slot.noteEnd = old.noteEnd
        slots[index] = slot
        problems.removeAll { $0.line == line + 1 && $0.kind.isAboutFields }
        var fresh = reading.problems
        let newId = reading.firstId?.key
        if let oldId = oldId.map(TaskId.init), oldId != newId {
            reindexIds()
        } else {
            var earlier: Set<TaskId> = []
            for found in reading.ids {
                let id = found.key
                var ids = IdIndex()
                swap(&ids, &idIndex)
                let sameId = { (candidate: Int32) in Plan.task(candidate, of: self.slots, in: self.text, hasId: id) }
                let owner = ids.task(fingerprint: id.fingerprint, sameId: sameId) ?? Int32(index)
                ids.set(fingerprint: id.fingerprint, to: owner, sameId: sameId)
                swap(&ids, &idIndex)
                if owner != Int32(index) || !earlier.insert(id).inserted {
                    fresh.append(Problem(line: line + 1, column: FieldCheck.column(content, found.offset),
                                         kind: .duplicateId(id: found.value, firstLine: Int(slots[Int(owner)].line) + 1)))
                }
            }
        }
        problems.append(contentsOf: fresh)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Builds the id index and the duplicate-id problems again from every task line, after
    /// an id changed and a task that shared it may now be the only one with it.
    private mutating func reindexIds() {
        var index = IdIndex(capacity: slots.count)
        var duplicates: [Problem] = []
        for (position, slot) in slots.enumerated() {
            let content = text.content(Int(slot.line))
            guard let syntax = TaskLineSyntax(content) else { continue }
            let reading = TaskLineReading(content: content, syntax: syntax, line: Int(slot.line))
            for (raw, offset, id) in reading.ids {
                let sameId = { (candidate: Int32) in Plan.task(candidate, of: slots, in: text, hasId: id) }
                if let first = index.task(fingerprint: id.fingerprint, sameId: sameId) {
                    duplicates.append(Problem(line: Int(slot.line) + 1, column: FieldCheck.column(content, offset),
                                              kind: .duplicateId(id: raw, firstLine: Int(slots[Int(first)].line) + 1)))
                } else {
                    index.set(fingerprint: id.fingerprint, to: Int32(position), sameId: sameId)
                }
            }
        }
        idIndex = index
        problems.removeAll { if case .duplicateId = $0.kind { true } else { false } }
        problems.append(contentsOf: duplicates)
    }

    /// A new id: the parent's id and the first free `.N`, or `T` and the first free number.
    func newId(parent: Int?) -> String {
        let prefix = parent.flatMap { tasks[$0].id }.map { $0 + "." } ?? "T"
        var number = 1
        while taskIndex(id: prefix + String(number)) != nil { number += 1 }
        return prefix + String(number)
    }
}

extension Problem.Kind {
    /// True for the problems that rewriting a task line can make or mend.
    var isAboutFields: Bool {
        switch self {
        case .invalidDate, .invalidProgress, .progressAboveWhole, .repeatedKey, .startAfterDue, .doneOnOpenTask,
             .invalidCount, .countAboveBase, .unitWithoutCount, .invalidShare, .unknownUnit, .unknownPerson,
             .unknownStatus, .duplicateId: true
        case .doneInFuture, .taskInUnitsSection, .invalidEntryDate, .emptyEntry, .unreadableEntryCount,
             .unreadableExtension, .calendarLine, .officeLine, .invalidUTF8,
             .nulByte, .conflictMarker: false
        }
    }
}
