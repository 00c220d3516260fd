import Terminal

/// Breaks text into lines of at most a number of cells, between words where it can.
enum TextWrap {
    /// The lines of a text wrapped to `width` cells; a word longer than a line is cut. With
    /// `limit`, it stops after that many lines, so that a pane a few rows high costs the same
    /// for a note of a hundred thousand lines as for one of three.
    static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        var lines: [String] = []
        walk(text, width: width, limit: limit, building: true) { lines.append($0) }
        return lines
    }

    /// How many lines `lines` would give, without making them: a report screen counts the
    /// rows of tens of thousands of lines and makes only those it shows.
    static func count(_ text: String, width: Int) -> Int {
        // No text takes more cells than it has bytes: one line, unless it has a line break.
        if width > 0, text.utf8.count <= width, !text.utf8.contains(0x0A) { return 1 }
        if let rows = text.utf8.withContiguousStorageIfAvailable({ countOneCellWords($0, width: width) }) ?? nil {
            return rows
        }
        var count = 0
        walk(text, width: width, limit: .max, building: false) { _ in count += 1 }
        return count
    }

    /// `count` of one line of text whose every character is a lone cell (printable ASCII and
    /// every precomposed Vietnamese letter: `TextWidth.isLoneCell`) and whose every word fits
    /// `width`: the rows are counted from the bytes in one pass, as `walk` fills them, without
    /// making a word. Nil for any other text (a line break, a control, a combining mark, a wide
    /// or unusual character, a word wider than a line), which `walk` counts.
    private static func countOneCellWords(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> Int? {
        guard width > 0 else { return nil }
        var rows = 1
        var used = 0
        var word = 0
        var index = 0
        func endWord() -> Bool {
            guard word > 0 else { return true }
            guard word <= width else { return false }
            if used > 0, used + 1 + word <= width {
                used += 1 + word
            } else {
                if used > 0 { rows += 1 }
                used = word
            }
            word = 0
            return true
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 {
                guard endWord() else { return nil }
                index += 1
                continue
            }
            let length = byte < 0x80 ? 1 : byte & 0xE0 == 0xC0 ? 2 : byte & 0xF0 == 0xE0 ? 3 : 0
            guard length > 0, index + length <= bytes.count else { return nil }
            var value = length == 1 ? UInt32(byte) : length == 2 ? UInt32(byte & 0x1F) : UInt32(byte & 0x0F)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), TextWidth.isLoneCell(scalar) else { return nil }
            word += 1
            index += length
        }
        guard endWord() else { return nil }
        return rows
    }

    /// The one way text is broken: paragraphs at line breaks, words at spaces (runs of spaces
    /// count as one; a space that carries a combining mark breaks too), as many words on a line as fit, a word wider than a line cut a character
    /// at a time. Each line is handed to `emit`, made only when `building`.
    private static func walk(_ text: String, width: Int, limit: Int, building: Bool, emit: (String) -> Void) {
        guard width > 0, limit > 0 else { return }
        var emitted = 0
        func end(_ line: inout String) -> Bool {
            emit(line)
            line = ""
            emitted += 1
            return emitted < limit
        }
        // Split at the bytes of the line break and the space, not at characters: breaking text
        // into characters costs more than the rest of the wrapping.
        for paragraph in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for bytes in paragraph.split(separator: 0x20, omittingEmptySubsequences: true) {
                let word = Substring(bytes)
                let wordWidth = TextWidth.of(word)
                if used > 0, used + 1 + wordWidth <= width {
                    if building {
                        line += " "
                        line += word
                    }
                    used += 1 + wordWidth
                    continue
                }
                if used > 0, !end(&line) { return }
                used = 0
                if wordWidth <= width {
                    if building { line += word }
                    used = wordWidth
                    continue
                }
                // A word wider than a line: cut it a character at a time, in one pass.
                for character in word {
                    let cells = TextWidth.of(character)
                    if used > 0, used + cells > width {
                        if !end(&line) { return }
                        used = 0
                    }
                    if building { line.append(character) }
                    used += cells
                }
            }
            if !end(&line) { return }
        }
    }
}
