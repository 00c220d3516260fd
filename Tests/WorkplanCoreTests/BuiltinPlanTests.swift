import Foundation
import Testing

@testable import WorkplanCore

/// The built-in 2021 plan: the data a new user meets first must be clean.
@Suite("Built-in plan")
struct BuiltinPlanTests {
    let plan = Plan(BuiltinPlan.text)

    @Test("has no problems and round-trips")
    func clean() {
        #expect(plan.problems.isEmpty)
        #expect(plan.isValidUTF8)
        #expect(plan.bytes == Array(BuiltinPlan.text.utf8))
    }

    @Test("has a title, four tracks and at least 40 tasks")
    func shape() {
        #expect(plan.title == "Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh")
        #expect(plan.tracks.count == 4)
        #expect(plan.tracks.allSatisfy { !$0.title.isEmpty && !$0.tasks.isEmpty })
        #expect(plan.tasks.count >= 40)
        #expect(plan.tracks.map(\.tasks.count).reduce(0, +) == plan.tasks.count)
    }

    @Test("reaches three levels of tasks")
    func depth() throws {
        #expect(plan.tasks.map(\.depth).max() == 2)
        let deepest = try #require(plan.tasks.firstIndex { $0.depth == 2 })
        #expect(plan.ancestors(of: deepest).count == 2)
        #expect(plan.tasks[deepest].id == "KH2.3.1")
    }

    @Test("every lead and with code is declared")
    func unitsDeclared() {
        #expect(!plan.units.isEmpty)
        let declared = Set(plan.units.map(\.code))
        for task in plan.tasks {
            if let lead = task.lead {
                #expect(declared.contains(lead), "\(task.id ?? task.title): lead \(lead)")
            }
            for code in task.coordinators {
                #expect(declared.contains(code), "\(task.id ?? task.title): with \(code)")
            }
        }
        #expect(plan.tasks.allSatisfy { $0.lead != nil })
    }

    @Test("every task has a unique id that starts with its parent's")
    func ids() {
        let ids = plan.tasks.compactMap(\.id)
        #expect(ids.count == plan.tasks.count)
        #expect(Set(ids).count == ids.count)
        for (index, task) in plan.tasks.enumerated() {
            guard let parent = task.parent, let id = task.id, let parentId = plan.tasks[parent].id else { continue }
            #expect(id.hasPrefix(parentId + "."), "task \(index)")
        }
    }

    @Test("dates are consistent: done tasks have a done date, open tasks have none")
    func dates() {
        for task in plan.tasks {
            #expect(task.due != nil, "\(task.id ?? "?") has no due date")
            if task.status == .done {
                #expect(task.doneDate != nil, "\(task.id ?? "?") is done without a date")
            } else {
                #expect(task.value(Field.Key.done) == nil, "\(task.id ?? "?") is open with a done date")
            }
            if let start = task.start, let due = task.due {
                #expect(start <= due, "\(task.id ?? "?") starts after it is due")
            }
        }
    }

    @Test("the election track is found by a plain search")
    func electionTrack() {
        var filter = TaskFilter()
        filter.track = "bau cu"
        let found = filter.apply(to: plan)
        #expect(!found.isEmpty)
        #expect(Set(found.map { plan.tasks[$0].track }).count == 1)
    }

    @Test("is in NFC and has no tabs or trailing spaces")
    func tidy() {
        #expect(TextForm.isNFC(BuiltinPlan.text))
        for line in 0..<plan.text.lineCount {
            let text = plan.text.string(line)
            #expect(!text.contains("\t"), "line \(line + 1) has a tab")
            #expect(!text.hasSuffix(" "), "line \(line + 1) ends with a space")
            #expect(plan.text.ending(line) == .lf)
        }
    }

    @Test("is the same text as docs/examples/plan-2021.md, which the end-to-end tests use")
    func sameAsTheExample() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/examples/plan-2021.md")
        let bytes = try Data(contentsOf: example)
        #expect(Array(bytes) == Array(BuiltinPlan.text.utf8))
    }
}
