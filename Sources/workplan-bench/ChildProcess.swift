#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program once with `posix_spawn`, its standard streams on `/dev/null`, and reaps it
/// with `wait4` to learn its wall time, peak memory and exit code.
enum ChildProcess {
    /// Why a run could not be made.
    struct SpawnError: Error {
        /// What failed, for the user.
        let message: String
    }

    /// Runs `executable` with `arguments` (not counting argv[0]) and exactly `environment`.
    static func run(_ executable: String, _ arguments: [String],
                    environment: [String: String]) throws(SpawnError) -> RunSample {
        let argv = CStringArray([executable] + arguments)
        let envp = CStringArray(environment: environment)
        defer {
            argv.release()
            envp.release()
        }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var pid = pid_t()
        let start = MonotonicClock.nanoseconds()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv.pointers, envp.pointers)
        guard spawned == 0 else {
            throw SpawnError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw SpawnError(message: "wait4 failed: \(String(cString: strerror(errno)))")
            }
        }
        let end = MonotonicClock.nanoseconds()
        #if canImport(Darwin)
        let peakKiB = Int(usage.ru_maxrss) / 1024  // bytes on Darwin
        #else
        let peakKiB = Int(usage.ru_maxrss)  // KiB on Linux
        #endif
        return RunSample(wallNanoseconds: end - start, peakKiB: peakKiB, exitCode: exitCode(status))
    }

    /// The exit code from a `wait` status, or 128 plus the signal number.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
