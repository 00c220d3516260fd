/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt8

    /// Makes attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Dim (half-bright) text.
    public static let dim = Attributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 1 << 3)
    /// Italic text, where the terminal has it.
    public static let italic = Attributes(rawValue: 1 << 4)
    /// The terminal's best highlighting mode.
    public static let standout = Attributes(rawValue: 1 << 5)

    /// Every attribute with its name as theme files write it.
    public static let named: [(name: String, attribute: Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
        ("italic", .italic), ("standout", .standout),
    ]
}

/// How a cell is drawn: colours and attributes.
public struct Style: Sendable, Hashable {
    /// The text colour.
    public var foreground: Color
    /// The background colour.
    public var background: Color
    /// The attributes.
    public var attributes: Attributes

    /// Makes a style.
    public init(foreground: Color = .terminalDefault, background: Color = .terminalDefault,
                attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = Style()

    /// The style with these attributes added.
    public func adding(_ more: Attributes) -> Style {
        var style = self
        style.attributes.formUnion(more)
        return style
    }
}
