#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private tmux server on a socket of its own (`tmux -S SOCKET -f /dev/null`), holding one
/// session whose pane runs a shell command. Every tmux command is started with `CleanSpawn`.
struct TmuxServer {
    /// The `tmux` executable.
    let tmux: String
    /// The server's socket.
    let socket: String
    /// The environment of every tmux client; the server, started by the first one, passes it
    /// on to the pane.
    let environment: [String: String]

    /// The `tmux` on `PATH`, or nil when it is not installed.
    static func locate(path: String) -> String? {
        path.split(separator: ":").map { $0 + "/tmux" }.first { access($0, X_OK) == 0 }
    }

    /// `text` as one word for `sh`: in single quotes, a quote inside written `'\''`.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
    }

    /// Starts the server with a detached session of `columns` × `rows` whose pane runs the
    /// shell command `command` (`new-session -d -x C -y R 'COMMAND'`).
    func startSession(columns: Int, rows: Int, command: String) throws(BenchFailure) {
        try run(["new-session", "-d", "-x", String(columns), "-y", String(rows), command])
    }

    /// The pane's screen as text (`capture-pane -p`).
    func capture() throws(BenchFailure) -> String {
        String(decoding: try run(["capture-pane", "-p"], capture: true), as: UTF8.self)
    }

    /// Sends keys by their tmux names (`send-keys`).
    func sendKeys(_ names: [String]) throws(BenchFailure) {
        try run(["send-keys"] + names)
    }

    /// The process id of the pane's program (`#{pane_pid}`).
    func panePid() throws(BenchFailure) -> pid_t {
        let text = String(decoding: try run(["display-message", "-p", "#{pane_pid}"], capture: true), as: UTF8.self)
        guard let pid = pid_t(text.filter { $0 != "\n" }), pid > 0 else {
            throw BenchFailure(message: "tmux gave no pane pid: \"\(text)\"")
        }
        return pid
    }

    /// True while the server still has a session (`has-session` exits 0).
    func hasSession() -> Bool {
        (try? spawn(["has-session"], capture: false).status) == 0
    }

    /// Ends the server, whatever it still runs, and removes its socket.
    func kill() {
        _ = try? spawn(["kill-server"], capture: false)
        unlink(socket)
    }

    /// Runs a tmux command; fails when it does not exit with 0. Returns its standard output
    /// when `capture` is true.
    @discardableResult
    private func run(_ arguments: [String], capture: Bool = false) throws(BenchFailure) -> [UInt8] {
        let outcome = try spawn(arguments, capture: capture)
        guard outcome.status == 0 else {
            throw BenchFailure(message: "`tmux \(arguments.joined(separator: " "))` exited with \(outcome.status)")
        }
        return outcome.output
    }

    /// Starts one tmux client on this server's socket and waits for it.
    private func spawn(_ arguments: [String], capture: Bool) throws(BenchFailure) -> CleanSpawn.Outcome {
        do {
            return try CleanSpawn.run(tmux, ["-S", socket, "-f", "/dev/null"] + arguments,
                                      environment: environment, capture: capture)
        } catch {
            throw BenchFailure(message: error.message)
        }
    }
}
