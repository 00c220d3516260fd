#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension sigaction {
    /// An action that calls `handler` with the signal number (nil: the default action),
    /// blocking no other signal while it runs.
    init(handler: (@convention(c) (Int32) -> Void)?, flags: Int32) {
        self.init()
        sigemptyset(&sa_mask)
        sa_flags = flags
        #if canImport(Glibc)
        __sigaction_handler.sa_handler = handler
        #else
        __sigaction_u.__sa_handler = handler
        #endif
    }

    /// An action that calls `handler` with the signal number and its details (`SA_SIGINFO`),
    /// blocking no other signal while it runs.
    init(handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void,
         flags: Int32) {
        self.init()
        sigemptyset(&sa_mask)
        sa_flags = flags | SA_SIGINFO
        #if canImport(Glibc)
        __sigaction_handler.sa_sigaction = handler
        #else
        __sigaction_u.__sa_sigaction = handler
        #endif
    }

    /// Whether the action ignores its signal (`SIG_IGN`), as `nohup` does for SIGHUP.
    var ignores: Bool {
        guard sa_flags & SA_SIGINFO == 0 else { return false }
        #if canImport(Glibc)
        let handler = __sigaction_handler.sa_handler
        #else
        let handler = __sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: UnsafeRawPointer?.self) == unsafeBitCast(SIG_IGN, to: UnsafeRawPointer?.self)
    }
}
