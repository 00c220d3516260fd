#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// Keeps the terminal usable whatever way the program ends, and tells the wait for a key of
/// every signal at once. While curses is active:
/// - SIGTERM, SIGHUP, SIGINT and SIGQUIT only note the signal (no `SA_RESTART`, so a waiting `get_wch`
///   returns at once); `CursesTerminal.readEvent` reports it and the program saves, closes
///   the terminal and ends. A signal ignored at start (`nohup`) stays ignored.
/// - SIGWINCH is noted here too, in place of ncurses' own handler: ncurses looks at its note
///   only when a read fails, so a resize that came between its look and its wait (or while it
///   waited for the rest of an escape sequence) went unseen until the next key.
///   `CursesTerminal.readEvent` reports a noted resize before it waits again.
/// - Each of these handlers also writes a byte to a pipe that `readEvent` waits on beside
///   standard input (the self-pipe trick), so a signal that arrives just before the wait
///   begins still ends it at once.
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
        openWakePipe()
        var note = sigaction(handler: noteTermination, flags: 0)
        for signal in terminationSignals where !savedActions[Int(signal)].ignores {
            sigaction(signal, &note, nil)
        }
        pendingResize.pointee = 0
        var resize = sigaction(handler: noteResize, flags: 0)
        sigaction(SIGWINCH, &resize, nil)
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

    /// Whether a resize (SIGWINCH) arrived since the last call.
    static func takeResize() -> Bool {
        guard pendingResize.pointee != 0 else { return false }
        pendingResize.pointee = 0
        return true
    }

    /// The end of the wake pipe to wait on: readable once a noted signal arrived; -1 when the
    /// pipe could not be made (the wait then wakes at its slices only).
    static var wakeDescriptor: Int32 { wakePipe[0] }

    /// Empties the wake pipe, once the signals it woke the wait for are taken.
    static func drainWakePipe() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while wakePipe[0] >= 0, read(wakePipe[0], &bytes, bytes.count) > 0 {}
    }

    /// Makes the wake pipe once for the life of the process: both ends non-blocking (a full
    /// pipe never blocks a handler) and closed on exec (an editor started meanwhile never
    /// inherits it).
    private static func openWakePipe() {
        guard wakePipe[0] < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakePipe[1] = ends[1]
        wakePipe[0] = ends[0]
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

/// Whether a resize arrived and was not yet reported: 1 or 0.
nonisolated(unsafe) private let pendingResize: UnsafeMutablePointer<sig_atomic_t> = {
    let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
}()

/// The wake pipe's read and write ends, -1 until it is made.
nonisolated(unsafe) private let wakePipe: UnsafeMutablePointer<Int32> = {
    let ends = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
    ends.initialize(repeating: -1, count: 2)
    return ends
}()

/// The signal actions in place before curses started, indexed by signal number.
nonisolated(unsafe) private let savedActions: UnsafeMutablePointer<sigaction> = {
    let size = Int(TerminalGuard.signalTableSize)
    let table = UnsafeMutablePointer<sigaction>.allocate(capacity: size)
    table.initialize(repeating: sigaction(), count: size)
    return table
}()

/// The termination handler: notes the signal and wakes the wait for a key.
private func noteTermination(_ signal: Int32) {
    pendingTermination.pointee = signal
    wakeTheWait()
}

/// The resize handler: notes it and wakes the wait for a key.
private func noteResize(_ signal: Int32) {
    pendingResize.pointee = 1
    wakeTheWait()
}

/// Writes a byte to the wake pipe (`write` is safe in a signal handler; a full pipe already
/// wakes the wait, so a failed write loses nothing). `errno` is kept for the code the signal
/// interrupted.
private func wakeTheWait() {
    let saved = errno
    var byte: UInt8 = 1
    if wakePipe[1] >= 0 { _ = write(wakePipe[1], &byte, 1) }
    errno = saved
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
