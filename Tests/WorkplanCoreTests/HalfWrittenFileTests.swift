import Dispatch
import Foundation
import Testing

@testable import WorkplanCore

/// An editor that saves in place (truncate, then write) while Workplan saves a tick: a
/// half-written version is never taken as the plan, and a save never makes the loss of tasks
/// it did not touch final without saying so.
@Suite("Half-written files")
struct HalfWrittenFileTests {
    static let full = """
        # Kế hoạch
        ## Việc
        - [ ] Một  id:T1
        - [ ] Hai  id:T2
        - [ ] Ba  id:T3
        - [ ] Bốn  id:T4

        """

    /// Writes the file in place, as an editor that truncates and then writes does.
    static func writeInPlace(_ text: String, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// The operation that ticks a task.
    static func tick(_ id: String, in file: PlanFile) throws -> PlanOperation {
        .setStatus(task: try #require(file.plan.taskIndex(id: id)), status: .done)
    }

    /// The day the ticks are made on.
    static let today = PlanDate(year: 2021, month: 7, day: 15)!

    @Test("a file caught half-written is waited for; when the editor finishes, the tick lands on the whole plan")
    func waitsForTheEditorToFinish() throws {
        try withPlanFile(Self.full) { path in
            var file = try PlanFile(path: path)
            let edited = Self.full.replacing("Bốn", with: "Bốn (sửa)")
            let cut = edited.utf8.count / 2
            try Self.writeInPlace(String(decoding: Array(edited.utf8).prefix(cut), as: UTF8.self), to: path)
            let finished = DispatchSemaphore(value: 0)
            // A thread of its own, not the shared pool, so that a busy machine still runs it
            // well within the second of stillness a cut-short file is given.
            Thread.detachNewThread {
                Thread.sleep(forTimeInterval: 0.1)
                try? Self.writeInPlace(edited, to: path)
                finished.signal()
            }
            defer { finished.wait() }
            _ = try file.perform(try Self.tick("T1", in: file), today: Self.today)
            let disk = String(decoding: try PlanStore().read(path).bytes, as: UTF8.self)
            #expect(disk == edited.replacing("- [ ] Một  id:T1", with: "- [x] Một  id:T1 done:2021-07-15"))
        }
    }

    @Test("a file that stays cut short is not saved over with the tick: the officer is told, nothing is written")
    func refusesToMakeALossFinal() throws {
        try withPlanFile(Self.full) { path in
            var file = try PlanFile(path: path)
            let torn = "# Kế hoạch\n## Việc\n- [ ] Một  id:T1\n- [ ] Ha"
            try Self.writeInPlace(torn, to: path)
            #expect(throws: PlanFileError.self) { _ = try file.perform(try Self.tick("T1", in: file), today: Self.today) }
            #expect(String(decoding: try PlanStore().read(path).bytes, as: UTF8.self) == torn)
            #expect(file.plan.taskCount == 2)
            do {
                _ = try file.perform(try Self.tick("T1", in: file), today: Self.today)
            } catch {
                Issue.record("the second, knowing try failed: \(error)")
            }
        }
    }

    @Test("the command line's change is refused the same way when the file lost tasks meanwhile")
    func changeRefusesToo() throws {
        try withPlanFile(Self.full) { path in
            var file = try PlanFile(path: path)
            try Self.writeInPlace("# Kế hoạch\n## Việc\n- [ ] Một  id:T1\n", to: path)
            let outcome = Result { () throws(PlanFileError) in
                try file.perform(.setStatus(task: 0, status: .done), today: PlanDate(year: 2021, month: 7, day: 15)!)
            }
            guard case .failure(.tasksVanished(count: 3, path: path)) = outcome else {
                Issue.record("expected tasksVanished, got \(outcome)")
                return
            }
        }
    }
}
