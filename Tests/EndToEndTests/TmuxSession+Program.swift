import Foundation
import Glibc

/// The pane's program: whether it still runs, how it ended, its process id for signals.
extension TmuxSession {
    /// True when the pane's program has ended.
    func paneIsDead() throws -> Bool {
        try query("#{pane_dead}") == "1"
    }

    /// Waits for the pane's program to end; returns its exit status, or 128 + the signal that
    /// ended it. tmux then writes "Pane is dead (status …)" under the program's output, which
    /// can scroll that output off the screen: read it with `screen(history: true)`. A program
    /// that prints and ends at once can lose that output (the pty hangs up before tmux reads
    /// it; seen under load): run such a program with `runInShell`, or wait for its output
    /// before letting it end.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let fields = try query("#{pane_dead}|#{pane_dead_status}|#{pane_dead_signal}")
                .split(separator: "|", omittingEmptySubsequences: false)
            if fields.count == 3, fields[0] == "1" {
                if let status = Int32(fields[1]) { return status }
                if let signal = Int32(fields[2]) { return 128 + signal }
                // tmux 3.3a can miss the SIGCHLD (libutempter's helper, run as the pane closes,
                // swaps the handler out), leaving the program a zombie with no status. Any
                // child of the server that ends makes it reap all of them.
                try run(["run-shell", "true"])
            }
            if clock.now >= deadline {
                throw HarnessError("the pane's program did not end within \(timeout); the screen:\n"
                                   + Self.framed((try? screen()) ?? ""))
            }
            usleep(5_000)
        }
    }

    /// The process id of the pane's program (`#{pane_pid}`), to send it signals.
    func panePid() throws -> pid_t {
        let text = try query("#{pane_pid}")
        guard let pid = pid_t(text), pid > 0 else { throw HarnessError("no pane pid in “\(text)”") }
        return pid
    }

    /// Sends a signal to the pane's program.
    func signal(_ number: Int32) throws {
        let pid = try panePid()
        guard kill(pid, number) == 0 else { throw HarnessError("kill(\(pid), \(number)) failed: errno \(errno)") }
    }

    /// Closes the pane's window the way a person closes a terminal window: the session goes
    /// away and the pane's terminal hangs up. Waits until the program has ended; its exit status
    /// is lost with the pane, so the test judges it by the files it left.
    func closeWindow(timeout: Duration = .seconds(10)) throws {
        let pid = try panePid()
        try run(["kill-session", "-t", Self.target])
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while Self.isRunning(pid) {
            if clock.now >= deadline { throw HarnessError("process \(pid) still runs \(timeout) after its window closed") }
            usleep(5_000)
        }
    }

    /// True while a process exists and has not ended (a zombie, ended but not yet reaped by a
    /// tmux server that went away with its last session, counts as ended).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ") ", options: .backwards) else { return false }
        return stat[afterName.upperBound...].first != "Z"
    }
}
