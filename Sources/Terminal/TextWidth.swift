import CNcursesw

/// Display widths of text in terminal cells, measured with the same libc `wcwidth` that curses
/// uses (the locale must be UTF-8: see `TerminalLocale`). A grapheme's width is the sum of its
/// scalars' widths, so a Vietnamese letter takes one cell whether it is written precomposed or
/// with combining marks, and a CJK character or an emoji takes two.
public enum TextWidth {
    /// The cells a character takes: 0, 1 or 2. A control character or an unassigned scalar
    /// counts as one (it is drawn as a replacement).
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let scalarWidth = of(scalar)
            width += scalarWidth < 0 ? 1 : scalarWidth
        }
        return min(width, 2)
    }

    /// The cells a scalar takes: -1 for a control character or an unassigned scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return Int(wp_wcwidth(scalar.value))
    }

    /// The cells a text takes.
    public static func of(_ text: String) -> Int {
        of(text[...])
    }

    /// The cells a text takes; concrete rather than generic, so that callers in other modules
    /// get the fast loop (a report screen measures megabytes of words).
    public static func of(_ text: Substring) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var count = 0
        for scalar in text.unicodeScalars {
            guard isLoneCell(scalar) else { return widthByCharacters(text) }
            count += 1
        }
        return count
    }

    /// True for a scalar that is a character of one cell by itself, whatever follows it:
    /// printable ASCII, the Latin-1 letters and signs (less the soft hyphen), the Latin Extended
    /// blocks and spacing modifiers, and Latin Extended Additional, where every precomposed
    /// Vietnamese letter is. Text made only of these is measured by counting, without
    /// breaking it into characters: a report screen measures megabytes of it.
    public static func isLoneCell(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value < 0x300 && value != 0xAD)
            || (value >= 0x1E00 && value < 0x1F00)
    }

    /// The cells a text takes, character by character.
    private static func widthByCharacters(_ text: Substring) -> Int {
        var width = 0
        for character in text { width += of(character) }
        return width
    }

    /// The text cut to at most `width` cells at a character boundary, ending with `ellipsis`
    /// when anything was cut. A wide character that does not fit is dropped whole.
    public static func truncate(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(String(text)) <= width { return String(text) }
        let budget = width - of(ellipsis)
        guard budget >= 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > budget { break }
            out.append(character)
            used += characterWidth
        }
        return out + ellipsis
    }

    /// The text cut like `truncate` and then padded with spaces to exactly `width` cells.
    public static func fit(_ text: some StringProtocol, to width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let used = of(cut)
        return used < width ? cut + String(repeating: " ", count: width - used) : cut
    }
}
