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
        var count = 0
        walk(text, width: width, limit: .max, building: false) { _ in count += 1 }
        return count
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
