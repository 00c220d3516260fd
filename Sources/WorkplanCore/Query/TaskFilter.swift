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
    /// Only tasks followed by this person (handle, case-insensitive).
    public var person: String?
    /// Only tasks that this unit leads or coordinates (code, case-insensitive).
    public var unit: String?
    /// Only tasks whose assigning document's number contains this text (case and diacritics ignored).
    public var document: String?
    /// Only tasks whose expected output contains this text (case and diacritics ignored).
    public var product: String?
    /// Only tasks whose search text (`Plan.foldedSearchText`: title, fields, unit and person
    /// names, note) contains this text, case, diacritics and đ ignored.
    public var search: String?

    /// Only these tasks, by index (those changed since a day or a meeting, from git's history).
    public var only: Set<Int>?

    /// A filter that lets every task through.
    public init() {}

    /// The indexes of the tasks that pass, in file order.
    public func apply(to plan: Plan) -> [Int] {
        let foldedSearch = search.map(TextFolding.foldedBytes)
        let personHandle = person.map { Array($0.lowercased().utf8) }
        let unitCode = unit.map { Array($0.lowercased().utf8) }
        let foldedDocument = document.map(TextFolding.fold)
        let foldedProduct = product.map(TextFolding.fold)
        let calendar = plan.calendar
        let foldedTrack = track.map(TextFolding.fold)
        let trackAllowed = plan.tracks.map { track in
            foldedTrack.map { TextFolding.fold(track.title).contains($0) } ?? true
        }
        let leadCode = lead.map { Array($0.lowercased().utf8) }
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
                if let only, !only.contains(index) { continue }
                if !statusCodes.isEmpty, !statusCodes.contains(slot.statusCode) { continue }
                if let dueBeforeDay, !(slot.due != TaskSlot.noDate && slot.due < dueBeforeDay) { continue }
                if let dueFromDay, !(slot.due != TaskSlot.noDate && slot.due >= dueFromDay) { continue }
                if let overdueDay, !slot.isOverdue(onDay: overdueDay, calendar: calendar) { continue }
                if let personHandle, !Self.names(plan, slot, Self.personKey, code: personHandle) { continue }
                if let leadCode, !Self.leads(plan, slot, code: leadCode) { continue }
                if let unitCode, !Self.leads(plan, slot, code: unitCode),
                   !Self.names(plan, slot, Self.withKey, code: unitCode) { continue }
                if foldedDocument != nil || foldedProduct != nil {
                    let task = tasks[index]
                    if let foldedDocument, !(task.document.map { TextFolding.matches($0, query: foldedDocument) } ?? false) {
                        continue
                    }
                    if let foldedProduct, !(task.product.map { TextFolding.matches($0, query: foldedProduct) } ?? false) {
                        continue
                    }
                }
                passed.append(index)
            }
        }
        guard let foldedSearch, !foldedSearch.isEmpty else { return passed }
        return PlanSearchScan(plan: plan, query: foldedSearch).matching(passed)
    }

    private static let personKey = Array(Field.Key.person.utf8)
    private static let withKey = Array(Field.Key.with.utf8)
    private static let leadKey = Array(Field.Key.lead.utf8)

    /// True when a field `key` on the task's line (`person:`, `with:`, every one of them) names
    /// `code` (lowercase bytes) among its comma-separated values, ASCII letters compared without
    /// case. Read from the line's bytes without decoding the task, so that "việc của tôi" or an
    /// agenda per unit over 100,000 tasks stays a scan.
    private static func names(_ plan: Plan, _ slot: TaskSlot, _ key: [UInt8], code: [UInt8]) -> Bool {
        var tokens = fields(plan, slot)
        while let token = tokens.next() {
            guard token.key.elementsEqual(key) else { continue }
            for value in token.value.split(separator: UInt8(ascii: ",")) where equalIgnoringCase(value, code) { return true }
        }
        return false
    }

    /// True when the task's lead unit, its first `lead:` value as a whole, is `code`, as
    /// `PlanTask.lead` reads it.
    private static func leads(_ plan: Plan, _ slot: TaskSlot, code: [UInt8]) -> Bool {
        var tokens = fields(plan, slot)
        while let token = tokens.next() {
            guard token.key.elementsEqual(leadKey) else { continue }
            return equalIgnoringCase(token.value, code)
        }
        return false
    }

    /// The tasks of `tasks` led by each of `codes`, in the order given, compared as `lead` is:
    /// each task's line is read once, so that an agenda per unit over 100,000 tasks is one scan
    /// rather than one a unit.
    public static func byLead(_ tasks: [Int], in plan: Plan, codes: [String]) -> [[Int]] {
        var places: [[UInt8]: [Int]] = [:]
        for (place, code) in codes.enumerated() { places[Array(code.lowercased().utf8), default: []].append(place) }
        var result = [[Int]](repeating: [], count: codes.count)
        for task in tasks {
            var tokens = fields(plan, plan.slots[task])
            while let token = tokens.next() {
                guard token.key.elementsEqual(leadKey) else { continue }
                let lowered = token.value.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
                for place in places[lowered] ?? [] { result[place].append(task) }
                break
            }
        }
        return result
    }

    /// The fields of the task's line, as tokens over its bytes.
    private static func fields(_ plan: Plan, _ slot: TaskSlot) -> FieldRun<ArraySlice<UInt8>> {
        let content = plan.text.content(Int(slot.line))
        let base = content.startIndex
        return FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
    }

    /// True when `value` is `lowercase` with its ASCII capitals made small.
    private static func equalIgnoringCase(_ value: ArraySlice<UInt8>, _ lowercase: [UInt8]) -> Bool {
        value.count == lowercase.count && zip(value, lowercase).allSatisfy { ($0 >= 65 && $0 <= 90 ? $0 + 32 : $0) == $1 }
    }
}
