/// Fast questions about the shape of the plan, answered from the compact index without
/// decoding any line: what a tree view asks for every visible row and every keystroke.
extension Plan {
    /// A task's status, or nil when its mark is not one of the six.
    public func status(ofTask index: Int) -> TaskStatus? { slots[index].status }

    /// A task's parent, or nil at the top of its track.
    public func parent(ofTask index: Int) -> Int? {
        let parent = slots[index].parent
        return parent < 0 ? nil : Int(parent)
    }

    /// The line a task is written on (0-based).
    public func line(ofTask index: Int) -> Int { Int(slots[index].line) }

    /// A task's track.
    public func track(ofTask index: Int) -> Int { Int(slots[index].track) }

    /// A task's depth: 0 at the top of its track.
    public func depth(ofTask index: Int) -> Int { Int(slots[index].depth) }

    /// How many tasks follow a task in its subtree.
    public func descendantCount(ofTask index: Int) -> Int { Int(slots[index].descendants) }

    /// True when a task has subtasks.
    public func hasChildren(_ index: Int) -> Bool { slots[index].descendants > 0 }

    /// A task's id, its first `id:` value as `PlanTask.id` reads it, taken from the line's bytes
    /// without decoding the task: a meeting's agendas name tens of thousands of tasks.
    public func id(ofTask index: Int) -> String? {
        let slot = slots[index]
        let content = text.content(Int(slot.line))
        let base = content.startIndex
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            guard token.key.elementsEqual(Self.idKey) else { continue }
            return String(decoding: token.value, as: UTF8.self)
        }
        return nil
    }

    /// The `id` key's bytes.
    private static let idKey = Array(Field.Key.id.utf8)

    /// A task's due date, when it is valid.
    public func dueDate(ofTask index: Int) -> PlanDate? { slots[index].dueDate }

    /// True when a task is overdue on `today` by the deadline grid: open then (a `done:` day
    /// after it counts as open), not postponed, and due before it.
    public func isOverdue(_ index: Int, on today: PlanDate) -> Bool {
        slots[index].isOverdue(onDay: today.dayNumber, calendar: calendar)
    }

    /// A task's place in the deadline grid on `today`; nil when it is outside it (no due date,
    /// cancelled, postponed).
    public func deadlineState(ofTask index: Int, on today: PlanDate) -> DeadlineState? {
        slots[index].deadlineState(onDay: today.dayNumber, calendar: calendar)
    }

    /// A task's deadline: its due date, or, when the plan's calendar counts a deadline on a
    /// day off at the next working day and the due date is a day off, that working day.
    public func deadline(ofTask index: Int) -> PlanDate? {
        slots[index].dueDate.map(calendar.deadline(for:))
    }

    /// True when a task is open within term on `today` and its deadline is at most the rule's
    /// working days away: "sắp đến hạn".
    public func isDueSoon(_ index: Int, on today: PlanDate, rule: DueSoonRule) -> Bool {
        guard deadlineState(ofTask: index, on: today) == .notYetDue, let deadline = deadline(ofTask: index) else { return false }
        return rule.isDueSoon(deadline, on: today, calendar: calendar)
    }

    /// How many of a task's direct subtasks are done, and how many count (cancelled ones do not).
    public func childRollup(of index: Int) -> (done: Int, total: Int) {
        var done = 0
        var total = 0
        var child = index + 1
        let end = index + 1 + Int(slots[index].descendants)
        while child < end {
            let status = slots[child].status
            if status != .cancelled { total += 1 }
            if status == .done { done += 1 }
            child += Int(slots[child].descendants) + 1
        }
        return (done, total)
    }

    /// How many of a track's tasks at its top level are done, and how many count (cancelled ones do not).
    public func trackRollup(of track: Int) -> (done: Int, total: Int) {
        var done = 0
        var total = 0
        var task = tracks[track].tasks.lowerBound
        while task < tracks[track].tasks.upperBound {
            let status = slots[task].status
            if status != .cancelled { total += 1 }
            if status == .done { done += 1 }
            task += Int(slots[task].descendants) + 1
        }
        return (done, total)
    }
}
