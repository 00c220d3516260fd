extension PlanReport {
    /// How many tasks stand where on the report's day: by status, which add up to `total`, and by
    /// the deadline grid, which cuts across the statuses (an overdue task is also in progress or
    /// not started), so it is kept apart rather than written as one more status.
    public struct Counts: Sendable, Equatable {
        /// All tasks counted, at every level.
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
        /// Marked done with a `done:` day after the report's day: not yet done on that day.
        public var doneLater = 0
        /// The same tasks by the deadline grid on the report's day.
        public var deadlines = DeadlineCounts()

        /// Done as a share of the tasks that were not cancelled, in tenths of a percent.
        public var donePermille: Int { Percent.permille(done, of: total - cancelled) }

        /// Counts one task as it stood on the report's day.
        mutating func count(_ state: ReportTaskState) {
            total += 1
            if state.isDoneLater {
                doneLater += 1
            } else {
                switch state.status {
                case .done: done += 1
                case .inProgress: inProgress += 1
                case .notStarted: notStarted += 1
                case .postponed: postponed += 1
                case .blocked: blocked += 1
                case .cancelled: cancelled += 1
                case nil: unknown += 1
                }
            }
            deadlines.count(state.deadline, status: state.status)
            if state.isExtended { deadlines.extended += 1 }
        }

        /// The counts of two sets of tasks together.
        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(total: lhs.total + rhs.total, done: lhs.done + rhs.done, inProgress: lhs.inProgress + rhs.inProgress,
                   notStarted: lhs.notStarted + rhs.notStarted, postponed: lhs.postponed + rhs.postponed,
                   blocked: lhs.blocked + rhs.blocked, cancelled: lhs.cancelled + rhs.cancelled,
                   unknown: lhs.unknown + rhs.unknown, doneLater: lhs.doneLater + rhs.doneLater,
                   deadlines: lhs.deadlines + rhs.deadlines)
        }
    }
}
