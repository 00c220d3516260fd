import Foundation
import Glibc
import Testing

/// The tmux harness itself, with the shell and small programs in the pane (the TUI is tested
/// elsewhere).
@Suite("tmux harness", .enabled(if: Tmux.isAvailable, Tmux.missingNote))
struct HarnessTests {
    /// The screen's lines, trailing empty ones included.
    private func lines(_ screen: String) -> [Substring] {
        screen.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test("A shell in the pane prints Vietnamese, typed precomposed or with combining marks")
    func shellPrintsVietnamese() throws {
        let session = try TmuxSession.shell()
        try session.type("printf 'Việt Nam\\n'")
        try session.keys("Enter")
        try session.waitUntil("a line “Việt Nam”") { lines($0).contains("Việt Nam") }
        try session.type("printf 'Ho\u{0323}p ba\u{0300}n;'; echo")
        try session.keys("Enter")
        let screen = try session.waitUntil("a line “Họp bàn;”") { lines($0).contains("Họp bàn;") }
        let printed = try #require(lines(screen).first { $0 == "Họp bàn;" })
        #expect(printed.unicodeScalars.count == 10, "tmux keeps the combining marks")
    }

    @Test("Keys arrive as the terminal sends them")
    func sendsKeys() throws {
        let session = try TmuxSession(command: ["sh", "-c", "stty raw -echo; printf 'ready\\r\\n'; exec cat -v"])
        try session.waitFor("ready")
        try session.keys("C-a", "Escape", "Up", "Space", "C-z")
        try session.type("ok;")
        try session.waitFor("^A^[^[[A ^Zok;")
    }

    @Test("The pane starts at the given size and follows a resize")
    func resizes() throws {
        let session = try TmuxSession.shell(size: PaneSize(columns: 72, rows: 20))
        #expect(try session.shellOutput("stty size") == "20 72\n")
        try session.resize(columns: 60, rows: 15)
        #expect(try session.shellOutput("stty size") == "15 60\n")
        #expect(try session.query("#{window_width}x#{window_height}") == "60x15")
    }

    @Test("The exit status of the pane's program, also when a signal ends it")
    func exitStatus() throws {
        let exiting = try TmuxSession(command: ["sh", "-c", "printf 'xong\\n'; read answer; exit 3"])
        try exiting.waitFor("xong")
        #expect(try !exiting.paneIsDead())
        try exiting.keys("Enter")
        #expect(try exiting.waitForExit() == 3)
        #expect(try exiting.paneIsDead())
        let output = try exiting.screen(history: true)
        #expect(output.hasPrefix("xong\n"), "the output stays:\n\(TmuxSession.framed(output))")

        let sleeping = try TmuxSession(command: ["sleep", "30"])
        #expect(try !sleeping.paneIsDead())
        try sleeping.signal(SIGTERM)
        #expect(try sleeping.waitForExit() == 128 + SIGTERM)
    }

    @Test("Environment and TERM reach the pane's program")
    func environment() throws {
        let session = try TmuxSession(command: ["sh", "-c", "echo \"[$WORKPLAN_TODAY $TERM $LC_ALL $SWIFT_BACKTRACE]\"; read answer"],
                                      environment: ["WORKPLAN_TODAY": "2021-10-29", "TERM": "xterm-256color"])
        try session.waitFor("[2021-10-29 xterm-256color C.UTF-8 interactive=no]")
    }

    @Test("A program run from the shell: its status, the terminal's modes after it, signals")
    func programsInTheShell() throws {
        let session = try TmuxSession.startInShell(command: ["sh", "-c", "exit 4"])
        #expect(try session.waitForShellCommand() == 4)
        let modes = try session.shellOutput("stty -a")
        #expect(modes.contains(" icanon ") && modes.contains(" echo ") && modes.contains(" icrnl "), "\(modes)")

        try session.runInShell(["sleep", "30"])
        let sleeping = try session.shellChild(named: "sleep")
        #expect(kill(sleeping, SIGTERM) == 0)
        #expect(try session.waitForShellCommand() == 128 + SIGTERM)
    }

    @Test("A shell that no longer reads commands makes the wait fail with the screen")
    func failingWaitShowsScreen() throws {
        let session = try TmuxSession.shell()
        try session.type("printf 'màn hình\\n'")
        try session.keys("Enter")
        try session.waitUntil("a line “màn hình”") { lines($0).contains("màn hình") }
        let error = #expect(throws: HarnessError.self) {
            try session.waitFor("không bao giờ", timeout: .milliseconds(50))
        }
        #expect(error?.description.contains("│màn hình") == true)
    }

    @Test("Closing, or dropping, a session kills its server and removes its folder")
    func removesFolder() throws {
        let session = try TmuxSession(command: ["sleep", "30"])
        let folder = session.folder.path
        #expect(FileManager.default.fileExists(atPath: folder + "/sock"))
        let pid = try session.panePid()
        session.close()
        #expect(!FileManager.default.fileExists(atPath: folder))
        try waitUntilGone(pid)

        var dropped: String?
        do {
            let other = try TmuxSession.shell()
            dropped = other.folder.path
        }
        let path = try #require(dropped)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    /// Waits up to 5 s for a process to end (kill-server hangs up on the pane's program); a
    /// zombie waiting to be reaped counts as ended.
    private func waitUntilGone(_ pid: pid_t) throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .seconds(5))
        func running() -> Bool {
            guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return false }
            let text = String(decoding: stat, as: UTF8.self)
            guard let close = text.lastIndex(of: ")") else { return false }
            return !text[close...].hasPrefix(") Z")
        }
        while running() {
            guard clock.now < deadline else { throw HarnessError("process \(pid) still runs after kill-server") }
            usleep(5_000)
        }
    }

    @Test("The built workplan binary, run from the shell, lists a copy of the example plan")
    func workplanListInThePane() throws {
        let binary = try Fixtures.workplanBinary()
        let folder = try TemporaryFolder()
        let plan = try folder.copy(Fixtures.examplePlan2021, as: "plan-2021.md")
        let session = try TmuxSession.startInShell(command: [binary, "list", "--file", plan],
                                                   environment: ["WORKPLAN_TODAY": "2021-10-29"], folder: folder)
        try session.waitFor("bầu cử", history: true)
        #expect(try session.waitForShellCommand() == 0)
        let all = try session.screen(history: true)
        #expect(all.contains("\nKế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh\n"))
        #expect(all.contains("[x] BC2  Tham mưu thành lập Ủy ban bầu cử tỉnh và các tiểu ban giúp việc  (SNV,"))
    }
}
