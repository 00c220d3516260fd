/// A task as programs read it in JSON and CSV listings: plain values, ISO dates.
struct TaskRecord {
    let id: String?
    let status: String
    let mark: String
    let title: String
    let track: String
    let depth: Int
    let parent: String?
    let lead: String?
    let with: [String]
    /// The handles of the persons who follow the task.
    let persons: [String]
    /// Every field as written, in order, for the columns that show the rest.
    let otherFields: [Field]
    let due: String?
    let start: String?
    let done: String?
    let progress: String?
    let tags: [String]
    let fields: [String: String]
    let note: String?
    /// The dated entries as the file writes them, ISO date first: `2021-03-15: 1 buổi tiếp công dân`.
    let entries: [String]
    let overdue: Bool
    let line: Int

    init(plan: Plan, index: Int, today: PlanDate) {
        let task = plan.tasks[index]
        id = task.id
        status = task.status.map(TaskRecord.statusName) ?? "unknown"
        mark = String(task.mark)
        title = task.title
        track = plan.tracks[task.track].title
        depth = task.depth
        parent = task.parent.flatMap { plan.tasks[$0].id }
        lead = task.lead
        with = task.coordinators
        persons = task.persons
        otherFields = task.fields
        due = Self.counted(task, Field.Key.due) { PlanDate(iso: $0) != nil }
        start = Self.counted(task, Field.Key.start) { PlanDate(iso: $0) != nil }
        done = Self.counted(task, Field.Key.done) { PlanDate(iso: $0) != nil }
        progress = Self.counted(task, Field.Key.progress) { Progress($0) != nil }
        tags = task.tags
        let known: Set<String> = [Field.Key.id, Field.Key.lead, Field.Key.with, Field.Key.due, Field.Key.start,
                                  Field.Key.done, Field.Key.progress, Field.Key.tag]
        fields = Dictionary(task.fields.filter { !known.contains($0.key) }.map { ($0.key, $0.value) },
                            uniquingKeysWith: { first, _ in first })
        note = task.noteLines.isEmpty ? nil : Optional(plan.note(of: index)).flatMap { $0.isEmpty ? nil : $0 }
        entries = task.noteLines.isEmpty ? [] : plan.entries(of: index).map { $0.date.iso + ": " + $0.text }
        overdue = plan.isOverdue(index, on: today)
        line = task.line + 1
    }

    /// The value of a key as written that counts (its first valid one, as everywhere), else
    /// the first as written, so that a listing shows what the file says.
    private static func counted(_ task: PlanTask, _ key: String, _ isValid: (String) -> Bool) -> String? {
        task.firstValid(key) { isValid($0) ? $0 : nil } ?? task.value(key)
    }

    /// The status as a reader of the language calls it; `unknown` marks as such.
    func statusName(_ language: Language) -> String {
        guard let status = TaskStatus.allCases.first(where: { TaskRecord.statusName($0) == self.status }) else {
            return language.pick(vi: "không rõ", en: "unknown")
        }
        return status.name(language)
    }

    /// The status as a stable English word.
    static func statusName(_ status: TaskStatus) -> String {
        switch status {
        case .notStarted: "not-started"
        case .inProgress: "in-progress"
        case .done: "done"
        case .cancelled: "cancelled"
        case .postponed: "postponed"
        case .blocked: "blocked"
        }
    }
}
