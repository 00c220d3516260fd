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
            let binary = try WorkplanBinary.url()

            let processes = try (0..<Self.writers).map { writer in
                let first = writer * Self.ticksEach + 1
                let script = """
                    failed=0
                    for n in $(seq \(first) \(first + Self.ticksEach - 1)); do
                      "$0" done --file "$1" "T$n" >/dev/null || failed=$((failed + 1))
                    done
                    exit $failed
                    """
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", script, binary.path, plan.path]
                process.environment = ["WORKPLAN_TODAY": "2021-07-15", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
                process.standardInput = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            let failures = processes.map { Int($0.terminationStatus) }.reduce(0, +)

            let text = try String(contentsOf: plan, encoding: .utf8)
            let ticked = text.split(separator: "\n").filter { $0.hasPrefix("- [x] ") && $0.hasSuffix("done:2021-07-15") }.count
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".workplan-") }
            print("concurrent writers: \(Self.writers) × \(Self.ticksEach) ticks, \(ticked) on disk, \(failures) failed, \(leftovers.count) temporary files left")
            #expect(failures == 0)
            #expect(ticked == Self.writers * Self.ticksEach)
            #expect(leftovers.isEmpty)
        }
    }
}
