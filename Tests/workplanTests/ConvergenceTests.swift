import Foundation
import Testing

@testable import WorkplanCore

/// Eight officers' clones of one bare repository: each makes random edits and syncs, in random
/// order, round after round; a sync that stops on a conflict is resolved the way an officer
/// would (keeping one side) and synced again. At the end every clone holds the same plan, no
/// task added is lost or doubled, no id is written twice and no marker is left.
@Suite("Convergence of eight clones")
struct ConvergenceTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["WORKPLAN_CONVERGENCE_ROUNDS"] ?? "") ?? 200

    /// A small generator of numbers from a seed (SplitMix64), so that a failing run can be run again.
    struct Dice {
        var state: UInt64
        mutating func below(_ count: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(count))
        }
    }

    @Test("eight clones, random edits and syncs in random order: one plan at the end, nothing added lost or doubled, no id twice")
    func eightClones() throws {
        let seed = UInt64(ProcessInfo.processInfo.environment["WORKPLAN_CONVERGENCE_SEED"] ?? "") ?? 20_211_029
        var dice = Dice(state: seed)
        try withTemporaryFolder { folder in
            let officers = try Self.office(in: folder, clones: 8)
            var added: [String] = []
            var deleted = Set<String>()
            var conflicts = 0
            for round in 0..<Self.rounds {
                let officer = officers[dice.below(officers.count)]
                for step in 0..<(1 + dice.below(3)) {
                    let change = try Self.edit(officer, &dice, name: "Việc r\(round) s\(step)")
                    added += change.added
                    deleted.formUnion(change.deleted)
                }
                // Half the time the officer syncs at once; otherwise the edits wait for a later turn.
                if dice.below(2) == 0 { conflicts += try Self.sync(officer, context: "seed \(seed), round \(round)") }
            }
            // Everyone syncs until nothing moves: twice round the table.
            for _ in 0..<2 {
                for officer in officers { conflicts += try Self.sync(officer, context: "seed \(seed), the end") }
            }
            let plans = try officers.map { try $0.plan }
            #expect(Set(plans).count == 1, "seed \(seed): the clones differ")
            let plan = Plan(plans[0])
            #expect(!plan.problems.contains { problem in
                switch problem.kind {
                case .duplicateId, .conflictMarker: true
                default: false
                }
            }, "seed \(seed): \(plan.problems.filter { if case .duplicateId = $0.kind { true } else { $0.kind == .conflictMarker } })")
            let titles = plan.tasks.map(\.title)
            for title in added where !deleted.contains(title) {
                #expect(titles.filter { $0 == title }.count == 1, "seed \(seed): \(title) appears \(titles.filter { $0 == title }.count) times")
            }
            print("convergence: seed \(seed), \(Self.rounds) rounds, \(added.count) tasks added, \(deleted.count) deleted, "
                  + "\(conflicts) conflicts resolved, \(plan.taskCount) tasks at the end")
        }
    }

    /// One random edit of the officer's plan, made through the store as the interface makes it.
    static func edit(_ officer: SyncTests.Officer, _ dice: inout Dice, name: String) throws -> (added: [String], deleted: [String]) {
        var file = try PlanFile(path: officer.folder.appendingPathComponent("plan.md").path)
        let plan = file.plan
        guard plan.taskCount > 0 else { return ([], []) }
        // A third of the edits fall on the first few tasks, so that officers meet on the same task.
        let task = dice.below(3) == 0 ? dice.below(min(6, plan.taskCount)) : dice.below(plan.taskCount)
        let today = PlanDate(year: 2021, month: 10, day: 29)!
        let operation: PlanOperation
        var result: (added: [String], deleted: [String]) = ([], [])
        switch dice.below(12) {
        case 0, 1: operation = .setStatus(task: task, status: [.done, .inProgress, .blocked][dice.below(3)])
        case 2, 3:
            operation = .setFields(task: task, fields: [[FieldUpdate(key: "due", value: "2021-1\(dice.below(3))-1\(dice.below(10))"),
                                                          FieldUpdate(key: "lead", value: ["TH", "CTĐB", "HC"][dice.below(3)]),
                                                          FieldUpdate(key: "tag", value: "r\(dice.below(5))")][dice.below(3)]])
        case 4: operation = .setNote(task: task, note: name + " ghi chú")
        case 5: operation = .addEntry(task: task, date: PlanDate(year: 2021, month: 1 + dice.below(9), day: 1 + dice.below(28))!,
                                      text: "\(1 + dice.below(9)) lượt công dân")
        case 6, 7:
            operation = dice.below(2) == 0 ? .addBelow(task: task, title: name) : .addUnder(task: task, title: name)
            result.added = [name]
        case 8:
            operation = .delete(task: task)
            result.deleted = plan.tasks[task].subtree(at: task).map { plan.tasks[$0].title }
        case 9: operation = .move(task: task, offset: dice.below(2) == 0 ? -1 : 1)
        case 10: operation = dice.below(2) == 0 ? .indent(task: task) : .outdent(task: task)
        default: operation = .moveToTrack(task: task, track: dice.below(max(1, plan.tracks.count)))
        }
        do {
            _ = try file.perform(operation, today: today)
        } catch {
            return ([], [])
        }
        return result
    }

    /// Syncs; on a conflict keeps the officer's own side of each and syncs again. The conflicts met.
    static func sync(_ officer: SyncTests.Officer, context: String) throws -> Int {
        let first = try officer.workplan("sync")
        guard first.exitCode != 0 else { return 0 }
        let said = String(decoding: first.stderr, as: UTF8.self)
        #expect(said.contains("xung đột"), "\(context): sync failed: \(said)")
        let text = try officer.plan
        let pattern = try NSRegularExpression(pattern: "<<<<<<< [^\\n]*\\n(.*?)=======\\n.*?>>>>>>> [^\\n]*\\n",
                                              options: [.dotMatchesLineSeparators])
        let range = NSRange(text.startIndex..., in: text)
        let count = pattern.numberOfMatches(in: text, range: range)
        #expect(count > 0, "\(context): a conflict reported without markers: \(said)")
        try officer.write(pattern.stringByReplacingMatches(in: text, range: range, withTemplate: "$1"))
        let second = try officer.workplan("sync")
        #expect(second.exitCode == 0, "\(context): sync after choosing: \(String(decoding: second.stderr, as: UTF8.self))")
        return count
    }

    /// A bare repository and `clones` clones, the first holding the built-in plan, all set up.
    static func office(in folder: URL, clones: Int) throws -> [SyncTests.Officer] {
        let officers = try SyncTests.clones(in: folder, of: (0..<clones).map { ("o\($0)", "Cán bộ \($0)") }) { first in
            try first.write(BuiltinPlan.text)
            #expect(try first.workplan("git", "setup").exitCode == 0)
            #expect(try first.workplan("sync").exitCode == 0)
        }
        for officer in officers.dropFirst() {
            #expect(try officer.workplan("git", "setup").exitCode == 0)
            #expect(try officer.workplan("sync").exitCode == 0)
        }
        return officers
    }
}
