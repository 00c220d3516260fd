/// A report's counted tasks grouped by a code on their lines (the lead unit, the persons who
/// follow them) as the tracks are counted, keyed by the code's bytes so that a report of
/// 100,000 tasks makes no string per task. Each run of tasks counted on its own thread has its
/// own groups; `merge` adds them up in file order.
struct CodeGroups: Sendable {
    private let kind: TaskGrouping
    private let declared: [(code: String, name: String?)]
    private var slotOfCode: [[UInt8]: Int] = [:]
    private var codes: [[UInt8]] = []
    private var counts: [PlanReport.Counts] = []
    private var without = PlanReport.Counts()

    /// Up to this many codes are found by comparing bytes, without hashing: an office has a
    /// dozen units and a few dozen persons.
    private static let scannedCodes = 64

    /// Groups of one kind, the declared codes (with their names) first, in their order.
    init(_ kind: TaskGrouping, declared: [(code: String, name: String?)]) {
        self.kind = kind
        self.declared = declared
    }

    /// Counts a task in the group of each of its codes (once each), or among the tasks without
    /// one; the codes are places in the plan's store, seen as a buffer.
    mutating func count(_ state: ReportTaskState, codes taskCodes: [Range<Int>], in store: UnsafeBufferPointer<UInt8>) {
        guard !taskCodes.isEmpty else { return without.count(state) }
        for (position, code) in taskCodes.enumerated()
        where !taskCodes[..<position].contains(where: { store[$0].elementsEqual(store[code]) }) {
            counts[slot(of: store[code])].count(state)
        }
    }

    /// Adds the groups of the tasks that come after these in the file.
    mutating func merge(_ later: CodeGroups) {
        for (code, counted) in zip(later.codes, later.counts) {
            let slot = slot(of: code)
            counts[slot] = counts[slot] + counted
        }
        without = without + later.without
    }

    /// The place of a code's counts, made when the code is met for the first time.
    private mutating func slot(of code: some Collection<UInt8>) -> Int {
        if codes.count <= Self.scannedCodes {
            if let found = codes.firstIndex(where: { $0.elementsEqual(code) }) { return found }
        } else if let found = slotOfCode[Array(code)] {
            return found
        }
        let slot = codes.count
        codes.append(Array(code))
        slotOfCode[Array(code)] = slot
        counts.append(PlanReport.Counts())
        return slot
    }

    /// The groups with a task: the declared codes in their order, then the codes used without
    /// being declared in the order first met, then the tasks without a code; none when no
    /// counted task has a code (a plan that names no person has no groups by person).
    var summaries: [PlanReport.GroupSummary] {
        guard !codes.isEmpty else { return [] }
        var result: [PlanReport.GroupSummary] = []
        var taken = Set<Int>()
        for (code, name) in declared {
            guard let slot = slotOfCode[Array(code.utf8)], taken.insert(slot).inserted else { continue }
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
