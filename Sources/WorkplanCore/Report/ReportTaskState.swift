/// Which deadline a report counts against: the one in force on its day (an extension counts
/// from the day it was decided), or the first one, before any extension (`--against original`).
public enum DeadlineBasis: Sendable, Equatable {
    /// The deadline in force on the report's day.
    case inForce
    /// The first deadline.
    case original
}

/// Where one task stood on a report's day, and whether the report counts it and carries it
/// over. Without a period every task counts; with a period, a task counts when its due day or
/// the day it was done falls in the period. Either way a task done after the report's day was
/// not yet done on it.
struct ReportTaskState {
    /// The status in the file.
    let status: TaskStatus?
    /// The task's due day, if valid (the one in force on the report's day, or the first one).
    let due: PlanDate?
    /// The deadline that due day makes in the plan's calendar: the due day, or the next
    /// working day when it is a day off and the office counts so.
    let deadlineDay: PlanDate?
    /// The day the task was done, when that is after the report's day.
    let doneLater: PlanDate?
    /// Its place in the deadline grid on the report's day; nil outside it.
    let deadline: DeadlineState?
    /// Counted in the report's numbers.
    let isCounted: Bool
    /// Still open at the end of the report and due by then (or without a due day).
    let isCarried: Bool
    /// The parts of the task's line the report reads.
    let fields: ReportFields
    /// Its deadline was extended in the report's span (from the period's first day to the
    /// report's day).
    let isExtended: Bool
    /// Counted against the deadline in force, when extensions are in force on the report's day:
    /// its first deadline.
    let extendedFrom: PlanDate?
    /// Counted against the first deadline, when extensions are in force on the report's day: the
    /// deadline in force.
    let extendedTo: PlanDate?

    /// True when the task is marked done but was done after the report's day.
    var isDoneLater: Bool { doneLater != nil }

    /// Open on the report's day and past its due day.
    var isOverdue: Bool { deadline == .overdue }

    /// The state of a plan's task on `day`, for a report over `period` (nil: the whole plan),
    /// against the deadline in force on that day or against the first one, its line read from
    /// the plan's store seen as a buffer, its deadlines in the plan's calendar.
    init(plan: borrowing Plan, index: Int, store: UnsafeBufferPointer<UInt8>, calendar: OfficeCalendar, day: PlanDate,
         period: ReportPeriod?, against basis: DeadlineBasis) {
        let slot = plan.slots[index]
        let fields = ReportFields(plan: plan, index: index, store: store)
        var due = slot.dueDate
        var isExtended = false
        var extendedFrom: PlanDate?
        var extendedTo: PlanDate?
        if slot.noteStart != slot.noteEnd {
            let granted = plan.extensions(of: index)
            if let first = granted.first {
                let inForce = DeadlineExtension.inForce(granted, due: due, on: day)
                due = basis == .original ? first.from : inForce
                if first.decided <= day {
                    if basis == .original { extendedTo = inForce } else { extendedFrom = first.from }
                }
                isExtended = granted.contains { grant in
                    grant.decided <= day && (period.map { grant.decided >= $0.from } ?? true)
                }
            }
        }
        self.isExtended = isExtended
        self.extendedFrom = extendedFrom
        self.extendedTo = extendedTo
        self.fields = fields
        self.due = due
        deadlineDay = due.map(calendar.deadline(for:))
        status = slot.status
        if let period {
            let doneInPeriod = status == .done && fields.done.map(period.contains) == true
            isCounted = doneInPeriod || due.map(period.contains) == true
        } else {
            isCounted = true
        }
        doneLater = status == .done ? fields.done.flatMap { $0 > day ? $0 : nil } : nil
        deadline = DeadlineState(status: status, due: deadlineDay, done: fields.done, on: day)
        let isOpen = status?.isOpen ?? true
        let dueByEnd = period.map { period in due.map { $0 <= period.to } ?? true } ?? true
        isCarried = (isOpen || doneLater != nil) && dueByEnd
    }
}
