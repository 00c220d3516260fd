#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error sent to a log file while curses is active. Anything written to the terminal's
/// standard error then would land on the alternate screen and vanish at `endwin`, a crash
/// message included; in the log it stays. Ending the redirection points standard error back
/// where it was.
struct StandardErrorLog {
    /// A duplicate of the standard error the program started with.
    private let original: Int32

    /// Creates the log at `path` (mode 0600; exclusively and without following a symlink, so a
    /// file or link planted there is refused, never written) and sends standard error there.
    init(path: String) throws(TerminalError) {
        let log = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_APPEND | O_CLOEXEC, 0o600)
        guard log >= 0 else { throw .errorLogUnavailable(path: path) }
        defer { close(log) }
        original = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
        guard original >= 0, dup2(log, STDERR_FILENO) >= 0 else {
            if original >= 0 { close(original) }
            throw .errorLogUnavailable(path: path)
        }
    }

    /// Points standard error back where it was.
    func end() {
        dup2(original, STDERR_FILENO)
        close(original)
    }
}
