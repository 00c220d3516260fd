import Foundation

/// The size of a tmux pane.
struct PaneSize: Sendable, Equatable {
    /// Columns.
    var columns: Int
    /// Rows.
    var rows: Int

    /// 100 columns, 30 rows.
    static let standard = PaneSize(columns: 100, rows: 30)
}

/// A program running in the one pane of a private tmux server, driven by keys and read back
/// as screen text. Each session has its own server (`tmux -S <folder>/sock -f /dev/null`) in a
/// folder of its own; `close()` or the end of the session kills the server and removes the
/// folder. The pane stays after its program ends (`remain-on-exit`), so the exit status and
/// the last screen can still be read.
final class TmuxSession {
    /// The folder that holds the server's socket; removed at the end.
    let folder: TemporaryFolder
    private let tmuxPath: String
    private let socket: String
    private let clientEnvironment: [String: String]
    private var closed = false
    /// The session's name, the target of every command.
    static let target = "e2e"

    /// Starts `command` (a program and its arguments, run without a shell) in a new pane of
    /// `size`, with LANG and LC_ALL set to C.UTF-8, Swift's backtracer non-interactive, and
    /// `environment` on top. TERM in `environment` is set with `env TERM=…`, since tmux sets
    /// its own (tmux-256color) for the pane. The socket goes into `folder`, or a new folder.
    init(command: [String], environment: [String: String] = [:], size: PaneSize = .standard,
         folder: TemporaryFolder? = nil) throws {
        guard let tmuxPath = Tmux.path else { throw HarnessError("tmux is not installed") }
        guard !command.isEmpty else { throw HarnessError("no command to run in the pane") }
        self.tmuxPath = tmuxPath
        self.folder = try folder ?? TemporaryFolder()
        socket = self.folder.path + "/sock"
        clientEnvironment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("TMUX") }

        var variables = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "SWIFT_BACKTRACE": "interactive=no"]
        variables.merge(environment) { $1 }
        let term = variables.removeValue(forKey: "TERM")
        var arguments = ["start-server", ";", "set-option", "-g", "remain-on-exit", "on", ";",
                         "new-session", "-d", "-s", Self.target,
                         "-x", String(size.columns), "-y", String(size.rows)]
        for (key, value) in variables.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", Self.escapingSeparator("\(key)=\(value)")]
        }
        arguments += ["--", "env"] + (term.map { [Self.escapingSeparator("TERM=\($0)")] } ?? [])
            + command.map(Self.escapingSeparator)
        try run(arguments)
    }

    deinit {
        close()
    }

    /// Kills the server and removes the folder (with anything a test put in it). Safe to call
    /// more than once.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? Spawn.run(tmuxPath, ["-S", socket, "kill-server"], environment: clientEnvironment, capture: false)
        folder.remove()
    }

    // MARK: Input

    /// Sends keys by their tmux names: "Down", "Space", "Escape", "Enter", "BSpace", "C-z",
    /// "F5", "a"… (`send-keys`).
    func keys(_ names: String...) throws {
        try run(["send-keys", "-t", Self.target] + names.map(Self.escapingSeparator))
    }

    /// Types text literally, as the scalars it is made of (`send-keys -l`): NFD text arrives as
    /// a letter followed by its combining marks.
    func type(_ literal: String) throws {
        try run(["send-keys", "-t", Self.target, "-l", "--", Self.escapingSeparator(literal)])
    }

    /// Changes the pane's size; the program gets SIGWINCH. With `after`, that key is sent
    /// first, in the same tmux command, so the signal lands while the program handles it.
    func resize(columns: Int, rows: Int, after key: String? = nil) throws {
        let first = key.map { ["send-keys", "-t", Self.target, Self.escapingSeparator($0), ";"] } ?? []
        try run(first + ["resize-window", "-t", Self.target, "-x", String(columns), "-y", String(rows)])
    }

    // MARK: Output

    /// The visible screen as text, a line per row with trailing spaces removed
    /// (`capture-pane -p`). With `history`, the whole output as text instead: the lines
    /// scrolled off the top first, and lines the terminal wrapped joined again.
    func screen(history: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", Self.target] + (history ? ["-S", "-", "-J"] : []), capture: true)
    }

    /// The visible screen with SGR escape sequences for colours and attributes
    /// (`capture-pane -p -e`).
    func screenWithColours() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", Self.target], capture: true)
    }

    // MARK: Running tmux

    /// A format expanded for the pane (`display-message -p`), without its newline.
    func query(_ format: String) throws -> String {
        var text = try run(["display-message", "-p", "-t", Self.target, format], capture: true)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs a tmux command on this session's server and returns what it printed (when
    /// `capture`; else nothing); fails when tmux does.
    @discardableResult
    func run(_ arguments: [String], capture: Bool = false) throws -> String {
        let result = try Spawn.run(tmuxPath, ["-S", socket, "-f", "/dev/null"] + arguments,
                                   environment: clientEnvironment, capture: capture)
        guard result.status == 0 else {
            throw HarnessError("`tmux \(arguments.joined(separator: " "))` failed with status \(result.status)")
        }
        return result.output
    }

    /// An argument as tmux must receive it: one ending in `;` would end the tmux command
    /// there, so that `;` is written `\;`.
    private static func escapingSeparator(_ argument: String) -> String {
        argument.hasSuffix(";") ? String(argument.dropLast()) + "\\;" : argument
    }

    /// A screen between rulers, for failure messages.
    static func framed(_ screen: String) -> String {
        let ruler = String(repeating: "─", count: 40)
        return "┌" + ruler + "\n" + screen.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "│" + $0 }.joined(separator: "\n") + "\n└" + ruler
    }
}
