import WorkplanCore

/// A review meeting under way: its agenda, the task on screen, what is being typed, and the
/// minutes recorded so far (each item is written to the minutes file as it is recorded).
public struct ReviewState: Equatable, Sendable {
    /// Where the meeting is.
    public enum Stage: Equatable, Sendable {
        /// Choosing which tasks to review.
        case choosingAgenda(MenuState)
        /// Putting the agenda in order and taking tasks off it; the selected one is marked.
        case arranging(selected: Int)
        /// Typing the meeting's title, chair and attendees.
        case naming
        /// Reviewing the agenda's tasks one by one.
        case walking
        /// The meeting has ended: what it did.
        case summary
    }

    /// Where the meeting is.
    public internal(set) var stage: Stage
    /// The meeting as recorded so far.
    public internal(set) var minutes: MeetingMinutes
    /// The agenda's task on screen (an index in `minutes.agenda`).
    public internal(set) var position = 0
    /// What is recorded for the task on screen, as it stands.
    public internal(set) var draft: MinutesItem?
    /// What was typed for tasks left without recording them (going back, passing over), by
    /// task id: it is on screen again when the meeting comes back to the task.
    public internal(set) var drafts: [String: MinutesItem] = [:]
    /// What is being typed, if anything.
    public internal(set) var editing: ReviewEdit?
    /// Tasks passed over, to come back to.
    public internal(set) var skipped: [String] = []
    /// True after `q` asked whether to end a meeting with tasks not recorded yet: a second
    /// `q` ends it, any other key goes on with it.
    public internal(set) var endAsked = false
    /// The minutes file, once the meeting has begun.
    public internal(set) var minutesPath: String?

    /// A meeting about to be set up.
    init(stage: Stage, minutes: MeetingMinutes) {
        self.stage = stage
        self.minutes = minutes
    }

    /// The id of the task on screen, if any.
    var currentTaskId: String? {
        minutes.agenda.indices.contains(position) ? minutes.agenda[position] : nil
    }

    /// What was typed (an outcome, a decision, who is responsible) and is not in the minutes as
    /// typed: for the task on screen and those left, in the agenda's order.
    var typedNotRecorded: [MinutesItem] {
        let typed = ([draft].compactMap { $0 } + drafts.values).filter { item in
            !(item.outcome.isEmpty && item.decision.isEmpty && item.responsible.isEmpty)
                && item != minutes.item(forTask: item.taskId)
        }
        let order = Dictionary(minutes.agenda.enumerated().map { ($1, $0) }) { first, _ in first }
        return typed.sorted { (order[$0.taskId] ?? Int.max) < (order[$1.taskId] ?? Int.max) }
    }
}

/// A line typed during a meeting.
public struct ReviewEdit: Equatable, Sendable {
    /// What the line is for.
    public var field: ReviewField
    /// The line.
    public var editor: LineEditor
}

/// What can be typed during a meeting.
public enum ReviewField: Equatable, Sendable {
    /// The meeting's title, place, chair and the chair's title, secretary and attendees, in that
    /// order (before it begins), as the minutes' header lists them.
    case title, place, chair, chairTitle, secretary, attendees
    /// The task's new due date, and its progress (saved to the plan at once).
    case due, progress
    /// A dated entry under the task (saved to the plan at once, and added to the outcome).
    case entry
    /// An extension of the task's deadline: the new date, then the reason (saved to the plan at
    /// once, decided by the meeting, and added to the decision).
    case extensionDate
    case extensionReason(due: PlanDate)
    /// The outcome, the opinions given, the decision and who is responsible (recorded in the minutes).
    case outcome, opinions, decision, responsible
    /// The id of a task to add to the end of the agenda.
    case agendaTask

    /// The label shown before the line.
    func label(_ language: Language) -> String {
        switch self {
        case .title: language.pick(vi: "Tên cuộc họp", en: "Meeting title")
        case .place: language.pick(vi: "Địa điểm (có thể để trống)", en: "Place (may be empty)")
        case .chair: language.pick(vi: "Chủ trì: họ tên (có thể để trống)", en: "Chaired by: name (may be empty)")
        case .chairTitle: language.pick(vi: "Chức vụ chủ trì (có thể để trống)", en: "Chair's title (may be empty)")
        case .secretary: language.pick(vi: "Thư ký (có thể để trống)", en: "Secretary (may be empty)")
        case .attendees: language.pick(vi: "Thành phần (có thể để trống)", en: "Attended by (may be empty)")
        case .due: language.pick(vi: "Hạn mới (10/07/2021, 10/7, +7, +5nlv)", en: "New due date (2021-07-10, 10/7, +7, +5wd)")
        case .progress: language.pick(vi: "Tiến độ (a/b hoặc N%)", en: "Progress (a/b or N%)")
        case .extensionDate: language.pick(vi: "Gia hạn đến (20/07/2021, +10nlv)", en: "Extend to (2021-07-20, +10wd)")
        case let .extensionReason(due):
            language.pick(vi: "Lý do gia hạn đến \(due.formatted(.vi))", en: "Why extend to \(due.formatted(.en))")
        case .entry: language.pick(vi: "Ghi kết quả hôm nay (ngày khác: 15/3: …)", en: "Entry for today (another day: 15/3: …)")
        case .outcome: MinutesLabel.outcome.text(language)
        case .opinions: MinutesLabel.opinions.text(language)
        case .agendaTask: language.pick(vi: "Thêm vào chương trình (mã nhiệm vụ)", en: "Add to the agenda (task id)")
        case .decision: MinutesLabel.decision.text(language)
        case .responsible: MinutesLabel.responsible.text(language)
        }
    }
}

extension ReviewField {
    /// The facts typed before a meeting begins, one after another, in the order its minutes list them.
    static let naming: [ReviewField] = [.title, .place, .chair, .chairTitle, .secretary, .attendees]

    /// Where the minutes keep a fact typed before the meeting begins; nil for the other fields.
    var fact: WritableKeyPath<MeetingMinutes, String>? {
        switch self {
        case .title: \.title
        case .place: \.place
        case .chair: \.chair
        case .chairTitle: \.chairTitle
        case .secretary: \.secretary
        case .attendees: \.attendees
        default: nil
        }
    }
}

/// What earlier meetings recorded for a task, for the detail pane and the review screen.
public struct MeetingNote: Equatable, Sendable {
    /// The meeting's day.
    public var date: PlanDate
    /// The meeting's title.
    public var title: String
    /// The decision recorded, or the outcome when there was no decision.
    public var text: String
}
