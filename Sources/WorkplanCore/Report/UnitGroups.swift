/// A report's counted tasks grouped by lead unit as the tracks are counted, keyed by the
/// code's bytes so that a report of 100,000 tasks makes no string per task.
struct UnitGroups {
    private let declared: [PlanUnit]
    private var slotOfCode: [ArraySlice<UInt8>: Int] = [:]
    private var codes: [ArraySlice<UInt8>] = []
    private var counts: [PlanReport.Counts] = []
    private var withoutLead = PlanReport.Counts()

    /// Groups for a plan's units.
    init(plan: Plan) {
        declared = plan.units
    }

    /// Counts a task in its lead unit's group, or among the tasks without a lead.
    mutating func count(_ state: ReportTaskState) {
        guard let lead = state.fields.lead, !lead.isEmpty else { return withoutLead.count(state) }
        let slot: Int
        if let known = slotOfCode[lead] {
            slot = known
        } else {
            slot = codes.count
            slotOfCode[lead] = slot
            codes.append(lead)
            counts.append(PlanReport.Counts())
        }
        counts[slot].count(state)
    }

    /// The groups with a task: the declared units in their order, then the codes used without
    /// being declared in the order first met, then the tasks without a lead.
    var summaries: [PlanReport.GroupSummary] {
        var result: [PlanReport.GroupSummary] = []
        var taken = Set<Int>()
        for unit in declared {
            guard let slot = slotOfCode[ArraySlice(unit.code.utf8)], taken.insert(slot).inserted else { continue }
            result.append(PlanReport.GroupSummary(code: unit.code, name: unit.name, counts: counts[slot]))
        }
        for slot in codes.indices where !taken.contains(slot) {
            result.append(PlanReport.GroupSummary(code: String(decoding: codes[slot], as: UTF8.self), name: nil,
                                                  counts: counts[slot]))
        }
        if withoutLead.total > 0 { result.append(PlanReport.GroupSummary(code: nil, name: nil, counts: withoutLead)) }
        return result
    }
}
