import Foundation
import Testing

/// Several officers' scripts ticking one plan at once through the real binary: every tick
/// that exited 0 is on disk. Without the lock, 8 writers × 100 ticks lost about one in five.
@Suite("Concurrent writers")
struct ConcurrentWritersTests {
    static let writers = 8
    static let ticksEach = 100

    /// A plan with one task per tick, `T1` … `T800`.
    static func plan() -> String {
        var text = "# Kế hoạch\n## Việc\n"
        for number in 1...(writers * ticksEach) { text += "- [ ] Việc số \(number)  id:T\(number)\n" }
        return text
    }

    @Test("8 processes × 100 `workplan done` on distinct tasks: all 800 on disk")
    func everyTickLands() throws {
        try withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent("plan.md")
            try Data(Self.plan().utf8).write(to: plan)
            let failures = try Self.runWriters(on: plan) { first, last in
                "for n in $(seq \(first) \(last)); do \"$0\" done --file \"$1\" \"T$n\" >/dev/null 2>>\"$1.errors\" || failed=$((failed + 1)); done"
            }
            let text = try String(contentsOf: plan, encoding: .utf8)
            let ticked = text.split(separator: "\n").filter { $0.hasPrefix("- [x] ") && $0.hasSuffix("done:2021-07-15") }.count
            let leftovers = try Self.temporaryFiles(in: folder)
            print("concurrent writers: \(Self.writers) × \(Self.ticksEach) ticks, \(ticked) on disk, \(failures) failed, \(leftovers) temporary files left")
            #expect(failures == 0, "\(Self.errors(of: plan))")
            #expect(ticked == Self.writers * Self.ticksEach)
            #expect(leftovers == 0)
        }
    }

    /// Every writer sets fields of one and the same task, each edit a field of its own: the
    /// writers read the plan before they take the lock, so most saves find the task's line
    /// changed on disk and merge it part by part.
    @Test("8 processes × 100 `workplan set` of different fields of one task: all 800 on its line")
    func everyFieldLands() throws {
        try withTemporaryFolder { folder in
            let plan = folder.appendingPathComponent("plan.md")
            try Data("# Kế hoạch\n## Việc\n- [ ] Một việc chung  id:T1\n- [ ] Việc khác  id:T2\n".utf8).write(to: plan)
            let failures = try Self.runWriters(on: plan) { first, last in
                "for n in $(seq \(first) \(last)); do \"$0\" set --file \"$1\" T1 \"f$n:v$n\" >/dev/null 2>>\"$1.errors\" || failed=$((failed + 1)); done"
            }
            let text = try String(contentsOf: plan, encoding: .utf8)
            let line = text.split(separator: "\n").first { $0.contains("id:T1") } ?? ""
            let fields = Set(line.split(separator: " ").filter { $0.hasPrefix("f") && $0.contains(":v") })
            let leftovers = try Self.temporaryFiles(in: folder)
            print("concurrent writers: \(Self.writers) × \(Self.ticksEach) fields of one task, \(fields.count) on its line, \(failures) failed, \(leftovers) temporary files left")
            #expect(failures == 0, "\(Self.errors(of: plan))")
            #expect(fields.count == Self.writers * Self.ticksEach)
            #expect(text.hasSuffix("- [ ] Việc khác  id:T2\n"))
            #expect(leftovers == 0)
        }
    }

    /// Starts the writers at once, each running the loop `script(first, last)` over its own
    /// numbers with the binary as `$0` and the plan as `$1`, and returns how many commands failed.
    static func runWriters(on plan: URL, _ script: (Int, Int) -> String) throws -> Int {
        let binary = try WorkplanBinary.url()
        let processes = try (0..<writers).map { writer in
            let first = writer * ticksEach + 1
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "failed=0\n" + script(first, first + ticksEach - 1) + "\nexit $failed",
                                 binary.path, plan.path]
            process.environment = ["WORKPLAN_TODAY": "2021-07-15", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        return processes.map { Int($0.terminationStatus) }.reduce(0, +)
    }

    /// What the failed commands said (each appends its standard error beside the plan).
    static func errors(of plan: URL) -> String {
        (try? String(contentsOfFile: plan.path + ".errors", encoding: .utf8)) ?? ""
    }

    /// How many of a save's temporary files are left in a folder.
    static func temporaryFiles(in folder: URL) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".workplan-") }.count
    }
}
