import Foundation
import Glibc
import Testing

extension ReliabilityHarness {
    /// The interface in tmux ticking a plan while an editor saves the same file in place from
    /// stale copies several times a second. Workplan cannot stop another program from writing over
    /// its saves, but it must never take a half-written file for the plan, and it must notice every
    /// save of its own that was wiped out, name it, and save it again with `L`. Before, the interface
    /// showed an empty plan on most steps and lost about three in four ticks without a word.
    @Suite("An editor saving in place while the interface saves", .enabled(if: Tmux.isAvailable, Tmux.missingNote))
    struct EditorRaceTests {
        static let saves = 200

        /// A plan of `saves` tasks, `T1` … `T200`, in one track.
        static func plan() -> String {
            "# Kế hoạch\n## Việc\n" + (1...saves).map { "- [ ] Việc số \($0)  id:T\($0)\n" }.joined()
        }

        @Test("an in-place editor racing the interface for 200 saves: no cut-off plan shown, every overwritten tick told and saved again with L, 0 silent losses")
        func editorRace() throws {
            let folder = try TemporaryFolder()
            let plan = folder.path + "/plan.md"
            try Data(Self.plan().utf8).write(to: URL(fileURLWithPath: plan))
            let session = try TmuxSession(command: [try Fixtures.workplanBinary(), plan],
                                          environment: WriterScripts.environment.merging(
                                              ["XDG_CONFIG_HOME": "/nonexistent", "WORKPLAN_LANG": "vi"]) { $1 },
                                          size: PaneSize(columns: 120, rows: 30), folder: folder)
            try session.waitFor("trợ giúp")
            try session.keys("Down")
            let editor = InPlaceEditor(path: plan)
            editor.start()
            var cutOff: [String] = []
            for _ in 1...Self.saves {
                try session.keys("Space", "Down")
                usleep(80_000)
                let screen = try session.screen()
                if Self.looksCutOff(screen) { cutOff.append(screen) }
            }
            try Self.waitUntilKeysAreRead(session)
            let editorSaves = editor.stop()
            let missingWhenStopped = Self.saves - Self.ticked(plan)

            // The officer, told of overwritten changes, presses L until none waits. Each L is
            // waited for to the end (the saves it makes may find more that the editor's last
            // saves wiped out, and those come back on the status line), not only until its first
            // save says so: a second L pressed in the middle would find nothing left to save.
            var presses = 0
            while Self.ticked(plan) < Self.saves, presses < 10 {
                guard (try? session.waitUntil("a notice of overwritten changes", timeout: .seconds(8), {
                    $0.contains("bị ghi đè · L lưu lại")
                })) != nil else { break }
                try session.keys("L")
                presses += 1
                try Self.waitUntilKeysAreRead(session)
            }
            let silent = Self.saves - Self.ticked(plan)
            print("editor race: \(Self.saves) ticks saved by the interface, \(editorSaves) in-place saves of stale copies by the editor; \(missingWhenStopped) ticks wiped out on disk when it stopped; L pressed \(presses) times on the notices; \(silent) lost silently; \(cutOff.count) of \(Self.saves) screens showed a cut-off plan")
            #expect(silent == 0, "ticks lost without a word; the screen:\n\(TmuxSession.framed((try? session.screen()) ?? ""))")
            #expect(cutOff.isEmpty, "a cut-off plan was shown:\n\(TmuxSession.framed(cutOff.first ?? ""))")
            #expect(editorSaves > 50, "the editor raced the interface")
            try session.keys("q")
            #expect(try session.waitForExit() == 0)
        }

        /// Waits until the interface has handled every key sent: keys are read in order, so once
        /// the help screen that `?` opens is up, every earlier key was handled; then closes it.
        static func waitUntilKeysAreRead(_ session: TmuxSession) throws {
            try session.keys("?")
            try session.waitFor("Trợ giúp — Workplan", timeout: .seconds(60))
            try session.keys("Escape")
            try session.waitUntil("the help closed") { !$0.contains("Trợ giúp — Workplan") }
        }

        /// True for a screen that shows fewer tasks than the plan has: no task row at all, or a
        /// status line counting fewer.
        static func looksCutOff(_ screen: String) -> Bool {
            guard screen.contains("Việc số") else { return true }
            let status = screen.split(separator: "\n").last.map(String.init) ?? ""
            guard let range = status.range(of: #"\d+ nhiệm vụ,"#, options: .regularExpression) else { return false }
            return !status[range].hasPrefix("\(saves) ")
        }

        /// How many tasks of the plan on disk are ticked on the test's day.
        static func ticked(_ plan: String) -> Int {
            WriterScripts.ticked(in: (try? String(contentsOfFile: plan, encoding: .utf8)) ?? "")
        }
    }
}
