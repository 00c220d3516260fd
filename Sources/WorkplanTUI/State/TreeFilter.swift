import WorkplanCore

/// The filter the officer set in the tree, or a meeting's agenda: by status or due period, by
/// lead unit, by a unit that leads or coordinates, by a person following, by track, by a range
/// of due dates.
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
        /// Open and due this quarter.
        case dueThisQuarter

        /// The choice's name for the user.
        public func name(_ language: Language) -> String {
            switch self {
            case .open: language.pick(vi: "chưa xong", en: "open")
            case .done: language.pick(vi: "hoàn thành", en: "done")
            case .overdue: language.pick(vi: "quá hạn", en: "overdue")
            case .dueThisWeek: language.pick(vi: "hạn trong tuần này", en: "due this week")
            case .dueThisMonth: language.pick(vi: "hạn trong tháng này", en: "due this month")
            case .dueThisQuarter: language.pick(vi: "hạn trong quý này", en: "due this quarter")
            }
        }
    }

    /// The status or due-period choice, if any.
    public var status: StatusChoice?
    /// The lead unit's code, if any.
    public var lead: String?
    /// A unit that leads or coordinates, if any.
    public var unit: String?
    /// The handle of a person following the task, if any ("việc của tôi" is the officer's own).
    public var person: String?
    /// The track's index, if any.
    public var track: Int?
    /// Words the track's title contains (case and diacritics ignored), if any.
    public var trackText: String?
    /// The days an open task's due date falls in, if any (`--agenda due:2021-11-01..2021-11-30`).
    public var due: ReportPeriod?

    /// A filter that lets everything through.
    public init() {}

    /// True when nothing is filtered.
    public var isEmpty: Bool {
        status == nil && lead == nil && unit == nil && person == nil && track == nil && trackText == nil && due == nil
    }

    /// The tasks that pass, in file order.
    public func apply(to plan: Plan, today: PlanDate) -> [Int] {
        var filter = TaskFilter()
        filter.lead = lead
        filter.unit = unit
        filter.person = person
        filter.track = trackText
        let open = Set(TaskStatus.allCases.filter(\.isOpen))
        var days = due
        if due != nil { filter.statuses = open }
        switch status {
        case .open: filter.statuses = open
        case .done: filter.statuses = [.done]
        case .overdue: filter.overdueOn = today
        case .dueThisWeek, .dueThisMonth, .dueThisQuarter:
            filter.statuses = open
            guard let period = TreeFilter.period(of: status, today: today) else { return [] }
            if let given = days {
                guard let both = ReportPeriod(from: max(given.from, period.from), to: min(given.to, period.to)) else { return [] }
                days = both
            } else {
                days = period
            }
        case nil: break
        }
        if let days {
            filter.dueOnOrAfter = days.from
            filter.dueBefore = days.to.adding(days: 1)
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
        if let unit { parts.append(language.pick(vi: "tham gia ", en: "with ") + unit) }
        if let person { parts.append(language.pick(vi: "theo dõi ", en: "followed by ") + person) }
        if let track, track < plan.tracks.count { parts.append(plan.tracks[track].title) }
        if let trackText { parts.append(trackText) }
        if let due { parts.append(language.pick(vi: "hạn ", en: "due ") + due.label(language)) }
        return parts.joined(separator: " · ")
    }

    /// The days of a due-period choice around today: Monday to Sunday, the month, the quarter.
    public static func period(of choice: StatusChoice?, today: PlanDate) -> ReportPeriod? {
        switch choice {
        case .dueThisWeek:
            guard let monday = today.adding(days: -weekday(of: today)), let sunday = monday.adding(days: 6) else { return nil }
            return ReportPeriod(from: monday, to: sunday)
        case .dueThisMonth: return .month(containing: today)
        case .dueThisQuarter: return .quarter(containing: today)
        case .open, .done, .overdue, nil: return nil
        }
    }

    /// Monday is 0, Sunday 6 (1970-01-01, day 0, was a Thursday).
    static func weekday(of date: PlanDate) -> Int {
        ((date.dayNumber % 7) + 7 + 3) % 7
    }
}
