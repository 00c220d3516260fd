/// The numbers of a plan on a given day: per track and for the whole plan.
public struct PlanReport: Sendable {
    /// How many tasks stand where.
    public struct Counts: Sendable, Equatable {
        /// All tasks, at every level.
        public var total = 0
        /// Done.
        public var done = 0
        /// In progress.
        public var inProgress = 0
        /// Not started.
        public var notStarted = 0
        /// Postponed.
        public var postponed = 0
        /// Blocked.
        public var blocked = 0
        /// Cancelled.
        public var cancelled = 0
        /// With a status mark that is not one of the six.
        public var unknown = 0
        /// Open and past their due date.
        public var overdue = 0

        /// Done as a share of the tasks that were not cancelled, in tenths of a percent.
        public var donePermille: Int { Percent.permille(done, of: total - cancelled) }

        mutating func count(_ slot: TaskSlot, onDay day: Int) {
            total += 1
            switch slot.status {
            case .done: done += 1
            case .inProgress: inProgress += 1
            case .notStarted: notStarted += 1
            case .postponed: postponed += 1
            case .blocked: blocked += 1
            case .cancelled: cancelled += 1
            case nil: unknown += 1
            }
            if slot.isOverdue(onDay: day) { overdue += 1 }
        }

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(total: lhs.total + rhs.total, done: lhs.done + rhs.done, inProgress: lhs.inProgress + rhs.inProgress,
                   notStarted: lhs.notStarted + rhs.notStarted, postponed: lhs.postponed + rhs.postponed,
                   blocked: lhs.blocked + rhs.blocked, cancelled: lhs.cancelled + rhs.cancelled,
                   unknown: lhs.unknown + rhs.unknown, overdue: lhs.overdue + rhs.overdue)
        }
    }

    /// A task's quantitative progress.
    public struct ProgressLine: Sendable, Equatable {
        /// The task's id, if any.
        public let id: String?
        /// The task's title.
        public let title: String
        /// Its progress.
        public let progress: Progress
    }

    /// One track's numbers.
    public struct TrackSummary: Sendable {
        /// The track's heading.
        public let title: String
        /// Its counts.
        public let counts: Counts
        /// The progress of its tasks that have one, in file order.
        public let progress: [ProgressLine]
    }

    /// The plan's title.
    public let planTitle: String?
    /// The day the numbers are for (overdue is counted against it).
    public let asOf: PlanDate
    /// The tracks that have tasks, in file order.
    public let tracks: [TrackSummary]
    /// The whole plan's counts.
    public let total: Counts

    /// Counts a plan's tasks on a day.
    public init(plan: Plan, asOf: PlanDate) {
        planTitle = plan.title
        self.asOf = asOf
        tracks = plan.tracks.filter { !$0.tasks.isEmpty }.map { track in
            var counts = Counts()
            var progress: [ProgressLine] = []
            let day = asOf.dayNumber
            for index in track.tasks {
                let slot = plan.slots[index]
                counts.count(slot, onDay: day)
                if slot.hasProgress {
                    let task = plan.tasks[index]
                    if let value = task.progress {
                        progress.append(ProgressLine(id: task.id, title: task.title, progress: value))
                    }
                }
            }
            return TrackSummary(title: track.title, counts: counts, progress: progress)
        }
        total = tracks.reduce(Counts()) { $0 + $1.counts }
    }
}
