/// A colour a cell is drawn in: the terminal's own colour, or one of the 256 palette colours
/// (0–7 the basic eight, 8–15 their bright forms, 16–255 the xterm cube and greys).
public enum Color: Sendable, Hashable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// A palette colour, 0–255.
    case palette(UInt8)

    /// The basic eight colours by name, in palette order.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The nearest colour a terminal with `count` colours can show: the colour itself when it
    /// has enough, else one of the basic eight (bright colours lose their brightness, cube and
    /// grey colours go to the basic colour nearest in RGB).
    public func reduced(toColors count: Int) -> Color {
        guard case let .palette(index) = self, Int(index) >= count else { return self }
        if index < 16 { return .palette(index % 8) }
        let (red, green, blue) = Color.rgb(ofPaletteIndex: index)
        var best: UInt8 = 0
        var bestDistance = Int.max
        for basic in UInt8(0)..<8 {
            let (r, g, b) = Color.rgb(ofPaletteIndex: basic)
            let distance = (r - red) * (r - red) + (g - green) * (g - green) + (b - blue) * (b - blue)
            if distance < bestDistance {
                bestDistance = distance
                best = basic
            }
        }
        return .palette(best)
    }

    /// The xterm RGB of a palette index (each channel 0–255).
    static func rgb(ofPaletteIndex index: UInt8) -> (Int, Int, Int) {
        let value = Int(index)
        switch value {
        case 0..<16:
            if value == 7 { return (229, 229, 229) }
            if value == 8 { return (127, 127, 127) }
            let level = value >= 8 ? 255 : 205
            let bit = value % 8
            return ((bit & 1) != 0 ? level : 0, (bit & 2) != 0 ? level : 0, (bit & 4) != 0 ? level : 0)
        case 16..<232:
            let cube = value - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
        default:
            let grey = 8 + (value - 232) * 10
            return (grey, grey, grey)
        }
    }
}
