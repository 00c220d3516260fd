/// The office's report on a plan: per track, how its tasks stand and their quantitative
/// results; the decisions of the meetings held; and the tasks still open, to carry over.
/// Either for the whole plan as of a day, or for a period (see docs/report.md for the rules).
public struct PlanReport: Sendable {
    /// One track's part of the report.
    public struct TrackSummary: Sendable {
        /// The track's heading (empty for tasks before the first heading).
        public let title: String
        /// Its counts.
        public let counts: Counts
        /// The quantitative results of its counted tasks, in file order.
        public let results: [ResultLine]
        /// Its tasks still open at the end of the report, in file order.
        public let open: [OpenTask]
    }

    /// The plan's title.
    public let planTitle: String?
    /// The day the numbers are for: the as-of day, or the period's last day when that is earlier.
    public let asOf: PlanDate
    /// The period reported on; nil for the whole plan.
    public let period: ReportPeriod?
    /// The deadline counted against.
    public let basis: DeadlineBasis
    /// The first and last due dates of the plan's tasks, if any has one.
    public let dueSpan: ReportPeriod?
    /// The tracks that have tasks, in file order.
    public let tracks: [TrackSummary]
    /// The counts of all the tracks together.
    public let total: Counts
    /// The counted tasks grouped by lead unit: the declared units in their order, then codes
    /// used but not declared, then the tasks without a lead; only groups with a task.
    public let units: [GroupSummary]
    /// The counted tasks grouped by the persons who follow them (a task followed by two counts
    /// for each): the declared persons in their order, then handles used but not declared, then
    /// the tasks without a person; only groups with a task.
    public let persons: [GroupSummary]
    /// The meetings held in the report's span (in the period, and not after its day), oldest first.
    public let meetings: [MeetingSummary]

    /// The report on a plan as of a day, for a period or (without one) the whole plan, with
    /// the decisions of those of `meetings` that fall in it; deadlines and days overdue in
    /// working days follow the plan's calendar.
    public init(plan: Plan, asOf: PlanDate, period: ReportPeriod? = nil, meetings: [MeetingMinutes] = [],
                against basis: DeadlineBasis = .inForce) {
        let calendar = plan.calendar
        let day = period.map { min($0.to, asOf) } ?? asOf
        planTitle = plan.title
        self.asOf = day
        self.period = period
        self.basis = basis
        let dues = plan.slots.lazy.compactMap(\.dueDate)
        dueSpan = dues.min().flatMap { first in dues.max().flatMap { last in ReportPeriod(from: first, to: last) } }
        var groups = Groups(units: CodeGroups(.unit, declared: plan.units.map { ($0.code, $0.name) }),
                            persons: CodeGroups(.person, declared: plan.persons.map { ($0.handle, $0.name) }))
        tracks = plan.tracks.filter { !$0.tasks.isEmpty }.map { track in
            PlanReport.summary(of: track, in: plan, day: day, period: period, calendar: calendar, basis: basis,
                               groups: &groups)
        }
        total = tracks.reduce(Counts()) { $0 + $1.counts }
        units = groups.units.summaries
        persons = groups.persons.summaries
        self.meetings = meetings.filter { meeting in meeting.date <= day && (period.map { meeting.date >= $0.from } ?? true) }
            .sorted { ($0.date, $0.started) < ($1.date, $1.started) }
            .map { PlanReport.summary(of: $0, in: plan) }
    }

    private static func summary(of track: Track, in plan: Plan, day: PlanDate, period: ReportPeriod?,
                                calendar: OfficeCalendar, basis: DeadlineBasis, groups: inout Groups) -> TrackSummary {
        var counts = Counts()
        var results: [ResultLine] = []
        var open: [OpenTask] = []
        var listed = [Bool](repeating: false, count: track.tasks.count)
        for index in track.tasks {
            let state = ReportTaskState(plan: plan, index: index, day: day, period: period, against: basis)
            let slot = plan.slots[index]
            let entries = slot.noteStart == slot.noteEnd ? nil
                : Optional(plan.entryTotals(of: index, from: period?.from, to: day)).flatMap { $0.isEmpty ? nil : $0 }
            if state.isCounted {
                counts.count(state)
                groups.units.count(state, codes: state.fields.lead.map { [$0] } ?? [])
                groups.persons.count(state, codes: state.fields.persons)
            }
            let measured = state.isCounted && (state.fields.counted != nil || state.fields.progress != nil)
            if measured || entries != nil {
                results.append(ResultLine(id: state.fields.idText, title: state.fields.title,
                                          progress: measured ? state.fields.progress : nil,
                                          counted: measured ? state.fields.counted : nil, entries: entries))
            }
            if state.isCarried {
                var level = 0
                var parent = Int(plan.slots[index].parent)
                while parent >= track.tasks.lowerBound {
                    if listed[parent - track.tasks.lowerBound] { level += 1 }
                    parent = Int(plan.slots[parent].parent)
                }
                open.append(OpenTask(id: state.fields.idText, title: state.fields.title, lead: state.fields.leadText,
                                     due: state.due, extendedFrom: state.extendedFrom, extendedTo: state.extendedTo,
                                     countedTo: state.deadlineDay == state.due ? nil : state.deadlineDay,
                                     status: state.status,
                                     doneLater: state.doneLater,
                                     overdue: state.deadlineDay.flatMap { deadline in
                                         state.isOverdue ? OverdueAge(due: deadline, on: day, calendar: calendar) : nil
                                     },
                                     level: level))
                listed[index - track.tasks.lowerBound] = true
            }
        }
        return TrackSummary(title: track.title, counts: counts, results: results, open: open)
    }

    /// The groups beyond the tracks, counted as the tracks are.
    private struct Groups {
        var units: CodeGroups
        var persons: CodeGroups
    }

    private static func summary(of meeting: MeetingMinutes, in plan: Plan) -> MeetingSummary {
        let decisions = meeting.items.filter { !$0.decision.isEmpty }.map { item in
            let title = item.title.isEmpty ? plan.taskIndex(id: item.taskId).map { plan.tasks[$0].title } ?? "" : item.title
            return Decision(taskId: item.taskId, title: title, decision: item.decision, responsible: item.responsible)
        }
        return MeetingSummary(date: meeting.date, title: meeting.title, decisions: decisions)
    }
}
