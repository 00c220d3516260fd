extension PlanReport {
    /// A task's quantitative result: for a counted task, its counted result when it has one,
    /// else its `progress:`; for any task, its dated entries over the report's span, added up.
    public struct ResultLine: Sendable, Equatable {
        /// The task's id, if any.
        public let id: String?
        /// The task's title.
        public let title: String
        /// Its progress, if valid.
        public let progress: Progress?
        /// Its counted result, if any; written instead of the progress.
        public let counted: CountedResult?
        /// Its entries dated in the report's span (from the period's first day, else from the
        /// first, to the report's day), added up; nil when it has none there.
        public let entries: EntryTotals?
    }

    /// A task still open at the end of the report, carried over to what comes next.
    public struct OpenTask: Sendable, Equatable {
        /// The task's id, if any.
        public let id: String?
        /// The task's title.
        public let title: String
        /// The lead unit's code, if any.
        public let lead: String?
        /// The due day, if valid.
        public let due: PlanDate?
        /// When its deadline was extended by the report's day: its first deadline.
        public let extendedFrom: PlanDate?
        /// Counted against the first deadline (`--against original`), when it was extended since:
        /// the deadline in force on the report's day.
        public let extendedTo: PlanDate?
        /// When the due day is a day off and the plan counts such a deadline at the next
        /// working day: that day, the one overdue is counted from.
        public let countedTo: PlanDate?
        /// The status in the file (nil for an unknown mark).
        public let status: TaskStatus?
        /// The day it was done, when that is after the report's day.
        public let doneLater: PlanDate?
        /// How long past its due day on the report's day; nil when it is not overdue.
        public let overdue: OverdueAge?
        /// How many of its ancestors are in the list too: 0 at the top, 1 under one of them.
        public let level: Int

        /// The task at its level in the list, with how long it is overdue.
        func placed(level: Int, overdue: OverdueAge?) -> OpenTask {
            OpenTask(id: id, title: title, lead: lead, due: due, extendedFrom: extendedFrom, extendedTo: extendedTo,
                     countedTo: countedTo, status: status, doneLater: doneLater, overdue: overdue, level: level)
        }
    }

    /// One group of the counted tasks beyond the tracks: a lead unit, or a person.
    public struct GroupSummary: Sendable, Equatable {
        /// What the tasks are grouped by.
        public let kind: TaskGrouping
        /// The unit's code or the person's handle; nil for the tasks without one.
        public let code: String?
        /// The unit's or person's full name, when declared.
        public let name: String?
        /// Its counts.
        public let counts: Counts
    }

    /// A meeting held in the report's span, with the decisions it took on tasks.
    public struct MeetingSummary: Sendable, Equatable {
        /// The meeting's day.
        public let date: PlanDate
        /// The meeting's title.
        public let title: String
        /// The items of its minutes that record a decision, in the order reviewed.
        public let decisions: [Decision]
    }

    /// A decision a meeting took on a task.
    public struct Decision: Sendable, Equatable {
        /// The task's id.
        public let taskId: String
        /// The task's title (as the minutes recorded it, else as the plan has it).
        public let title: String
        /// The decision or direction given.
        public let decision: String
        /// Who is responsible for it, as written; may be empty.
        public let responsible: String
    }
}

extension PlanReport.OpenTask {
    /// True when the task was past its due day on the report's day.
    public var isOverdue: Bool { overdue != nil }
}
