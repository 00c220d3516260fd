/// A terminal in memory for tests: keys and signals are queued beforehand, and each frame
/// shown is kept as `screen`. Reading never waits: with nothing queued it gives `.timeout`.
@MainActor
public final class VirtualTerminal: TerminalBackend {
    /// The current size; `resize(to:)` changes it.
    public private(set) var size: TerminalSize
    /// The colour count it claims (256 unless the test says otherwise).
    public let colorCount: Int
    /// The last frame presented, exactly as the views drew it (colours not reduced); a blank
    /// grid of the terminal's size before the first.
    public private(set) var screen: Grid
    /// How many cells the last `present` wrote, counted as `CursesTerminal` writes them: the
    /// cells that changed, a wide character once; every cell after a resize, a suspension or
    /// a change of grid size.
    public private(set) var lastChangedCellCount = 0
    /// How many frames were presented.
    public private(set) var presentCount = 0
    /// How many times the program suspended itself.
    public private(set) var suspendCount = 0
    /// How many times another program was given the terminal.
    public private(set) var outsideRunCount = 0

    /// Events not yet read, oldest first.
    private var pending: [TerminalEvent] = []
    /// Whether the next frame must be written whole.
    private var repaintAll = true

    /// A terminal of the given size that shows `colorCount` colours.
    public init(size: TerminalSize, colorCount: Int = 256) {
        self.size = size
        self.colorCount = colorCount
        screen = Grid(size: size)
    }

    /// The number of events queued and not yet read.
    public var pendingEventCount: Int { pending.count }

    /// Queues keys, read in this order.
    public func enqueue(_ keys: [Key]) {
        pending += keys.map { .key($0) }
    }

    /// Queues the text as typed: one `.text` key per Unicode scalar, so NFD text arrives as a
    /// letter followed by its combining marks.
    public func type(_ text: String) {
        enqueue(text.unicodeScalars.map { .text($0) })
    }

    /// Changes the size now and queues `.resize`, as a terminal window being resized does.
    public func resize(to newSize: TerminalSize) {
        size = newSize
        repaintAll = true
        pending.append(.key(.resize))
    }

    /// Queues the arrival of SIGTERM, SIGHUP, SIGINT or SIGQUIT.
    public func enqueueSignal(_ signal: Int32) {
        pending.append(.terminate(signal: signal))
    }

    /// Keeps the frame as `screen` and counts the cells a real terminal would write.
    public func present(_ grid: Grid) {
        lastChangedCellCount = grid.forEachChange(since: repaintAll ? nil : screen) { _, _, _ in }
        screen = grid
        presentCount += 1
        repaintAll = false
    }

    /// The oldest queued event, or `.timeout` when none is queued; never waits.
    public func readEvent(timeoutMilliseconds: Int?) -> TerminalEvent {
        pending.isEmpty ? .timeout : pending.removeFirst()
    }

    /// Counts the suspension; the next frame is written whole.
    public func suspend() {
        suspendCount += 1
        repaintAll = true
    }

    /// Counts every cell of the next frame as changed.
    public func invalidate() {
        repaintAll = true
    }

    /// Runs `body` (nothing is drawn meanwhile) and counts it in `outsideRunCount`; the next
    /// frame counts every cell as changed.
    public func runOutside<Result>(_ body: () -> Result) -> Result {
        outsideRunCount += 1
        repaintAll = true
        return body()
    }
}
