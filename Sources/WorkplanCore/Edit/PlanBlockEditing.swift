/// The steps the structural edits share: replacing a run of lines while recording the edit,
/// checking that the tree came out as asked, giving the task an id, and writing a new task line.
extension Plan {
    /// Replaces the lines of `range` with `lines`, reads the plan again and returns the edit.
    /// An insertion or a deletion holds a neighbouring line, so that neither the edit nor its
    /// inverse has empty `old` lines: the line before, or at line 0 the line after (for an
    /// insertion into an empty file, the one empty line it reads as). Deleting every line of a
    /// file leaves one empty line with the ending the last line had: an empty line in a file
    /// that ended with a line ending (so that undo gives back its CRLF or LF), else nothing.
    mutating func replace(lines range: Range<Int>, with lines: [[UInt8]], taskId: String? = nil) -> LineBlockEdit {
        var start = range.lowerBound
        var end = range.upperBound
        var new = lines
        if range.isEmpty || lines.isEmpty {
            if start > 0 {
                start -= 1
                new.insert(Array(editContent(start)), at: 0)
            } else if lines.isEmpty, end >= text.lineCount {
                new = [[]]
            } else {
                new.append(Array(editContent(end)))
                end += 1
            }
        }
        let edit = LineBlockEdit(start: start, old: (start..<end).map(editString),
                                 new: new.map { String(decoding: $0, as: UTF8.self) }, taskId: taskId)
        replaceLines(start, count: end - start, with: new)
        return edit
    }

    /// `replace(lines:with:)`, kept only when the plan reads as the edit meant (`expected`);
    /// otherwise the plan goes back as it was and the edit is refused, because the lines around
    /// it (a code block, text at the margin, a heading) would have changed more than asked.
    mutating func replace(lines range: Range<Int>, with lines: [[UInt8]],
                          expected: (Plan) -> Bool) throws(EditError) -> LineBlockEdit {
        let saved = self
        let edit = replace(lines: range, with: lines)
        guard expected(self) else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return edit
    }

    /// The index of the task on `line` when it has `parent` and the plan has `count` tasks, as
    /// the edit meant; otherwise the plan goes back to `saved` and the edit is refused, because
    /// the lines around it (a code block, text at the margin) would have changed other tasks.
    mutating func check(task line: Int, parent: Int?, count: Int, else saved: Plan) throws(EditError) -> Int {
        guard taskCount == count, let index = taskIndex(line: line + 1), parentIndex(of: index) == parent else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return index
    }

    /// Gives the task an id when it has none (writing its line again, and that line in the
    /// edit's `new` lines), and names it as the task the edit is about.
    mutating func identify(_ index: Int, in edit: LineBlockEdit) -> LineBlockEdit {
        var edit = edit
        if tasks[index].id == nil {
            let change = rewrite(task: index, status: nil, title: nil, fields: tasks[index].fields)
            let position = change.line - edit.start
            if edit.new.indices.contains(position) { edit.new[position] = change.after }
        }
        edit.taskId = tasks[index].id
        return edit
    }

    /// The line of a new task: the indentation and bullet given, the status's mark, the title
    /// in NFC and the fields, an `id:` first (the one given, else a new one under `parent`).
    func newTaskLine(indent: [UInt8], bullet: String, title: String, status: TaskStatus = .notStarted,
                     fields: [Field], parent: Int?) throws(EditError) -> [UInt8] {
        let clean = TaskTitle.clean(title)
        guard !clean.isEmpty else { throw .emptyTitle }
        for field in fields {
            try Plan.validate(key: field.key, value: field.value)
            if field.key == Field.Key.id { try checkNewId(field.value, for: nil) }
        }
        var allFields = fields
        let id = allFields.first(where: { $0.key == Field.Key.id })?.value ?? newId(parent: parent)
        allFields.removeAll { $0.key == Field.Key.id }
        allFields.insert(Field(key: Field.Key.id, value: id), at: 0)
        let rest = bullet + " [" + String(status.mark) + "] " + TaskTitle.escape(clean) + "  "
            + allFields.map(\.token).joined(separator: " ")
        return indent + Array(rest.utf8)
    }
}
