#if canImport(Glibc)
import Glibc
#endif

/// The officer's own text editor (`$VISUAL`, else `$EDITOR`, else `vi`), opened on the plan
/// file at a line (`+LINE FILE`, which vi, vim, nano, emacs and micro understand).
struct ExternalEditor: Sendable {
    /// The editor's command line as the environment gives it; it may hold options.
    let command: String

    /// The editor the environment names.
    init(environment: [String: String]) {
        command = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    }

    /// Runs the editor on a file at a line (1-based) and waits for it; returns its exit
    /// status, or nil when it could not be started. The editor runs through `/bin/sh`, so a
    /// command with options (`code -w`) works; the file's name is passed as an argument,
    /// never pasted into the command.
    func edit(path: String, line: Int) -> Int32? {
        let arguments = ["sh", "-c", "exec " + command + " \"$@\"", "sh", "+\(max(1, line))", path]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTSTP, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cStrings = arguments.map { strdup($0) }
        defer { cStrings.forEach { free($0) } }
        let argv = cStrings + [nil]
        guard posix_spawn(&pid, "/bin/sh", nil, &attributes, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        let terminatingSignal = status & 0x7F
        return terminatingSignal == 0 ? (status >> 8) & 0xFF : 128 + terminatingSignal
    }
}
