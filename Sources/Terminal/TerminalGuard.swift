#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Keeps the terminal usable whatever way the program ends. While curses is active:
/// - SIGTERM, SIGHUP, SIGINT and SIGQUIT only note the signal (no `SA_RESTART`, so a waiting `get_wch`
///   returns at once); `CursesTerminal.readEvent` reports it and the program saves, closes
///   the terminal and ends. A signal ignored at start (`nohup`) stays ignored.
///   SIGQUIT is among them, though it would dump core, because it can be caught and a typed
///   line is worth more than a core file.
/// - SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT and SIGFPE restore the terminal
///   (`endwin`) and pass the signal on to the handler that was there before (Swift's crash
///   backtracer, or the default), so the crash report lands on the normal screen (or in
///   the error log) and the shell gets a usable terminal back.
/// - `exit()` restores the terminal through `atexit`.
/// Closing puts every handler back as it was before curses started, ncurses' own SIGTSTP and
/// SIGWINCH handlers included.
@MainActor
enum TerminalGuard {
    /// The signals that ask the program to end.
    nonisolated static let terminationSignals = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    /// The signals of a crash.
    nonisolated static let crashSignals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]
    /// The signals ncurses handles itself once started.
    nonisolated static let cursesSignals = [SIGTSTP, SIGWINCH]

    /// Whether `rememberHandlers` ran and `restoreHandlers` has not yet.
    private static var remembered = false
    /// Whether the `atexit` restore is registered (it stays for the life of the process).
    private static var exitRestoreRegistered = false

    /// Before curses starts: remembers how each signal above is handled.
    static func rememberHandlers() {
        guard !remembered else { return }
        for signal in terminationSignals + crashSignals + cursesSignals {
            sigaction(signal, nil, savedActions + Int(signal))
        }
        pendingTermination.pointee = 0
        remembered = true
    }

    /// Once curses has started (so that its own handlers are not installed over these):
    /// installs the termination and crash handlers and the `atexit` restore.
    static func install() {
        var note = sigaction(handler: noteTermination, flags: 0)
        for signal in terminationSignals where !savedActions[Int(signal)].ignores {
            sigaction(signal, &note, nil)
        }
        var restore = sigaction(handler: restoreTerminalAndPassOn, flags: SA_ONSTACK)
        for signal in crashSignals {
            sigaction(signal, &restore, nil)
        }
        if !exitRestoreRegistered {
            atexit(restoreTerminalAtExit)
            exitRestoreRegistered = true
        }
    }

    /// Puts back every handler remembered before curses started.
    static func restoreHandlers() {
        guard remembered else { return }
        for signal in terminationSignals + crashSignals + cursesSignals {
            sigaction(signal, savedActions + Int(signal), nil)
        }
        remembered = false
    }

    /// The termination signal that arrived since the last call, or nil; each is reported once.
    static func takeTerminationSignal() -> Int32? {
        let signal = pendingTermination.pointee
        guard signal != 0 else { return nil }
        pendingTermination.pointee = 0
        return signal
    }

    /// Whether the process can stop itself for the shell: false when SIGTSTP is ignored, as
    /// it is for a program started without job control.
    static var canSuspend: Bool {
        var current = sigaction()
        sigaction(SIGTSTP, nil, &current)
        return !current.ignores
    }

    /// One more than the highest signal number handled: the size of the saved-action table.
    nonisolated fileprivate static let signalTableSize =
        (terminationSignals + crashSignals + cursesSignals).reduce(0, max) + 1
}

/// The termination signal noted by the handler and not yet reported, or 0. Raw memory, so the
/// handler neither allocates nor meets Swift's exclusivity checks.
nonisolated(unsafe) private let pendingTermination: UnsafeMutablePointer<sig_atomic_t> = {
    let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
}()

/// The signal actions in place before curses started, indexed by signal number.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let size = Int(TerminalGuard.signalTableSize)
    let table = UnsafeMutablePointer<sigaction>.allocate(capacity: size)
    table.initialize(repeating: sigaction(), count: size)
    return table
}()

/// The termination handler: notes the signal, nothing more.
private func noteTermination(_ signal: Int32) {
    pendingTermination.pointee = signal
}

/// The crash handler: restores the terminal, puts back the previous handler and passes the
/// signal on. A fault (SIGSEGV…) happens again when the handler returns, now under the
/// previous handler. A signal that was sent (`kill`, `abort()`) is raised again at once for
/// the previous handler and then, should that handler return (Swift's backtracer does, as it
/// expects a fault to recur), under the default action, so the program ends either way.
private func restoreTerminalAndPassOn(_ signal: Int32, _ info: UnsafeMutablePointer<siginfo_t>?,
                                      _ context: UnsafeMutableRawPointer?) {
    if !isendwin() { endwin() }
    sigaction(signal, savedActions + Int(signal), nil)
    guard let info, info.pointee.si_code <= 0 else { return }
    var signalOnly = sigset_t()
    sigemptyset(&signalOnly)
    sigaddset(&signalOnly, signal)
    pthread_sigmask(SIG_UNBLOCK, &signalOnly, nil)
    raise(signal)
    var byDefault = sigaction(handler: SIG_DFL, flags: 0)
    sigaction(signal, &byDefault, nil)
    raise(signal)
}

/// The `atexit` handler: restores the terminal unless it already is.
private func restoreTerminalAtExit() {
    if !isendwin() { endwin() }
}
