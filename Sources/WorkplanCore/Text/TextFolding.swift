/// Vietnamese-aware folding for search: case, diacritics and NFC/NFD forms are ignored,
/// and đ/Đ fold to d, so `chuan bi` finds "Chuẩn bị" and `dai bieu` finds "đại biểu".
public enum TextFolding {
    /// The folded form of a text: lower case, no diacritics, đ as d.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                out.append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else if let folded = latinTable[scalar.value] {
                out.append(contentsOf: folded.unicodeScalars)
            } else if scalar.properties.generalCategory != .nonspacingMark {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return String(out)
    }

    /// True when `text` contains `query` once both are folded. Compared as folded UTF-8
    /// bytes (`FoldedBytes`), in time linear in the text: a note of a hundred thousand lines is
    /// searched as fast as its bytes are read.
    public static func matches(_ text: some StringProtocol, query foldedQuery: String) -> Bool {
        guard !foldedQuery.isEmpty else { return true }
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        appendFolded(ArraySlice(text.utf8), to: &folded)
        return contains(folded, Array(foldedQuery.utf8))
    }

    /// The folding of every letter in the Latin blocks that Vietnamese uses, made once from
    /// the letters' Unicode names: `LATIN CAPITAL LETTER U WITH HORN AND GRAVE` folds to `u`,
    /// `LATIN SMALL LETTER D WITH STROKE` (đ) to `d`. Other characters fold to lower case.
    private static let latinTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let blocks: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value), let name = scalar.properties.name else { continue }
            table[value] = baseLetter(name) ?? String(scalar).lowercased()
        }
        return table
    }()

    /// The lower-case base letter a Latin letter's name spells, or nil for other names.
    private static func baseLetter(_ name: String) -> String? {
        for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let letter = rest.first, letter.isASCII, letter.isLetter,
                  rest.count == 1 || rest.dropFirst().hasPrefix(" WITH ") else { return nil }
            return letter.lowercased()
        }
        return nil
    }
}

/// Unicode normalization for text the program stores or compares.
public enum TextForm {
    /// The precomposed (NFC) form.
    public static func nfc(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text : String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// Text safe to print on a terminal, as `TerminalSafeText` makes it: file contents cannot
    /// move the cursor, change colours or the window title.
    public static func visible(_ text: String) -> String {
        TerminalSafeText.string(text)
    }

    /// Text of several lines safe to print: each line as `visible` makes it, the line breaks
    /// kept as breaks.
    public static func visibleLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { visible(String($0)) }.joined(separator: "\n")
    }

    /// True when the text's scalars are already NFC (String `==` cannot tell NFC from NFD).
    public static func isNFC(_ text: String) -> Bool {
        nfc(text).unicodeScalars.elementsEqual(text.unicodeScalars)
    }
}
