import Foundation
import Glibc

/// Running programs from a shell in the pane, as a user would, to see what they leave behind
/// when they end: the terminal's modes (`stty -a`), the screen, the shell still answering.
/// The shell reports each command's end by writing its exit status to a file in the session's
/// folder, so nothing depends on prompts.
extension TmuxSession {
    /// Starts a POSIX shell (`/bin/sh`, prompt `$ `) in the pane and waits for its prompt, so
    /// that what is typed next is not echoed before the prompt.
    static func shell(environment: [String: String] = [:], size: PaneSize = .standard,
                      folder: TemporaryFolder? = nil) throws -> TmuxSession {
        let session = try TmuxSession(command: ["/bin/sh"], environment: ["PS1": "$ "].merging(environment) { $1 },
                                      size: size, folder: folder)
        try session.waitUntil("the shell's prompt") { $0.hasPrefix("$") }
        return session
    }

    /// Starts a shell in the pane and runs `command` in it (see `runInShell`).
    static func startInShell(command: [String], environment: [String: String] = [:],
                             size: PaneSize = .standard, folder: TemporaryFolder? = nil) throws -> TmuxSession {
        let session = try shell(environment: environment, size: size, folder: folder)
        try session.runInShell(command)
        return session
    }

    /// Types a command (each argument quoted for the shell) and Enter; when it ends, the
    /// shell records its exit status for `waitForShellCommand`.
    func runInShell(_ command: [String]) throws {
        try type(command.map(Self.shellQuoted).joined(separator: " ") + "; " + recordingStatus)
        try keys("Enter")
    }

    /// Waits for the command started with `runInShell` to end; returns its exit status (128 +
    /// the signal's number when a signal ended it). Fails on timeout with the screen: also
    /// when the shell cannot read commands any more, as after a program left the terminal raw.
    func waitForShellCommand(timeout: Duration = .seconds(10)) throws -> Int32 {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if let text = folder.text(of: Self.statusFile) {
                try? FileManager.default.removeItem(atPath: folder.path + "/" + Self.statusFile)
                guard let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                    throw HarnessError("the shell wrote the status “\(text)”")
                }
                return status
            }
            if clock.now >= deadline {
                throw HarnessError("the command typed into the shell did not end within \(timeout) "
                                   + "(or the shell no longer reads commands); the screen:\n"
                                   + Self.framed((try? screen()) ?? ""))
            }
            usleep(5_000)
        }
    }

    /// Runs a shell command line (for example `stty -a`) in the pane's shell and returns what it
    /// printed on standard output and standard error, which go to a file rather than the screen.
    func shellOutput(_ commandLine: String, timeout: Duration = .seconds(10)) throws -> String {
        let file = folder.path + "/shell-output"
        try type("{ \(commandLine); } > \(Self.shellQuoted(file)) 2>&1; " + recordingStatus)
        try keys("Enter")
        _ = try waitForShellCommand(timeout: timeout)
        defer { try? FileManager.default.removeItem(atPath: file) }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw HarnessError("the shell left no output file for `\(commandLine)`")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The process id of the program `runInShell` started, found among the shell's children
    /// by its name (as `/proc/<pid>/comm` gives it: the first 15 bytes of the program's file
    /// name), to send it signals. Waits for it to start.
    func shellChild(named name: String, timeout: Duration = .seconds(10)) throws -> pid_t {
        let shell = try panePid()
        let comm = String(decoding: name.utf8.prefix(15), as: UTF8.self)
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let children = Self.contents(of: "/proc/\(shell)/task/\(shell)/children")
                .split(separator: " ").compactMap { pid_t($0) }
            if let child = children.first(where: {
                Self.contents(of: "/proc/\($0)/comm").trimmingCharacters(in: .newlines) == comm
            }) {
                return child
            }
            if clock.now >= deadline {
                throw HarnessError("no program named \(name) started from the shell within \(timeout); the screen:\n"
                                   + Self.framed((try? screen()) ?? ""))
            }
            usleep(5_000)
        }
    }

    /// A small file's text, or "" when it cannot be read.
    private static func contents(of path: String) -> String {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The file the shell writes a command's exit status to.
    private static let statusFile = "shell-status"

    /// Shell code that writes `$?` to the status file in one step (written, then renamed).
    private var recordingStatus: String {
        let path = Self.shellQuoted(folder.path + "/" + Self.statusFile)
        let partial = Self.shellQuoted(folder.path + "/" + Self.statusFile + ".partial")
        return "echo $? > \(partial); mv \(partial) \(path)"
    }

    /// A word quoted for a POSIX shell.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
