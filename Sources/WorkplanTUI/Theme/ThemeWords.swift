import Terminal

extension Color {
    /// The colour a theme file's word names: `default`, one of the basic eight names,
    /// `bright-NAME` (8–15), `colorN` or a bare number 0–255. Nil for any other word.
    init?(themeWord word: String) {
        if word == "default" {
            self = .terminalDefault
        } else if let basic = Color.basicNames.firstIndex(of: word) {
            self = .palette(UInt8(basic))
        } else if word.hasPrefix("bright-"), let basic = Color.basicNames.firstIndex(of: String(word.dropFirst(7))) {
            self = .palette(UInt8(basic + 8))
        } else if let index = Color.paletteIndex(word.hasPrefix("color") ? word.dropFirst(5) : word[...]) {
            self = .palette(index)
        } else {
            return nil
        }
    }

    /// A palette index written in decimal digits only (no sign), 0–255.
    private static func paletteIndex(_ digits: Substring) -> UInt8? {
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt8(digits)
    }
}

extension Attributes {
    /// The attributes a theme file's word names: one of `Attributes.named`, or `-` or `none`
    /// for no attribute. Nil for any other word.
    init?(themeWord word: String) {
        if word == "-" || word == "none" {
            self = []
        } else if let named = Attributes.named.first(where: { $0.name == word }) {
            self = named.attribute
        } else {
            return nil
        }
    }
}
