/// A report's counted tasks grouped by a code on their lines (the lead unit, the persons who
/// follow them) as the tracks are counted, keyed by the code's bytes so that a report of
/// 100,000 tasks makes no string per task.
struct CodeGroups {
    private let kind: TaskGrouping
    private let declared: [(code: String, name: String?)]
    private var slotOfCode: [ArraySlice<UInt8>: Int] = [:]
    private var codes: [ArraySlice<UInt8>] = []
    private var counts: [PlanReport.Counts] = []
    private var without = PlanReport.Counts()

    /// Groups of one kind, the declared codes (with their names) first, in their order.
    init(_ kind: TaskGrouping, declared: [(code: String, name: String?)]) {
        self.kind = kind
        self.declared = declared
    }

    /// Counts a task in the group of each of its codes (once each), or among the tasks without one.
    mutating func count(_ state: ReportTaskState, codes taskCodes: [ArraySlice<UInt8>]) {
        guard !taskCodes.isEmpty else { return without.count(state) }
        for (position, code) in taskCodes.enumerated() where !taskCodes[..<position].contains(code) {
            let slot: Int
            if let known = slotOfCode[code] {
                slot = known
            } else {
                slot = codes.count
                slotOfCode[code] = slot
                codes.append(code)
                counts.append(PlanReport.Counts())
            }
            counts[slot].count(state)
        }
    }

    /// The groups with a task: the declared codes in their order, then the codes used without
    /// being declared in the order first met, then the tasks without a code; none when no
    /// counted task has a code (a plan that names no person has no groups by person).
    var summaries: [PlanReport.GroupSummary] {
        guard !codes.isEmpty else { return [] }
        var result: [PlanReport.GroupSummary] = []
        var taken = Set<Int>()
        for (code, name) in declared {
            guard let slot = slotOfCode[ArraySlice(code.utf8)], taken.insert(slot).inserted else { continue }
            result.append(PlanReport.GroupSummary(kind: kind, code: code, name: name, counts: counts[slot]))
        }
        for slot in codes.indices where !taken.contains(slot) {
            result.append(PlanReport.GroupSummary(kind: kind, code: String(decoding: codes[slot], as: UTF8.self), name: nil,
                                                  counts: counts[slot]))
        }
        if without.total > 0 { result.append(PlanReport.GroupSummary(kind: kind, code: nil, name: nil, counts: without)) }
        return result
    }
}
