import Foundation

/// Officers' scripts saving one plan at once through the real binary: each a `/bin/sh` loop of
/// its own over numbers of its own, all started together, with the binary as `$0` and the plan
/// as `$1`. What a failed command says is appended to `plan.md.errors`, to be shown on failure.
struct WriterScripts {
    /// The running shells.
    private let processes: [Process]
    /// The plan they save.
    let plan: String

    /// The environment every writer gets: the day the ticks record, and UTF-8.
    static let environment = ["WORKPLAN_TODAY": "2021-07-15", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

    /// Starts `count` writers; writer `w` runs `script(first, last)` over the `each` numbers
    /// that begin at `firstNumber + w × each`. The script counts its failures in `failed`.
    init(count: Int, each: Int, from firstNumber: Int = 1, on plan: String, _ script: (Int, Int) -> String) throws {
        let binary = try Fixtures.workplanBinary()
        self.plan = plan
        processes = try (0..<count).map { writer in
            let first = firstNumber + writer * each
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "failed=0\n" + script(first, first + each - 1) + "\nexit $failed", binary, plan]
            process.environment = Self.environment
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return process
        }
    }

    /// Waits for every writer to end; returns how many of their commands failed.
    func wait() -> Int {
        for process in processes { process.waitUntilExit() }
        return processes.map { Int($0.terminationStatus) }.reduce(0, +)
    }

    /// True while any writer still runs.
    var running: Bool {
        processes.contains(where: \.isRunning)
    }

    /// What the failed commands said.
    var errors: String {
        (try? String(contentsOfFile: plan + ".errors", encoding: .utf8)) ?? ""
    }

    /// `workplan done` on each number's task `T<n>`.
    static func ticking(_ first: Int, _ last: Int) -> String {
        "for n in $(seq \(first) \(last)); do \"$0\" done --file \"$1\" \"T$n\" >/dev/null 2>>\"$1.errors\" || failed=$((failed + 1)); done"
    }

    /// `workplan set` of a field of each number's own (`f<n>:v<n>`) on the task `T1`.
    static func settingFieldsOfT1(_ first: Int, _ last: Int) -> String {
        "for n in $(seq \(first) \(last)); do \"$0\" set --file \"$1\" T1 \"f$n:v$n\" >/dev/null 2>>\"$1.errors\" || failed=$((failed + 1)); done"
    }

    /// How many of a save's temporary files are left in a folder.
    static func temporaryFiles(in folder: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".workplan-") }.count
    }

    /// The lines of the plan that are ticked on the writers' day.
    static func ticked(in text: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix("- [x] ") && $0.hasSuffix("done:2021-07-15") }.count
    }

    /// The line of the task `T1`.
    static func lineOfT1(in text: String) -> Substring {
        text.split(separator: "\n").first { $0.contains("id:T1 ") || $0.hasSuffix("id:T1") } ?? ""
    }

    /// The `f<n>:v<n>` fields on the line of the task `T1`.
    static func fieldsOfT1(in text: String) -> Set<Substring> {
        Set(lineOfT1(in: text).split(separator: " ").filter { $0.hasPrefix("f") && $0.contains(":v") })
    }
}
