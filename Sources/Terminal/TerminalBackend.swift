/// What reading from the terminal gives: a key, a signal asking the program to end, or nothing
/// before the timeout.
public enum TerminalEvent: Sendable, Equatable {
    /// A key (or `.resize` after the terminal changed size).
    case key(Key)
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT arrived: the program should keep or save its pending change,
    /// restore the terminal and end.
    case terminate(signal: Int32)
    /// No key came before the timeout.
    case timeout
}

/// A terminal the program draws on and reads keys from: the real one through curses, or a
/// virtual one in tests. Views never see it; they draw into a `Grid`.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The current size.
    var size: TerminalSize { get }
    /// How many colours the terminal shows: 0 when colours are off (a vt100, NO_COLOR),
    /// else 8, 16 or 256. Colours a frame uses beyond this are reduced with `Color.reduced`.
    var colorCount: Int { get }
    /// Shows a frame. Only the cells that differ from the previous frame are written. The
    /// cursor is shown at `grid.cursor`, or hidden when that is nil.
    func present(_ grid: Grid)
    /// The next event, waiting at most `timeoutMilliseconds` (forever when nil).
    func readEvent(timeoutMilliseconds: Int?) -> TerminalEvent
    /// Hands the terminal back to the shell and stops the process (Ctrl-Z); on `fg`, takes
    /// the terminal again. The next `present` redraws every cell.
    func suspend()
    /// Makes the next `present` write every cell, whatever changed (Ctrl-L).
    func invalidate()
    /// Lends the terminal to another program while `body` runs (an editor): the normal
    /// screen and the terminal's own modes, Ctrl-C and Ctrl-\ going to that program only.
    /// Afterwards the next `present` redraws every cell.
    func runOutside<Result>(_ body: () -> Result) -> Result
}
