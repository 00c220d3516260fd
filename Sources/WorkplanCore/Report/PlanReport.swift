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
        self.init(plan: plan, asOf: asOf, period: period, meetings: meetings, against: basis, parts: nil)
    }

    /// The report, its tasks read in `parts` runs at once (nil: one per core for a large plan),
    /// which gives the same report whatever their number.
    init(plan: Plan, asOf: PlanDate, period: ReportPeriod?, meetings: [MeetingMinutes], against basis: DeadlineBasis,
         parts: Int?) {
        let calendar = plan.calendar
        let day = period.map { min($0.to, asOf) } ?? asOf
        planTitle = plan.title
        self.asOf = day
        self.period = period
        self.basis = basis
        let dues = plan.slots.lazy.compactMap(\.dueDate)
        dueSpan = dues.min().flatMap { first in dues.max().flatMap { last in ReportPeriod(from: first, to: last) } }
        let declaredUnits = plan.units.map { (code: $0.code, name: Optional($0.name)) }
        let declaredPersons = plan.persons.map { (code: $0.handle, name: Optional($0.name)) }
        var runs = ReportTaskPass(plan: plan, day: day, period: period, basis: basis).runs(parts: parts) {
            (CodeGroups(.unit, declared: declaredUnits), CodeGroups(.person, declared: declaredPersons))
        }
        var unitGroups = CodeGroups(.unit, declared: declaredUnits)
        var personGroups = CodeGroups(.person, declared: declaredPersons)
        for run in runs {
            unitGroups.merge(run.units)
            personGroups.merge(run.persons)
        }
        var summaries: [TrackSummary] = []
        for number in plan.tracks.indices where !plan.tracks[number].tasks.isEmpty {
            // Each track's parts are taken out of the runs as they are put together, so that the
            // tasks carried over of a large plan are not held twice.
            let parts = runs.indices.compactMap { runs[$0].tracks.removeValue(forKey: number) }
            summaries.append(PlanReport.summary(of: plan.tracks[number], parts: parts, in: plan, day: day,
                                                calendar: calendar))
        }
        tracks = summaries
        total = tracks.reduce(Counts()) { $0 + $1.counts }
        units = unitGroups.summaries
        persons = personGroups.summaries
        self.meetings = meetings.filter { meeting in meeting.date <= day && (period.map { meeting.date >= $0.from } ?? true) }
            .sorted { ($0.date, $0.started) < ($1.date, $1.started) }
            .map { PlanReport.summary(of: $0, in: plan) }
    }

    /// A track's summary from the parts the runs gathered of it, in file order: each task
    /// carried over is nested under the nearest of its ancestors carried over too, and its days
    /// overdue counted in the plan's calendar.
    private static func summary(of track: Track, parts: [ReportTaskPass.TrackPart], in plan: Plan, day: PlanDate,
                                calendar: OfficeCalendar) -> TrackSummary {
        var listed = [Bool](repeating: false, count: track.tasks.count)
        var open: [OpenTask] = []
        open.reserveCapacity(parts.reduce(0) { $0 + $1.carried.count })
        for carried in parts.lazy.flatMap(\.carried) {
            var level = 0
            var parent = Int(plan.slots[carried.index].parent)
            while parent >= track.tasks.lowerBound {
                if listed[parent - track.tasks.lowerBound] { level += 1 }
                parent = Int(plan.slots[parent].parent)
            }
            listed[carried.index - track.tasks.lowerBound] = true
            open.append(carried.task.placed(level: level, overdue: carried.overdueFrom.flatMap { deadline in
                OverdueAge(due: deadline, on: day, calendar: calendar)
            }))
        }
        return TrackSummary(title: track.title, counts: parts.reduce(Counts()) { $0 + $1.counts },
                            results: parts.flatMap(\.results), open: open)
    }

    private static func summary(of meeting: MeetingMinutes, in plan: Plan) -> MeetingSummary {
        let decisions = meeting.items.filter { !$0.decision.isEmpty }.map { item in
            let title = item.title.isEmpty ? plan.taskIndex(id: item.taskId).map { plan.tasks[$0].title } ?? "" : item.title
            return Decision(taskId: item.taskId, title: title, decision: item.decision, responsible: item.responsible)
        }
        return MeetingSummary(date: meeting.date, title: meeting.title, decisions: decisions)
    }
}
