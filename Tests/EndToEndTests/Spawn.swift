import Foundation
import Glibc

/// Runs a program with `posix_spawn` and waits for it. Not `Foundation.Process`: that waits for
/// every descendant holding its pipes (so `tmux new-session` would never return), and under
/// Swift Testing it hands the child a signal mask that blocks SIGWINCH, SIGINT, SIGTERM and
/// SIGTSTP. Here the child gets an empty mask and default handlers, standard input and
/// standard error on /dev/null, standard output on /dev/null or a pipe, and no other
/// descriptor of this process (those open when it starts).
enum Spawn {
    /// How a run ended and what it printed.
    struct Result {
        /// The exit status, or 128 + the signal's number when a signal ended it.
        var status: Int32
        /// Standard output, when it was captured; else empty.
        var output: String
    }

    /// Runs `path` with `arguments` (without the program's name) and `environment`; captures
    /// standard output when `capture` is true.
    static func run(_ path: String, _ arguments: [String], environment: [String: String],
                    capture: Bool) throws -> Result {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        // A socket pair rather than pipe(): it is close-on-exec from the start, so a program
        // spawned meanwhile by another test (a tmux server that stays) cannot inherit it.
        var pipeEnds: [Int32] = [-1, -1]
        if capture, socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0, &pipeEnds) != 0 {
            throw HarnessError("socketpair failed: errno \(errno)")
        }
        defer { for end in pipeEnds where end >= 0 { close(end) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for descriptor in openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }

        var pid = pid_t()
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw HarnessError("posix_spawn \(path) failed: \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        if capture {
            close(pipeEnds[1])
            pipeEnds[1] = -1
            output = readAll(pipeEnds[0])
        }
        return Result(status: try waitForChild(pid), output: String(decoding: output, as: UTF8.self))
    }

    /// The descriptors this process has open (from /proc/self/fd), for the child to close:
    /// pipes other code opened without close-on-exec must not live on in a tmux server.
    private static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }
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

    /// Reaps a child: its exit status, or 128 + the signal that ended it.
    private static func waitForChild(_ pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw HarnessError("waitpid failed: errno \(errno)") }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
