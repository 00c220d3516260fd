/// Where one task stood on a report's day, and whether the report counts it and carries it
/// over. Without a period every task counts; with a period, a task counts when its due day or
/// the day it was done falls in the period. Either way a task done after the report's day was
/// not yet done on it.
struct ReportTaskState {
    /// The status in the file.
    let status: TaskStatus?
    /// The task's due day, if valid.
    let due: PlanDate?
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

    /// True when the task is marked done but was done after the report's day.
    var isDoneLater: Bool { doneLater != nil }

    /// Open on the report's day and past its due day.
    var isOverdue: Bool { deadline == .overdue }

    /// The state of a plan's task on `day`, for a report over `period` (nil: the whole plan).
    init(plan: Plan, index: Int, day: PlanDate, period: ReportPeriod?) {
        let slot = plan.slots[index]
        let fields = ReportFields(plan: plan, index: index)
        let due = slot.dueDate
        self.fields = fields
        self.due = due
        status = slot.status
        if let period {
            let doneInPeriod = status == .done && fields.done.map(period.contains) == true
            isCounted = doneInPeriod || due.map(period.contains) == true
        } else {
            isCounted = true
        }
        doneLater = status == .done ? fields.done.flatMap { $0 > day ? $0 : nil } : nil
        deadline = DeadlineState(status: status, due: due, done: fields.done, on: day)
        let isOpen = status?.isOpen ?? true
        let dueByEnd = period.map { period in due.map { $0 <= period.to } ?? true } ?? true
        isCarried = (isOpen || doneLater != nil) && dueByEnd
    }
}
