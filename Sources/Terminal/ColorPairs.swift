import CNcursesw

/// The curses colour pairs the frames use, set up lazily: the first time a foreground and
/// background combination is drawn, it gets the next free pair number. Colours the terminal
/// cannot show are first reduced with `Color.reduced(toColors:)`; when curses still refuses a
/// pair (`init_pair` gives ERR) the basic eight colours are tried, and then the default pair,
/// because a pair that was never set up draws black on black. With no colours at all
/// (`colorCount` 0) every style gets pair 0 and keeps only its attributes.
struct ColorPairs {
    /// Sets up a pair (`init_pair`): returns false when curses refuses it.
    typealias Define = (_ pair: Int16, _ foreground: Int16, _ background: Int16) -> Bool

    /// A foreground and background after reduction.
    private struct Combination: Hashable {
        let foreground: Color
        let background: Color
    }

    /// The colours the terminal shows: 0 when colours are off.
    let colorCount: Int
    /// One past the highest pair number curses accepts.
    private let pairLimit: Int
    /// Whether -1 means the terminal's own colour (`use_default_colors` succeeded).
    private let defaultColors: Bool
    /// Sets up a pair.
    private let define: Define
    /// The pairs set up so far.
    private var pairs: [Combination: Int16] = [:]
    /// The next free pair number; pair 0 is the terminal's default colours.
    private var nextPair = 1

    /// Pairs for a terminal with `colorCount` colours and `pairLimit` pairs (`COLOR_PAIRS`).
    init(colorCount: Int, pairLimit: Int, defaultColors: Bool, define: @escaping Define) {
        self.colorCount = colorCount
        self.pairLimit = min(pairLimit, Int(Int16.max) + 1)
        self.defaultColors = defaultColors
        self.define = define
    }

    /// The pair number for a foreground and a background, set up on first use.
    mutating func pair(foreground: Color, background: Color) -> Int16 {
        guard colorCount > 0 else { return 0 }
        let wanted = Combination(foreground: foreground.reduced(toColors: colorCount),
                                 background: background.reduced(toColors: colorCount))
        if let known = pairs[wanted] { return known }
        let pair = setUp(wanted)
        pairs[wanted] = pair
        return pair
    }

    /// Sets up a new pair for a combination, falling back to the basic eight colours and
    /// then to the default pair.
    private mutating func setUp(_ wanted: Combination) -> Int16 {
        if wanted.foreground == .terminalDefault && wanted.background == .terminalDefault { return 0 }
        guard nextPair < pairLimit else { return 0 }
        let basic = Combination(foreground: wanted.foreground.reduced(toColors: 8),
                                background: wanted.background.reduced(toColors: 8))
        let number = Int16(nextPair)
        for combination in [wanted, basic] {
            let foreground = colorNumber(combination.foreground, isForeground: true)
            let background = colorNumber(combination.background, isForeground: false)
            if define(number, foreground, background) {
                nextPair += 1
                return number
            }
        }
        return 0
    }

    /// The curses number of a colour: -1 for the terminal's own colour when curses allows
    /// that, else white text on black.
    private func colorNumber(_ color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .terminalDefault: defaultColors ? -1 : Int16(isForeground ? COLOR_WHITE : COLOR_BLACK)
        case let .palette(index): Int16(index)
        }
    }
}
