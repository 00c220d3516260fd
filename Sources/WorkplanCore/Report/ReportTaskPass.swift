/// The one walk over a plan's tasks that a report makes: each task's state on the report's
/// day, counted in its track and its groups, its results, and whether it is carried over.
/// A large plan is cut into one run of tasks per core; each run reads its tasks' lines from the
/// plan's store as a buffer (so the threads never count references to the same bytes) and
/// gathers into its own `Run`, and the runs are then put together in file order.
struct ReportTaskPass: Sendable {
    /// A task carried over, before its nesting in the list is known.
    struct Carried: Sendable {
        /// The task's index in the plan.
        let index: Int
        /// The task, its level left at 0.
        let task: PlanReport.OpenTask
        /// The deadline it is overdue from, when it is overdue.
        let overdueFrom: PlanDate?
    }

    /// One track's part of a run.
    struct TrackPart: Sendable {
        var counts = PlanReport.Counts()
        var results: [PlanReport.ResultLine] = []
        var carried: [Carried] = []
    }

    /// What one run of tasks gathered.
    struct Run: Sendable {
        /// Its part of each track that has tasks in the run, by the track's number.
        var tracks: [Int: TrackPart] = [:]
        var units: CodeGroups
        var persons: CodeGroups
    }

    let plan: Plan
    let day: PlanDate
    let period: ReportPeriod?
    let basis: DeadlineBasis

    /// Fewer tasks than this are read on one thread: starting threads would cost more.
    private static let parallelThreshold = 4096

    /// The runs over all the plan's tasks, in file order: one per core for a large plan, or
    /// `parts` when given; `groups` gives each run its empty groups.
    func runs(parts: Int? = nil, groups: @Sendable () -> (units: CodeGroups, persons: CodeGroups)) -> [Run] {
        let calendar = plan.calendar
        return plan.text.store.withUnsafeBufferPointer { buffer in
            let store = SharedBytes(buffer: buffer)
            return ParallelRuns.map(plan.taskCount, parts: parts, threshold: Self.parallelThreshold) { tasks in
                let empty = groups()
                return run(tasks, store: store.buffer, calendar: calendar, units: empty.units, persons: empty.persons)
            }
        }
    }

    private func run(_ tasks: Range<Int>, store: UnsafeBufferPointer<UInt8>, calendar: OfficeCalendar,
                     units: CodeGroups, persons: CodeGroups) -> Run {
        var run = Run(units: units, persons: persons)
        var trackNumber = -1
        var part = TrackPart()
        for index in tasks {
            let track = Int(plan.slots[index].track)
            if track != trackNumber {
                if trackNumber >= 0 { run.tracks[trackNumber] = part }
                trackNumber = track
                part = TrackPart()
            }
            gather(index, store: store, calendar: calendar, into: &part, run: &run)
        }
        if trackNumber >= 0 { run.tracks[trackNumber] = part }
        return run
    }

    /// Counts one task, and keeps its results and whether it is carried over.
    private func gather(_ index: Int, store: UnsafeBufferPointer<UInt8>, calendar: OfficeCalendar,
                        into part: inout TrackPart, run: inout Run) {
        let state = ReportTaskState(plan: plan, index: index, store: store, calendar: calendar, day: day,
                                    period: period, against: basis)
        let slot = plan.slots[index]
        let entries = slot.noteStart == slot.noteEnd ? nil
            : Optional(plan.entryTotals(of: index, from: period?.from, to: day)).flatMap { $0.isEmpty ? nil : $0 }
        if state.isCounted {
            part.counts.count(state)
            run.units.count(state, codes: state.fields.lead.map { [$0] } ?? [], in: store)
            run.persons.count(state, codes: state.fields.persons, in: store)
        }
        let measured = state.isCounted && (state.fields.counted != nil || state.fields.progress != nil)
        if measured || entries != nil {
            part.results.append(PlanReport.ResultLine(
                id: state.fields.idText(in: store), title: state.fields.title(in: store),
                progress: measured ? state.fields.progress : nil,
                counted: measured ? state.fields.counted : nil, entries: entries))
        }
        guard state.isCarried else { return }
        let task = PlanReport.OpenTask(
            id: state.fields.idText(in: store), title: state.fields.title(in: store), lead: state.fields.leadText(in: store),
            due: state.due, extendedFrom: state.extendedFrom, extendedTo: state.extendedTo,
            countedTo: state.deadlineDay == state.due ? nil : state.deadlineDay,
            status: state.status, doneLater: state.doneLater, overdue: nil, level: 0)
        part.carried.append(Carried(index: index, task: task, overdueFrom: state.isOverdue ? state.deadlineDay : nil))
    }
}
