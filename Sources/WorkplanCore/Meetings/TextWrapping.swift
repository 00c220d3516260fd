/// Breaks text into lines for print: at spaces, and inside a word only when the word is longer
/// than a line, then between characters, so that a Vietnamese letter and its marks (`ế`, as one
/// scalar or as `e` and two combining marks) always stay together.
enum TextWrapping {
    /// The lines of one paragraph, the first starting with `first` and the others with `rest`,
    /// each at most `width` columns when the prefixes leave room (at least one character a line
    /// otherwise). Runs of spaces become one; no line ends with a space, and none starts with a
    /// lone dash (`Hành chính - Tổ chức` keeps its `-` after `chính`), which would read as a list.
    static func lines(_ text: String, first: String, rest: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = first
        var used = columns(first)
        var hasWord = false
        for word in words(text) {
            let size = columns(word)
            if used + (hasWord ? 1 : 0) + size <= width {
                line += (hasWord ? " " : "") + word
                used += (hasWord ? 1 : 0) + size
                hasWord = true
                continue
            }
            if hasWord {
                lines.append(line)
                line = rest
                used = columns(rest)
            }
            var remaining = word[...]
            while used + columns(remaining) > width, let cut = cutIndex(remaining, room: width - used) {
                lines.append(line + remaining[..<cut])
                remaining = remaining[cut...]
                line = rest
                used = columns(rest)
            }
            line += remaining
            used += columns(remaining)
            hasWord = true
        }
        lines.append(line)
        return lines.map(trailingSpacesDropped)
    }

    /// The words between spaces, a lone dash joined to the word before it.
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        for word in text.split(separator: " ") {
            if let last = words.indices.last, word.allSatisfy({ "-–—".contains($0) }) {
                words[last] += " " + word
            } else {
                words.append(String(word))
            }
        }
        return words
    }

    /// The columns a text takes on a terminal or on paper in a fixed-width font: one a
    /// character, two for a wide (East Asian, emoji) one.
    static func columns(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// Where to cut a word so that its head fills `room` columns; at least one character, and
    /// nil when the whole word is a single character.
    private static func cutIndex(_ word: Substring, room: Int) -> Substring.Index? {
        var used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let size = columns(of: word[index])
            if used + size > room, index > word.startIndex { break }
            used += size
            index = word.index(after: index)
        }
        return index < word.endIndex ? index : nil
    }

    /// One or two columns.
    private static func columns(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x1100 else { return 1 }
        if scalar.properties.isEmojiPresentation { return 2 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    private static func trailingSpacesDropped(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
