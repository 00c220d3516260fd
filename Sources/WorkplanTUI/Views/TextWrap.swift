import Terminal

/// Breaks text into lines of at most a number of cells, between words where it can.
enum TextWrap {
    /// The lines of a text wrapped to `width` cells; a word longer than a line is cut.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var piece = String(word)
                var pieceWidth = TextWidth.of(piece)
                if used > 0, used + 1 + pieceWidth <= width {
                    line += " " + piece
                    used += 1 + pieceWidth
                    continue
                }
                if used > 0 { lines.append(line) }
                while pieceWidth > width {
                    var head = ""
                    var headWidth = 0
                    while let first = piece.first, headWidth + TextWidth.of(first) <= width {
                        head.append(first)
                        headWidth += TextWidth.of(first)
                        piece.removeFirst()
                    }
                    if head.isEmpty, let first = piece.first {
                        head.append(first)
                        piece.removeFirst()
                    }
                    lines.append(head)
                    pieceWidth = TextWidth.of(piece)
                }
                line = piece
                used = pieceWidth
            }
            lines.append(line)
        }
        return lines
    }
}
