/// Which tasks a listing shows. Every condition that is set must hold.
public struct TaskFilter: Sendable {
    /// Only tasks with one of these statuses (empty: any).
    public var statuses: Set<TaskStatus> = []
    /// Only tasks whose lead unit is this code (case-insensitive).
    public var lead: String?
    /// Only tasks in tracks whose title contains this text (folded like search).
    public var track: String?
    /// Only tasks due before this date.
    public var dueBefore: PlanDate?
    /// Only tasks due on or after this date.
    public var dueOnOrAfter: PlanDate?
    /// Only open tasks whose due date has passed on this date.
    public var overdueOn: PlanDate?
    /// Only tasks whose title, note or id contains this text (case, diacritics and đ ignored).
    public var search: String?

    /// A filter that lets every task through.
    public init() {}

    /// The indexes of the tasks that pass, in file order.
    public func apply(to plan: Plan) -> [Int] {
        let foldedSearch = search.map(TextFolding.fold)
        let foldedTrack = track.map(TextFolding.fold)
        let trackAllowed = plan.tracks.map { track in
            foldedTrack.map { TextFolding.fold(track.title).contains($0) } ?? true
        }
        let leadCode = lead?.lowercased()
        let dueBeforeDay = dueBefore.map { Int32($0.dayNumber) }
        let dueFromDay = dueOnOrAfter.map { Int32($0.dayNumber) }
        let overdueDay = overdueOn?.dayNumber
        let tasks = plan.tasks
        let statusCodes = Set(statuses.compactMap { status in TaskStatus.allCases.firstIndex(of: status).map(UInt8.init) })
        var passed: [Int] = []
        plan.slots.withUnsafeBufferPointer { slots in
            for index in slots.indices {
                let slot = slots[index]
                guard trackAllowed[Int(slot.track)] else { continue }
                if !statusCodes.isEmpty, !statusCodes.contains(slot.statusCode) { continue }
                if let dueBeforeDay, !(slot.due != TaskSlot.noDate && slot.due < dueBeforeDay) { continue }
                if let dueFromDay, !(slot.due != TaskSlot.noDate && slot.due >= dueFromDay) { continue }
                if let overdueDay, !slot.isOverdue(onDay: overdueDay) { continue }
                if leadCode != nil || foldedSearch != nil {
                    let task = tasks[index]
                    if let leadCode, task.lead?.lowercased() != leadCode { continue }
                    if let foldedSearch, !matches(plan, task, index, foldedSearch) { continue }
                }
                passed.append(index)
            }
        }
        return passed
    }

    private func matches(_ plan: Plan, _ task: PlanTask, _ index: Int, _ query: String) -> Bool {
        TextFolding.matches(task.title, query: query)
            || (task.id.map { TextFolding.matches($0, query: query) } ?? false)
            || (!task.noteLines.isEmpty && TextFolding.matches(plan.note(of: index), query: query))
    }
}
