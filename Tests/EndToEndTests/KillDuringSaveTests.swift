import Foundation
import Testing

extension ReliabilityHarness {
    /// kill -9 at random moments during `done`, `set` and `add` on a 10,000-task plan: after
    /// every kill the file is byte for byte the version before the command or the one it meant
    /// to write, every command that exited 0 is on disk, the next command works, and no
    /// temporary file outlives the next save.
    ///
    /// `swift test` runs 100 kills; `.ci/run` sets `WORKPLAN_KILLS=1000`.
    @Suite("kill -9 during saves")
    struct KillDuringSaveTests {
        static let tasks = 10_000

        /// The plan: one track of `tasks` tasks `T1` … `T10000`.
        static func plan() -> String {
            var text = "# Kế hoạch công tác\n## Chuẩn bị các kỳ họp\n"
            for number in 1...tasks {
                text += "- [ ] Việc số \(number) chuẩn bị kỳ họp HĐND tỉnh  id:T\(number) lead:TH due:2021-07-10\n"
            }
            return text
        }

        /// One command of the harness and how to recognise the version it meant to write.
        struct Command {
            let arguments: [String]
            let id: String
            let adds: Bool
        }

        /// The command of a round, on a task no earlier round has used: a `done` on a task
        /// already ticked (or a `set` to the value it already has) exits 0 and rightly leaves
        /// the file as it was, which must not count as a lost change.
        static func command(_ round: Int, avoiding used: inout Set<Int>) -> Command {
            var number = Int.random(in: 1...tasks)
            while used.contains(number) { number = Int.random(in: 1...tasks) }
            used.insert(number)
            let id = "T\(number)"
            switch round % 3 {
            case 0: return Command(arguments: ["done", id], id: id, adds: false)
            case 1: return Command(arguments: ["set", id, "progress:\(round % 100)%"], id: id, adds: false)
            default: return Command(arguments: ["add", "--under", id, "Việc con \(round)"], id: id, adds: true)
            }
        }

        /// What the file is after a command: its old version, the version the command meant to
        /// write, or something else (a torn or mixed file).
        enum Version { case old, new, other }

        static func version(of after: [UInt8], old: [UInt8], command: Command) -> Version {
            if after == old { return .old }
            let before = old.split(separator: 10, omittingEmptySubsequences: false)
            let now = after.split(separator: 10, omittingEmptySubsequences: false)
            if command.adds {
                guard now.count == before.count + 1 else { return .other }
                let first = before.indices.first { before[$0] != now[$0] } ?? before.count
                var without = now
                let added = without.remove(at: first)
                let line = String(decoding: added, as: UTF8.self)
                return without.elementsEqual(before) && line.contains("- [ ] Việc con") ? .new : .other
            }
            guard now.count == before.count else { return .other }
            let changed = zip(before, now).enumerated().filter { $0.element.0 != $0.element.1 }
            guard changed.count == 1, let line = changed.first?.element.1 else { return .other }
            return String(decoding: line, as: UTF8.self).contains("id:\(command.id) ") ? .new : .other
        }

        @Test("kill -9 at random moments during done, set and add: every file old or new, every exit 0 on disk")
        func killsLeaveOldOrNew() throws {
            let kills = ProcessInfo.processInfo.environment["WORKPLAN_KILLS"].flatMap(Int.init) ?? 100
            let temporary = try TemporaryFolder()
            let folder = URL(fileURLWithPath: temporary.path)
            let plan = folder.appendingPathComponent("plan.md")
            try Data(Self.plan().utf8).write(to: plan)
            let binary = URL(fileURLWithPath: try Fixtures.workplanBinary())

            // How long each kind of command takes here uncut, so that the other half of the kills
            // land anywhere in its run.
            var full: [Double] = []
            var used: Set<Int> = []
            for kind in 0..<3 {
                let started = Date()
                #expect(try Self.run(binary, Self.command(kind, avoiding: &used), plan: plan, kill: nil) == 0)
                full.append(Date().timeIntervalSince(started))
            }

            var counts = (old: 0, new: 0, finished: 0, lost: 0, torn: 0, inSave: 0, failed: 0)
            for round in 1...kills {
                let old = try [UInt8](Data(contentsOf: plan))
                let command = Self.command(round, avoiding: &used)
                // Half the kills wait for the save's temporary file to appear, so that they land
                // inside the save itself: while it is written, flushed or renamed.
                let kill: Kill = round % 2 == 0 ? .inSave(folder: folder) : .after(full[round % 3] * Double.random(in: 0...1.1))
                let (status, inSave) = try Self.runCounting(binary, command, plan: plan, kill: kill)
                if inSave { counts.inSave += 1 }
                let after = try [UInt8](Data(contentsOf: plan))
                switch Self.version(of: after, old: old, command: command) {
                case .old:
                    counts.old += 1
                    if status == 0 { counts.lost += 1 }
                case .new:
                    counts.new += 1
                case .other:
                    counts.torn += 1
                }
                if status == 0 { counts.finished += 1 }
                if status != 0 && status != 128 + SIGKILL { counts.failed += 1 }
            }
            let leftBeforeSweep = try Self.temporaries(in: folder)
            #expect(try Self.run(binary, Command(arguments: ["done", "T1"], id: "T1", adds: false), plan: plan, kill: nil) == 0)
            let leftAfterSweep = try Self.temporaries(in: folder)
            print("""
                kill -9 harness: \(kills) commands on a \(Self.tasks)-task plan, \(kills - counts.finished) killed (\(counts.inSave) inside a save); \
                file old \(counts.old), new \(counts.new), torn \(counts.torn); exited 0 but not on disk \(counts.lost); failed on their own \(counts.failed); \
                temporary files \(leftBeforeSweep) before the next save, \(leftAfterSweep) after
                """)
            #expect(counts.torn == 0)
            #expect(counts.lost == 0)
            #expect(counts.failed == 0)
            #expect(leftAfterSweep == 0)
        }

        /// When to send SIGKILL.
        enum Kill {
            /// After so many seconds.
            case after(Double)
            /// As soon as a temporary file of a save is in the folder, then 0–2 ms later.
            case inSave(folder: URL)
        }

        /// Runs one command, killing it with SIGKILL as `kill` says unless it ended first; its
        /// exit status, or 128 + 9 when killed.
        static func run(_ binary: URL, _ command: Command, plan: URL, kill: Kill?) throws -> Int32 {
            try runCounting(binary, command, plan: plan, kill: kill).status
        }

        /// `run`, also telling whether the kill came while a save's temporary file was there.
        static func runCounting(_ binary: URL, _ command: Command, plan: URL, kill: Kill?) throws -> (status: Int32, inSave: Bool) {
            var inSave = false
            let process = Process()
            process.executableURL = binary
            process.arguments = command.arguments + ["--file", plan.path]
            process.environment = ["WORKPLAN_TODAY": "2021-07-15", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            switch kill {
            case nil: break
            case let .after(seconds)?:
                Thread.sleep(forTimeInterval: seconds)
                Glibc.kill(process.processIdentifier, SIGKILL)
            case let .inSave(folder)?:
                while process.isRunning, try temporaries(in: folder) == 0 { usleep(300) }
                inSave = process.isRunning
                usleep(UInt32.random(in: 0...2_000))
                Glibc.kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            return (status, inSave && status != 0)
        }

        /// The temporary files of saves beside the plan.
        static func temporaries(in folder: URL) throws -> Int {
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".workplan-") }.count
        }
    }
}
