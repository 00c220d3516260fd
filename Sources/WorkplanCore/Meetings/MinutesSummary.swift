/// What a meeting came to, counted from its items: how many tasks were reviewed, how many
/// changed status or due date, how many are to be followed up, and which tasks of the agenda
/// were not reached.
public struct MinutesSummary: Equatable, Sendable {
    /// The items recorded (a task reviewed twice counts twice, as the minutes list it).
    public let reviewed: Int
    /// The items whose status changed.
    public let statusChanged: Int
    /// The items whose due date changed.
    public let dueMoved: Int
    /// The items to be followed up at a later meeting.
    public let followUps: Int
    /// The agenda's tasks that have no item, in agenda order.
    public let notReviewed: [String]

    /// The summary of a meeting's minutes.
    public init(_ minutes: MeetingMinutes) {
        reviewed = minutes.items.count
        statusChanged = minutes.items.filter(\.statusChanged).count
        dueMoved = minutes.items.filter(\.dueChanged).count
        followUps = minutes.items.filter(\.followUp).count
        notReviewed = minutes.remaining
    }

    /// The summary as one sentence: `Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 1,
    /// theo dõi tiếp 1.`; `Chưa có nhiệm vụ nào được xem xét.` when there is no item.
    public func sentence(_ language: Language) -> String {
        guard reviewed > 0 else { return language.pick(vi: "Chưa có nhiệm vụ nào được xem xét.", en: "No task reviewed.") }
        return language.pick(
            vi: "Đã xem xét \(reviewed) nhiệm vụ; đổi trạng thái \(statusChanged), điều chỉnh hạn \(dueMoved), "
                + "theo dõi tiếp \(followUps).",
            en: "\(language.count(reviewed, vi: "nhiệm vụ", en: "task")) reviewed; status changed for \(statusChanged), "
                + "due date moved for \(dueMoved), follow-up for \(followUps).")
    }
}
