#if canImport(Glibc)
import Glibc
#endif

/// Keeps Swift's crash backtracer from holding the officer's terminal.
///
/// On a terminal the backtracer is interactive by default: after a crash it waits about 30
/// seconds for a key ("Press space to interact…"), with the screen still in the program's
/// modes, and swallows what is typed. It reads `SWIFT_BACKTRACE` once, when the process
/// starts, so setting the variable later does nothing; when it is unset and standard input
/// is a terminal, the program starts itself again with `SWIFT_BACKTRACE=interactive=no` (the
/// backtrace is still written, to the error log while the screen is up). A setting the user
/// chose is left alone.
enum BacktraceSetting {
    /// Re-executes this program with a non-interactive backtracer when needed; returns when it
    /// is not needed or the re-execution failed (the program then goes on as it is).
    static func ensureNonInteractive() {
        guard getenv("SWIFT_BACKTRACE") == nil, isatty(STDIN_FILENO) == 1 else { return }
        // The executable's own path, not /proc/self/exe, so that the process keeps its name.
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0, setenv("SWIFT_BACKTRACE", "interactive=no", 1) == 0 else { return }
        buffer[count] = 0
        execv(buffer, CommandLine.unsafeArgv)
        unsetenv("SWIFT_BACKTRACE")
    }
}
