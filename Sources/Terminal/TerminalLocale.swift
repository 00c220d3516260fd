#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's character set, which decides how curses and `wcwidth` read non-ASCII text:
/// in the "C" locale every Vietnamese letter measures -1 and is drawn garbled.
public enum TerminalLocale {
    /// Takes the character set from the environment (`LC_ALL`, `LC_CTYPE`, `LANG`) and, when
    /// that is not UTF-8 (unset, `C`, `POSIX`…), uses `C.UTF-8` instead. Only `LC_CTYPE` is
    /// changed, so number formats and messages stay as they were. Runs once per process;
    /// later calls only report the result. `CursesTerminal` calls it itself; tests that
    /// measure text call it first, as test processes start in the "C" locale. Returns
    /// whether the character set is now UTF-8.
    @discardableResult
    public static func useUTF8() -> Bool {
        setUpOnce
    }

    /// Whether the current character set is UTF-8.
    public static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        return String(cString: codeset) == "UTF-8"
    }

    /// The one-time set-up; a `static let` is initialized once, even when tests call
    /// `useUTF8` from several threads.
    private static let setUpOnce: Bool = {
        setlocale(LC_CTYPE, "")
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
        return isUTF8
    }()
}
