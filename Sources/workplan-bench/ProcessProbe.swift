import Foundation

/// What Linux's `/proc` tells about a process that is not this one's child: its children, and
/// whether it has ended. A process that ended but was not reaped yet (a zombie) counts as
/// ended: in a container the init process can take seconds to reap the orphans of a tmux
/// server that has gone.
enum ProcessProbe {
    /// The first child of `pid` (`/proc/PID/task/PID/children`), or nil when it has none.
    static func firstChild(of pid: pid_t) -> pid_t? {
        read("/proc/\(pid)/task/\(pid)/children").split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// True when `pid` no longer runs: gone, or a zombie.
    static func hasEnded(_ pid: pid_t) -> Bool {
        if kill(pid, 0) == -1, errno == ESRCH { return true }
        let stat = read("/proc/\(pid)/stat")
        guard let close = stat.lastIndex(of: ")") else { return true }
        return stat[close...].dropFirst().trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// A `/proc` file's text; empty when it cannot be read.
    private static func read(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        return String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }
}
