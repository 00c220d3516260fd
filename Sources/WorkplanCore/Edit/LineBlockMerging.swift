/// Making an edit again on a plan that someone else changed since the edit was made: the one
/// merge rule of every save (`PlanFile.perform`).
///
/// 1. Where the edit's old lines still are, byte for byte, they are replaced (`apply`), and an
///    id that the edit gives out and that someone else took meanwhile gets a free number.
/// 2. Else, when the edit only added a dated entry under a task that is still here under its
///    id, the entry is added under that task again (`remakeEntryAddition`).
/// 3. Else, when the edit changed one task's line and nothing more (a status, a title, fields)
///    and that task is still here under its id, the line is merged part by part against the
///    line the edit was made on: each part the edit changed (the status mark, the title, each
///    field key) takes the edit's value; every other part stays as it is here. Two officers who
///    set different fields of one task both keep theirs.
/// 4. Else, or when a part the edit changed was also changed here to another value, the edit
///    is refused (`EditError.linesChanged`): the caller shows both versions as a conflict.
extension Plan {
    /// Makes `edit` again on this plan by the rule above, and returns it as made here.
    public mutating func merge(_ edit: LineBlockEdit) throws(EditError) -> LineBlockEdit {
        let freed = freeingIds(in: edit)
        if locate(freed) != nil { return try apply(freed) }
        if let entry = try remakeEntryAddition(edit) { return entry }
        guard edit.old.count == 1, edit.new.count == 1, let id = edit.taskId, let task = taskIndex(id: id),
              let base = TaskLineParts(edit.old[0]), let mine = TaskLineParts(edit.new[0]) else {
            throw .linesChanged
        }
        let line = Int(slots[task].line)
        guard let theirs = TaskLineParts(text.string(line)) else { throw .linesChanged }
        let merged = try TaskLineParts.merge(base: base, mine: mine, theirs: theirs)
        let change = rewrite(task: task, status: merged.status, title: merged.title, fields: merged.fields)
        return LineBlockEdit(change, taskId: id)
    }
}

/// The parts of a task line that an edit of the line changes, as written.
struct TaskLineParts: Equatable {
    /// The status mark.
    var mark: String
    /// The title's bytes as written (escapes included).
    var title: [UInt8]
    /// The fields in their order.
    var fields: [Field]

    /// The parts of a task line, or nil when the line is not a task.
    init?(_ line: String) {
        let bytes = Array(line.utf8)[...]
        guard let syntax = TaskLineSyntax(bytes) else { return nil }
        let base = bytes.startIndex
        mark = String(decoding: bytes[(base + syntax.markStart)..<(base + syntax.markEnd)], as: UTF8.self)
        title = Array(bytes[(base + syntax.titleStart)..<(base + syntax.titleEnd)])
        fields = TaskParts.fields(bytes[(base + syntax.fieldsStart)..<(base + syntax.trailingStart)])
    }

    /// What to write on their line so that it holds both changes: the status and title to set
    /// (nil keeps theirs) and the fields. Throws `linesChanged` when mine and theirs changed the
    /// same part to different values.
    static func merge(base: TaskLineParts, mine: TaskLineParts,
                      theirs: TaskLineParts) throws(EditError) -> (status: TaskStatus?, title: String?, fields: [Field]) {
        var status: TaskStatus?
        if mine.mark != base.mark, mine.mark != theirs.mark {
            guard theirs.mark == base.mark, let character = mine.mark.first, let mark = TaskStatus(mark: character) else {
                throw .linesChanged
            }
            status = mark
        }
        var title: String?
        if mine.title != base.title, mine.title != theirs.title {
            guard theirs.title == base.title else { throw .linesChanged }
            title = TaskTitle.unescape(mine.title[...])
        }
        var fields = theirs.fields
        let was = base.valuesByKey, mineNow = mine.valuesByKey, theirsNow = theirs.valuesByKey
        var seen: Set<String> = []
        for field in base.fields + mine.fields where seen.insert(field.key).inserted {
            let key = field.key
            let before = was[key] ?? [], mine = mineNow[key] ?? [], theirs = theirsNow[key] ?? []
            guard mine != before, mine != theirs else { continue }
            guard theirs == before else { throw .linesChanged }
            fields = Self.fields(fields, setting: key, to: mine)
        }
        return (status, title, fields)
    }

    /// The values this line gives each key, in order: read once, so that merging a line of
    /// many fields stays linear in its length.
    var valuesByKey: [String: [String]] {
        var values: [String: [String]] = [:]
        for field in fields { values[field.key, default: []].append(field.value) }
        return values
    }

    /// `fields` with the values of `key` replaced by `values`: in the place of the key's first
    /// field, or at the end when the key had none.
    static func fields(_ fields: [Field], setting key: String, to values: [String]) -> [Field] {
        let place = fields.firstIndex { $0.key == key } ?? fields.count
        var result = fields
        result.removeAll { $0.key == key }
        result.insert(contentsOf: values.map { Field(key: key, value: $0) }, at: place)
        return result
    }
}
