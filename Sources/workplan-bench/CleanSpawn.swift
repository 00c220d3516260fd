#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program the way the end-to-end tests start tmux (see `/work/shared/NCURSES-SWIFT.md`
/// §7): with `posix_spawn`, an empty signal mask and default signal handlers, standard input
/// and error on `/dev/null`, and standard output on `/dev/null` or a pipe that is read to its
/// end. Not `Foundation.Process`, which waits for every descendant holding its pipes, so that
/// `tmux new-session -d` would never return.
enum CleanSpawn {
    /// How a run ended and what it printed.
    struct Outcome {
        /// The exit code, or 128 plus the signal number.
        let status: Int32
        /// Standard output when it was captured; else empty.
        let output: [UInt8]
    }

    /// Runs `executable` with `arguments` (not counting argv[0]) and exactly `environment`,
    /// and waits for it; captures standard output when `capture` is true.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    capture: Bool) throws(ChildProcess.SpawnError) -> Outcome {
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment: environment)
        defer {
            argv.release()
            envp.release()
        }
        var ends: [Int32] = [-1, -1]
        if capture {
            guard pipe(&ends) == 0 else { throw ChildProcess.SpawnError(message: "pipe failed: \(errorText())") }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        defer { for end in ends where end >= 0 { close(end) } }

        #if canImport(Darwin)
        var attributes: posix_spawnattr_t?
        var actions: posix_spawn_file_actions_t?
        #else
        var attributes = posix_spawnattr_t()
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv.pointers, envp.pointers)
        guard spawned == 0 else {
            throw ChildProcess.SpawnError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        if capture {
            close(ends[1])
            ends[1] = -1
            output = readAll(ends[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw ChildProcess.SpawnError(message: "waitpid failed: \(errorText())") }
        }
        return Outcome(status: ChildProcess.exitCode(status), output: output)
    }

    /// Everything a descriptor gives until its end.
    private static func readAll(_ descriptor: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += buffer[0..<count]
            } else if count == 0 || errno != EINTR {
                return bytes
            }
        }
    }

    /// The text of the current `errno`.
    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
