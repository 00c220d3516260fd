import Foundation
import Testing

extension ReliabilityHarness {
    /// Several officers' scripts saving one plan at once through the real binary: every change
    /// that exited 0 is on disk. Without the lock, 8 writers × 100 ticks lost about one in five.
    @Suite("Concurrent writers")
    struct ConcurrentWritersTests {
        static let writers = 8
        static let editsEach = 100

        /// A plan with one task per tick, `T1` … `T800`.
        static func plan() -> String {
            var text = "# Kế hoạch\n## Việc\n"
            for number in 1...(writers * editsEach) { text += "- [ ] Việc số \(number)  id:T\(number)\n" }
            return text
        }

        @Test("8 processes × 100 `workplan done` on distinct tasks: all 800 on disk")
        func everyTickLands() throws {
            let folder = try TemporaryFolder()
            let plan = folder.path + "/plan.md"
            try Data(Self.plan().utf8).write(to: URL(fileURLWithPath: plan))
            let writers = try WriterScripts(count: Self.writers, each: Self.editsEach, on: plan, WriterScripts.ticking)
            let failures = writers.wait()
            let ticked = WriterScripts.ticked(in: try String(contentsOfFile: plan, encoding: .utf8))
            let leftovers = try WriterScripts.temporaryFiles(in: folder.path)
            print("concurrent writers: \(Self.writers) × \(Self.editsEach) ticks, \(ticked) on disk, \(failures) failed, \(leftovers) temporary files left")
            #expect(failures == 0, "\(writers.errors)")
            #expect(ticked == Self.writers * Self.editsEach)
            #expect(leftovers == 0)
        }

        /// Every writer sets fields of one and the same task, each edit a field of its own: the
        /// writers read the plan before they take the lock, so most saves find the task's line
        /// changed on disk and merge it part by part.
        @Test("8 processes × 100 `workplan set` of different fields of one task: all 800 on its line")
        func everyFieldLands() throws {
            let folder = try TemporaryFolder()
            let plan = folder.path + "/plan.md"
            try Data("# Kế hoạch\n## Việc\n- [ ] Một việc chung  id:T1\n- [ ] Việc khác  id:T2\n".utf8).write(to: URL(fileURLWithPath: plan))
            let writers = try WriterScripts(count: Self.writers, each: Self.editsEach, on: plan, WriterScripts.settingFieldsOfT1)
            let failures = writers.wait()
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            let fields = WriterScripts.fieldsOfT1(in: text)
            let leftovers = try WriterScripts.temporaryFiles(in: folder.path)
            print("concurrent writers: \(Self.writers) × \(Self.editsEach) fields of one task, \(fields.count) on its line, \(failures) failed, \(leftovers) temporary files left")
            #expect(failures == 0, "\(writers.errors)")
            #expect(fields.count == Self.writers * Self.editsEach)
            #expect(text.hasSuffix("- [ ] Việc khác  id:T2\n"))
            #expect(leftovers == 0)
        }
    }
}
