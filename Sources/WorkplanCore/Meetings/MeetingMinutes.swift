/// A meeting that reviews tasks of the plan (giao ban, sơ kết, tổng kết), as its minutes
/// (biên bản) record it: written to its file after every item, so that a meeting that was
/// cut off can be resumed.
public struct MeetingMinutes: Equatable, Sendable {
    /// The title, such as "Họp giao ban tháng 3/2021".
    public var title: String
    /// The day of the meeting.
    public var date: PlanDate
    /// When it began.
    public var started: ClockTime
    /// When it ended; nil while it goes on (or was cut off).
    public var ended: ClockTime?
    /// Where it was held (địa điểm).
    public var place = ""
    /// Who chaired it: the name, as the signature prints it.
    public var chair: String
    /// The chair's title (chức vụ), printed after the name and not under the signature.
    public var chairTitle = ""
    /// Who took the minutes (thư ký, người ghi biên bản).
    public var secretary = ""
    /// Who attended, as written.
    public var attendees: String
    /// The ids of the tasks to review, in order.
    public var agenda: [String]
    /// What was recorded for each task reviewed, in the order they were reviewed.
    public var items: [MinutesItem]

    /// A meeting that has just begun.
    public init(title: String, date: PlanDate, started: ClockTime, chair: String = "", attendees: String = "",
                agenda: [String], items: [MinutesItem] = [], ended: ClockTime? = nil) {
        self.title = title
        self.date = date
        self.started = started
        self.ended = ended
        self.chair = chair
        self.attendees = attendees
        self.agenda = agenda
        self.items = items
    }

    /// True when the meeting was closed; false when it goes on or was cut off.
    public var isFinished: Bool { ended != nil }

    /// The item recorded for a task, if any.
    public func item(forTask id: String) -> MinutesItem? {
        items.last { $0.taskId == id }
    }

    /// Takes in a task's item as the minutes file places it (`MinutesFile.record`): in place of
    /// the task's item when it has one, else before the first item of a task that comes later on
    /// the agenda.
    public mutating func record(_ item: MinutesItem) {
        if let own = items.firstIndex(where: { $0.taskId == item.taskId }) {
            items[own] = item
            return
        }
        let rank = agenda.firstIndex(of: item.taskId) ?? agenda.count
        let place = items.firstIndex { (agenda.firstIndex(of: $0.taskId) ?? -1) > rank } ?? items.count
        items.insert(item, at: place)
    }

    /// True when both are the same meeting: the same day, title and start.
    public func isSameMeeting(as other: MeetingMinutes) -> Bool {
        date == other.date && title == other.title && started == other.started
    }

    /// The agenda's tasks that have no item yet, in agenda order: where a resumed meeting
    /// goes on.
    public var remaining: [String] {
        let done = Set(items.map(\.taskId))
        return agenda.filter { !done.contains($0) }
    }
}

/// What a meeting recorded for one task.
public struct MinutesItem: Equatable, Sendable {
    /// The task's id.
    public var taskId: String
    /// The task's title when it was reviewed.
    public var title: String
    /// The status before and after the review (equal when it did not change).
    public var statusBefore: TaskStatus?
    /// The status after the review.
    public var statusAfter: TaskStatus?
    /// The due date before the review.
    public var dueBefore: PlanDate?
    /// The due date after the review.
    public var dueAfter: PlanDate?
    /// The progress before the review, as the plan writes it, or empty.
    public var progressBefore: String
    /// The progress after the review, as the plan writes it (`3/4`, `80%`), or empty.
    public var progress: String
    /// The outcome reported (kết quả).
    public var outcome: String
    /// What those present said of it (ý kiến), before the decision.
    public var opinions = ""
    /// The decision or direction given (kết luận, ý kiến chỉ đạo).
    public var decision: String
    /// Who is responsible for what was decided.
    public var responsible: String
    /// True when the task is to be followed up at a later meeting.
    public var followUp: Bool
    /// When the item's discussion began and ended, if known.
    public var from: ClockTime?
    /// When the item's discussion ended, if known.
    public var to: ClockTime?

    /// An item for a task.
    public init(taskId: String, title: String, statusBefore: TaskStatus? = nil, statusAfter: TaskStatus? = nil,
                dueBefore: PlanDate? = nil, dueAfter: PlanDate? = nil, progressBefore: String? = nil,
                progress: String = "", outcome: String = "",
                decision: String = "", responsible: String = "", followUp: Bool = false,
                from: ClockTime? = nil, to: ClockTime? = nil) {
        self.taskId = taskId
        self.title = title
        self.statusBefore = statusBefore
        self.statusAfter = statusAfter
        self.dueBefore = dueBefore
        self.dueAfter = dueAfter
        self.progressBefore = progressBefore ?? progress
        self.progress = progress
        self.outcome = outcome
        self.decision = decision
        self.responsible = responsible
        self.followUp = followUp
        self.from = from
        self.to = to
    }

    /// True when the status changed.
    public var statusChanged: Bool { statusBefore != statusAfter }

    /// True when the due date changed.
    public var dueChanged: Bool { dueBefore != dueAfter }

    /// True when the progress changed.
    public var progressChanged: Bool { progressBefore != progress }

    /// The progress as the minutes write it: `70% → 80%` when it changed, else as it is.
    func progressText(_ language: Language) -> String {
        guard progressChanged else { return progress }
        let none = MinutesNone.word(language)
        return (progressBefore.isEmpty ? none : progressBefore) + " → " + (progress.isEmpty ? none : progress)
    }
}
