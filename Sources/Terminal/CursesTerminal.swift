#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw

/// The real terminal, driven through ncursesw: the only type that calls curses. Open one at a
/// time and call `close()` before the program ends; an `exit()` or a crash restores the
/// terminal too (see `TerminalGuard`).
///
/// SIGTERM, SIGHUP, SIGINT and SIGQUIT do not end the program: `readEvent` reports them as
/// `.terminate(signal:)`, and the program saves, calls `close()` and exits with status
/// 128 + signal. Ctrl-C is a key (`.control("c")`), since the terminal is in raw mode.
@MainActor
public final class CursesTerminal: TerminalBackend {
    /// How many colours frames are drawn in: 0 when colours are off (`noColor`, a non-empty
    /// `NO_COLOR`, or a terminal without colours), else the terminal's count (8, 16, 256),
    /// at most 256.
    public let colorCount: Int

    /// The curses screen.
    private let window: UnsafeMutablePointer<WINDOW>
    /// The colour pairs set up so far.
    private var pairs: ColorPairs
    /// Where standard error goes while the screen is in use, when a log was asked for.
    private let errorLog: StandardErrorLog?
    /// The frame on the screen and the screen size it was drawn for.
    private var shown: (grid: Grid, size: TerminalSize)?
    /// Whether the cursor is visible, or nil when not known (after a suspension).
    private var cursorVisible: Bool?
    /// The read timeout curses was last given, in milliseconds.
    private var readTimeout: Int32?
    /// Whether `close()` ran.
    private var closed = false

    /// Opens the terminal for full-screen use: the alternate screen, raw keys (Ctrl-C, Ctrl-Z
    /// and Ctrl-S arrive as keys), no echo, the cursor hidden until a frame places it.
    /// - Parameters:
    ///   - noColor: draw with attributes only (bold, reverse…). Colours are also off when
    ///     `NO_COLOR` is set and not empty, or when the terminal has none.
    ///   - escapeDelay: how long, in milliseconds, curses waits after Esc for the rest of an
    ///     arrow or function key's sequence; more suits slow remote links.
    ///   - errorLogPath: a file that receives standard error (appended) until `close()`, so
    ///     that warnings and crash reports are kept instead of vanishing with the alternate
    ///     screen. Nil leaves standard error alone.
    /// - Throws: `TerminalError` when standard input or output is not a terminal, when the
    ///   terminal type is unknown or cannot address the cursor (TERM=dumb), or when the
    ///   error log cannot be opened. The terminal is left as it was.
    public init(noColor: Bool, escapeDelay: Int = 25, errorLogPath: String? = nil) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        TerminalLocale.useUTF8()
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        let log: StandardErrorLog? = if let errorLogPath { try StandardErrorLog(path: errorLogPath) } else { nil }
        TerminalGuard.rememberHandlers()
        guard let screen = newterm(nil, wp_stdout(), wp_stdin()) else {
            TerminalGuard.restoreHandlers()
            log?.end()
            throw .cannotOpen(term: term)
        }
        guard wp_has_cursor_addressing() != 0, let window = wp_stdscr() else {
            endwin()
            delscreen(screen)
            TerminalGuard.restoreHandlers()
            log?.end()
            throw .noCursorAddressing(term: term)
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(Int32(clamping: escapeDelay))
        curs_set(0)
        self.window = window
        errorLog = log
        cursorVisible = false
        colorCount = Self.startColors(noColor: noColor)
        let defaultColors = colorCount > 0 && use_default_colors() == OK
        pairs = ColorPairs(colorCount: colorCount, pairLimit: Int(wp_color_pairs()),
                           defaultColors: defaultColors) { pair, foreground, background in
            init_pair(pair, foreground, background) == OK
        }
        TerminalGuard.install()
    }

    /// The current size. It changes when `readEvent` reports `.resize`.
    public var size: TerminalSize {
        TerminalSize(rows: Int(getmaxy(window)), columns: Int(getmaxx(window)))
    }

    /// Shows a frame, writing only the cells that changed since the last one; every cell
    /// after a change of size or a suspension. Cells beyond the screen are left out. The
    /// cursor goes to `grid.cursor`, or is hidden.
    public func present(_ grid: Grid) {
        guard !closed else { return }
        let screen = size
        var previous: Grid?
        if let shown, shown.size == screen, shown.grid.size == grid.size { previous = shown.grid }
        if previous == nil {
            werase(window)
            clearok(window, true)
        }
        grid.forEachChange(since: previous) { row, column, cell in
            guard row < screen.rows, column < screen.columns else { return }
            draw(cell, row: row, column: column, screenColumns: screen.columns)
        }
        if let cursor = grid.cursor, (0..<screen.rows).contains(cursor.row),
           (0..<screen.columns).contains(cursor.column) {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            wnoutrefresh(window)
            doupdate()
            showCursor(true)
        } else {
            showCursor(false)
            wnoutrefresh(window)
            doupdate()
        }
        shown = (grid, screen)
    }

    /// The next key, a termination signal, or `.timeout`. With no timeout it waits until one
    /// of the first two. When the terminal hangs up (its window closed) it reports
    /// `.terminate(signal: SIGHUP)`. After `close()` it returns `.timeout` at once.
    ///
    /// It waits itself, on standard input and the guard's wake pipe, and hands curses a key
    /// to read only once one is there (or curses holds one already): a resize or a signal that
    /// comes at any moment, before the wait or during it, is reported at once, and curses is
    /// never left blocked in a read with a resize not drawn.
    public func readEvent(timeoutMilliseconds: Int?) -> TerminalEvent {
        let deadline = timeoutMilliseconds.map { Self.now() + max(0, $0) }
        while !closed {
            if let signal = TerminalGuard.takeTerminationSignal() { return .terminate(signal: signal) }
            if TerminalGuard.takeResize() {
                followTerminalSize()
                return .key(.resize)
            }
            setReadTimeout(0)
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if let key = CursesKeys.key(status: status, code: code) {
                if key == .resize { shown = nil }
                return .key(key)
            }
            if Self.inputHungUp() { return .terminate(signal: SIGHUP) }
            let wait = deadline.map { max(0, $0 - Self.now()) } ?? Int(Self.waitSlice)
            if !waitForInput(milliseconds: wait), let deadline, Self.now() >= deadline { return .timeout }
        }
        return .timeout
    }

