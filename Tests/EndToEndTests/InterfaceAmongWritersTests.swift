import Foundation
import Glibc
import Testing

extension ReliabilityHarness {
    /// The interface in tmux saving one plan while seven officers' scripts save it through the
    /// command line: 8 writers × 100 edits in all, and every one is on disk. Each of the
    /// interface's saves is checked on disk before the next key, and no screen may show a conflict
    /// or an overwritten change, since no writer changes what another changes.
    @Suite("The interface among command-line writers", .enabled(if: Tmux.isAvailable, Tmux.missingNote))
    struct InterfaceAmongWritersTests {
        static let scripts = 7
        static let editsEach = 100

        @Test("the interface ticks 100 tasks while 7 scripts × 100 `workplan done` tick theirs: all 800 on disk")
        func ticks() throws {
            let tasks = (Self.scripts + 1) * Self.editsEach
            let text = "# Kế hoạch\n## Việc\n" + (1...tasks).map { "- [ ] Việc số \($0)  id:T\($0)\n" }.joined()
            let (session, plan) = try open(text)
            try session.keys("Down")
            let writers = try WriterScripts(count: Self.scripts, each: Self.editsEach, from: Self.editsEach + 1, on: plan,
                                            WriterScripts.ticking)
            var report = InterfaceSaves()
            for number in 1...Self.editsEach {
                try session.keys("Space", "Down")
                try report.waitForSave(on: plan, of: session, while: writers) { text in
                    text.contains("- [x] Việc số \(number)  id:T\(number) done:2021-07-15\n")
                }
            }
            let failures = writers.wait()
            let ticked = WriterScripts.ticked(in: try String(contentsOfFile: plan, encoding: .utf8))
            print("interface among writers: the interface's 100 ticks and \(Self.scripts) × \(Self.editsEach) `done`, \(ticked) of \(tasks) on disk; \(report.summary); \(failures) commands failed")
            #expect(failures == 0, "\(writers.errors)")
            #expect(ticked == tasks)
            #expect(report.troubled.isEmpty, "\(TmuxSession.framed(report.troubled.first ?? ""))")
            try quit(session, folder: URL(fileURLWithPath: plan).deletingLastPathComponent().path)
        }

        /// The scripts add fields of their own to one task while the interface sets that task's
        /// progress, 1% … 100%: every save finds the line changed on disk and merges it part by part.
        @Test("the interface sets one task's progress 100 times while 7 scripts × 100 `workplan set` add its fields: all 800 on its line")
        func fieldsOfOneTask() throws {
            let (session, plan) = try open("# Kế hoạch\n## Việc\n- [ ] Một việc chung  id:T1\n- [ ] Việc khác  id:T2\n")
            try session.keys("Down")
            let writers = try WriterScripts(count: Self.scripts, each: Self.editsEach, on: plan, WriterScripts.settingFieldsOfT1)
            var report = InterfaceSaves()
            for percent in 1...Self.editsEach {
                try session.keys("%", "C-u")
                try session.type("\(percent)%")
                try session.keys("Enter")
                try report.waitForSave(on: plan, of: session, while: writers) { text in
                    let line = text.split(separator: "\n").first { $0.contains("id:T1") } ?? ""
                    return line.split(separator: " ").contains("progress:\(percent)%")
                }
            }
            let failures = writers.wait()
            let text = try String(contentsOfFile: plan, encoding: .utf8)
            let fields = WriterScripts.fieldsOfT1(in: text)
            print("interface among writers: the interface's 100 progress values and \(Self.scripts) × \(Self.editsEach) `set` of one task, \(fields.count) fields and progress:\(Self.editsEach)% on its line; \(report.summary); \(failures) commands failed")
            #expect(failures == 0, "\(writers.errors)")
            #expect(fields.count == Self.scripts * Self.editsEach)
            #expect(WriterScripts.lineOfT1(in: text).contains(" progress:100%"))
            #expect(text.hasSuffix("- [ ] Việc khác  id:T2\n"))
            #expect(report.troubled.isEmpty, "\(TmuxSession.framed(report.troubled.first ?? ""))")
            try quit(session, folder: URL(fileURLWithPath: plan).deletingLastPathComponent().path)
        }

        /// Starts the interface on a plan with `text` in a folder of its own.
        private func open(_ text: String) throws -> (TmuxSession, String) {
            let folder = try TemporaryFolder()
            let plan = folder.path + "/plan.md"
            try Data(text.utf8).write(to: URL(fileURLWithPath: plan))
            let session = try TmuxSession(command: [try Fixtures.workplanBinary(), plan],
                                          environment: WriterScripts.environment.merging(
                                              ["XDG_CONFIG_HOME": "/nonexistent", "WORKPLAN_LANG": "vi"]) { $1 },
                                          size: PaneSize(columns: 120, rows: 30), folder: folder)
            try session.waitFor("trợ giúp")
            return (session, plan)
        }

        /// Quits the interface (status 0) and checks that no save left a temporary file.
        private func quit(_ session: TmuxSession, folder: String) throws {
            try session.keys("q")
            #expect(try session.waitForExit() == 0)
            #expect(try WriterScripts.temporaryFiles(in: folder) == 0)
        }
    }
}

/// What the interface's saves came to among the scripts' saves.
struct InterfaceSaves {
    /// How many of the interface's saves landed while a script still ran.
    private(set) var amongScripts = 0
    /// How many landed in all.
    private(set) var landed = 0
    /// Screens that showed a conflict, an overwritten change or an error.
    private(set) var troubled: [String] = []

    /// Waits until the plan on disk shows the interface's save (`saved`), then looks at the
    /// screen for trouble.
    mutating func waitForSave(on plan: String, of session: TmuxSession, while writers: WriterScripts,
                              _ saved: (String) -> Bool) throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(30))
        while !saved((try? String(contentsOfFile: plan, encoding: .utf8)) ?? "") {
            if clock.now >= deadline {
                throw HarnessError("the interface's save \(landed + 1) never reached the disk; the screen:\n"
                                   + TmuxSession.framed((try? session.screen()) ?? ""))
            }
            usleep(5_000)
        }
        landed += 1
        if writers.running { amongScripts += 1 }
        let screen = try session.screen()
        if ["vừa được sửa ở nơi khác", "ghi đè", "Không", "không"].contains(where: screen.contains) { troubled.append(screen) }
    }

    /// The figures, for the harness's printed line.
    var summary: String {
        "\(landed) of the interface's saves checked on disk, \(amongScripts) of them while scripts ran, \(troubled.count) screens with a conflict, an overwritten change or an error"
    }
}
