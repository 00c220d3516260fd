import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program once with `posix_spawn`, its standard streams on `/dev/null`, and reaps it
/// with `wait4` to learn its wall time and exit code; and measures a program's peak memory.
///
/// The peak memory of a child is not its `ru_maxrss`: Linux keeps a process's `ru_maxrss`
/// across `exec`, and `posix_spawn` starts the child inside the bench's own memory, so every
/// child would report at least the bench's peak (140 MB while the shapes are held). GNU time
/// forks the command from a process of its own small size, so its `%M` is the command's own.
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
        while wait4(pid, &status, 0, nil) == -1 {
            guard errno == EINTR else {
                throw SpawnError(message: "wait4 failed: \(String(cString: strerror(errno)))")
            }
        }
        let end = MonotonicClock.nanoseconds()
        return RunSample(wallNanoseconds: end - start, exitCode: exitCode(status))
    }

    /// GNU time, which reports the peak memory of the command it runs.
    static let timeProgram = "/usr/bin/time"

    /// Runs `executable` once through GNU time and returns its peak resident set in KiB (its
    /// run is not timed); nil when GNU time is not installed.
    static func peakKiB(_ executable: String, _ arguments: [String],
                        environment: [String: String]) throws(SpawnError) -> Int? {
        guard access(timeProgram, X_OK) == 0 else { return nil }
        var template = Array("/tmp/workplan-bench-peak.XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw SpawnError(message: "cannot make a file for GNU time's report") }
        close(descriptor)
        let report = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(report) }
        _ = try run(timeProgram, ["-f", "%M", "-o", report, executable] + arguments, environment: environment)
        guard let text = try? String(contentsOfFile: report, encoding: .utf8),
              let last = text.split(separator: "\n").last, let kib = Int(last) else {
            throw SpawnError(message: "GNU time reported no peak memory for \(executable)")
        }
        return kib
    }

    /// The exit code from a `wait` status, or 128 plus the signal number.
    static func exitCode(_ status: Int32) -> Int32 {
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
