extension Plan {
    /// Every problem of the plan as `check` reports it on `today`, in line order: the file's
    /// own, which reading finds, and those that depend on the day, which reading cannot know
    /// (a task done after today). Cheap enough for every command: only the lines of tasks
    /// done after today are read again.
    public func problems(on today: PlanDate) -> [Problem] {
        var dated: [Problem] = []
        let todayNumber = today.dayNumber
        for slot in slots where slot.done != TaskSlot.noDate && Int(slot.done) > todayNumber {
            let content = text.content(Int(slot.line))
            let base = content.startIndex
            var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
            while let token = tokens.next() {
                guard token.key.elementsEqual(Field.Key.done.utf8), let done = PlanDate(isoBytes: token.value) else { continue }
                dated.append(Problem(line: Int(slot.line) + 1, column: FieldCheck.column(content, token.whole.startIndex - base),
                                     kind: .doneInFuture(done: done, today: today)))
                break
            }
        }
        guard !dated.isEmpty else { return problems }
        return (problems + dated).enumerated().sorted { left, right in
            (left.element.line, left.element.column, left.offset) < (right.element.line, right.element.column, right.offset)
        }.map(\.element)
    }
}
