import WorkplanCore

/// The filter the officer set in the tree: by status or due period, by lead unit, by track.
public struct TreeFilter: Equatable, Sendable {
    /// The status or due-period choices.
    public enum StatusChoice: CaseIterable, Sendable {
        /// Work remains.
        case open
        /// Done.
        case done
        /// Open and past its due date.
        case overdue
        /// Open and due this week (Monday to Sunday).
        case dueThisWeek
        /// Open and due this month.
        case dueThisMonth

        /// The choice's name for the user.
        public func name(_ language: Language) -> String {
            switch self {
            case .open: language.pick(vi: "chưa xong", en: "open")
            case .done: language.pick(vi: "hoàn thành", en: "done")
            case .overdue: language.pick(vi: "quá hạn", en: "overdue")
            case .dueThisWeek: language.pick(vi: "hạn trong tuần này", en: "due this week")
            case .dueThisMonth: language.pick(vi: "hạn trong tháng này", en: "due this month")
            }
        }
    }

    /// The status or due-period choice, if any.
    public var status: StatusChoice?
    /// The lead unit's code, if any.
    public var lead: String?
    /// The track's index, if any.
    public var track: Int?
    /// Words the track's title contains (case and diacritics ignored), if any.
    public var trackText: String?

    /// A filter that lets everything through.
    public init() {}

    /// True when nothing is filtered.
    public var isEmpty: Bool { status == nil && lead == nil && track == nil && trackText == nil }

    /// The tasks that pass, in file order.
    func apply(to plan: Plan, today: PlanDate) -> [Int] {
        var filter = TaskFilter()
        filter.lead = lead
        filter.track = trackText
        let open = Set(TaskStatus.allCases.filter(\.isOpen))
        switch status {
        case .open: filter.statuses = open
        case .done: filter.statuses = [.done]
        case .overdue: filter.overdueOn = today
        case .dueThisWeek:
            let monday = today.adding(days: -TreeFilter.weekday(of: today))
            filter.statuses = open
            filter.dueOnOrAfter = monday
            filter.dueBefore = monday?.adding(days: 7)
        case .dueThisMonth:
            filter.statuses = open
            filter.dueOnOrAfter = PlanDate(year: today.year, month: today.month, day: 1)
            filter.dueBefore = today.month == 12
                ? PlanDate(year: today.year + 1, month: 1, day: 1)
                : PlanDate(year: today.year, month: today.month + 1, day: 1)
        case nil: break
        }
        let passed = filter.apply(to: plan)
        guard let track else { return passed }
        return passed.filter { plan.track(ofTask: $0) == track }
    }

    /// The filter as the status line shows it, such as `quá hạn · TH`.
    public func summary(_ language: Language, plan: Plan) -> String {
        var parts: [String] = []
        if let status { parts.append(status.name(language)) }
        if let lead { parts.append(lead) }
        if let track, track < plan.tracks.count { parts.append(plan.tracks[track].title) }
        if let trackText { parts.append(trackText) }
        return parts.joined(separator: " · ")
    }

    /// Monday is 0, Sunday 6 (1970-01-01, day 0, was a Thursday).
    static func weekday(of date: PlanDate) -> Int {
        ((date.dayNumber % 7) + 7 + 3) % 7
    }
}
