import Terminal

/// Breaks text into lines of at most a number of cells, between words where it can.
enum TextWrap {
    /// The lines of a text wrapped to `width` cells; a word longer than a line is cut. With
    /// `limit`, it stops after that many lines, so that a pane a few rows high costs the same
    /// for a note of a hundred thousand lines as for one of three.
    static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                let wordWidth = TextWidth.of(word)
                if used > 0, used + 1 + wordWidth <= width {
                    line += " "
                    line += word
                    used += 1 + wordWidth
                    continue
                }
                if used > 0 {
                    lines.append(line)
                    if lines.count >= limit { return lines }
                }
                line = ""
                used = 0
                // A word wider than a line: cut it a character at a time, in one pass.
                for character in word {
                    let cells = TextWidth.of(character)
                    if used > 0, used + cells > width {
                        lines.append(line)
                        if lines.count >= limit { return lines }
                        line = ""
                        used = 0
                    }
                    line.append(character)
                    used += cells
                }
            }
            lines.append(line)
            if lines.count >= limit { return lines }
        }
        return lines
    }
}