    /// Waits until standard input has bytes, a noted signal wakes the wait, or the time is up;
    /// false when the time ran out with nothing to read.
    private func waitForInput(milliseconds: Int) -> Bool {
        var watched = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminalGuard.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        let count = nfds_t(TerminalGuard.wakeDescriptor >= 0 ? 2 : 1)
        let ready = poll(&watched, count, Int32(clamping: milliseconds))
        if count == 2, watched[1].revents != 0 { TerminalGuard.drainWakePipe() }
        return ready != 0
    }

    /// After SIGWINCH: tells curses the terminal's size as the kernel has it now (without the
    /// KEY_RESIZE that `resizeterm` would queue as well), and draws every cell next time.
    private func followTerminalSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if wp_terminal_size(&rows, &columns) == 0, rows != getmaxy(window) || columns != getmaxx(window) {
            resize_term(rows, columns)
        }
        shown = nil
    }

    /// Milliseconds on a clock that only goes forward.
    private static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }

    /// Stops the process for the shell (Ctrl-Z) through ncurses' SIGTSTP handler, which
    /// restores the terminal first and takes it back on `fg`. Does nothing when SIGTSTP is
    /// ignored (no job control). The next `present` redraws every cell.
    public func suspend() {
        guard !closed, TerminalGuard.canSuspend else { return }
        raise(SIGTSTP)
        shown = nil
        cursorVisible = nil
    }

    /// Makes the next `present` erase the screen and write every cell.
    public func invalidate() {
        shown = nil
    }

    /// Leaves curses (`endwin`) while `body` runs another program in the terminal, with
    /// SIGINT and SIGQUIT ignored here so that Ctrl-C and Ctrl-\\ reach that program only;
    /// then takes the terminal back and redraws everything on the next `present`.
    public func runOutside<Result>(_ body: () -> Result) -> Result {
        guard !closed else { return body() }
        endwin()
        var ignore = sigaction()
        sigemptyset(&ignore.sa_mask)
        #if canImport(Glibc)
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        #else
        ignore.__sigaction_u.__sa_handler = SIG_IGN
        #endif
        var savedInterrupt = sigaction()
        var savedQuit = sigaction()
        sigaction(SIGINT, &ignore, &savedInterrupt)
        sigaction(SIGQUIT, &ignore, &savedQuit)
        let result = body()
        sigaction(SIGINT, &savedInterrupt, nil)
        sigaction(SIGQUIT, &savedQuit, nil)
        wrefresh(window)
        shown = nil
        cursorVisible = nil
        return result
    }

    /// Gives the terminal back to the shell (`endwin`): the normal screen, the cursor and the
    /// terminal's modes as they were; puts the signal handlers back and standard error where
    /// it was. The screen is blanked first: after a resize, tmux was seen to carry a line of
    /// the last frame over to the normal screen. Calling it again does nothing.
    public func close() {
        guard !closed else { return }
        closed = true
        if !isendwin() {
            werase(window)
            wnoutrefresh(window)
            doupdate()
            endwin()
        }
        TerminalGuard.restoreHandlers()
        errorLog?.end()
    }

    /// How long one wait lasts when `readEvent` has no timeout; a signal ends it at once
    /// through the wake pipe, so this only bounds the wait should the pipe be missing.
    private static let waitSlice: Int32 = 500

    /// Turns colours on unless they are unwanted or missing; returns the colour count.
    private static func startColors(noColor: Bool) -> Int {
        let noColorSet = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard !noColor, !noColorSet, has_colors(), start_color() == OK else { return 0 }
        return min(Int(wp_colors()), 256)
    }

    /// Whether standard input has hung up (the terminal is gone).
    private static func inputHungUp() -> Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) > 0 else { return false }
        return input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Writes one cell. A wide character that would cross the right edge becomes a blank;
    /// when curses draws the cell narrower than the grid's cell, the column after is blanked.
    private func draw(_ cell: Cell, row: Int, column: Int, screenColumns: Int) {
        var glyph = CursesGlyph(cell)
        if glyph.width == 2 && column + 1 >= screenColumns { glyph = CursesGlyph(.blank(cell.style)) }
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        for (index, scalar) in glyph.scalars.enumerated() { text[index] = wchar_t(bitPattern: scalar.value) }
        let pair = pairs.pair(foreground: cell.style.foreground, background: cell.style.background)
        var character = cchar_t()
        setcchar(&character, text, cell.style.attributes.curses, pair, nil)
        // At the bottom-right cell this returns ERR (the cursor cannot advance), yet draws.
        mvwadd_wch(window, Int32(row), Int32(column), &character)
        if Int(cell.width) > glyph.width && column + 1 < screenColumns {
            draw(.blank(cell.style), row: row, column: column + 1, screenColumns: screenColumns)
        }
    }

    /// Shows or hides the cursor when that changes.
    private func showCursor(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    /// Gives curses a read timeout when it changed.
    private func setReadTimeout(_ milliseconds: Int32) {
        guard readTimeout != milliseconds else { return }
        wtimeout(window, milliseconds)
        readTimeout = milliseconds
    }
}
