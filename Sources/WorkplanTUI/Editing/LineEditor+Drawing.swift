import Terminal

extension LineEditor {
    /// Draws the editor on one row: the part of the text around the cursor, scrolled
    /// sideways in steps of half the width so that the cursor is always in view (widths in
    /// cells: a CJK character takes two), the rest of the `width` cells filled with spaces in
    /// `style`. Puts `grid.cursor` on the cursor's cell.
    public func draw(into grid: inout Grid, row: Int, column: Int, width: Int, style: Style) {
        let end = min(column + width, grid.columns)
        guard row >= 0, row < grid.rows, column >= 0, end > column else { return }
        let characters = Array(text)
        let start = Self.firstShown(widths: characters.map(Self.cells), cursor: cursor, width: end - column)
        let cursorColumn = grid.put(String(characters[start..<cursor]), row: row, column: column,
                                    style: style, limit: end)
        let after = grid.put(String(characters[cursor...]), row: row, column: cursorColumn,
                             style: style, limit: end)
        grid.fill(row: row, from: after, to: end, style: style)
        grid.cursor = GridPosition(row: row, column: min(cursorColumn, end - 1))
    }

    /// The first character shown in a field `width` cells wide. The text starts at its first
    /// character while the cursor fits; after that it is scrolled by whole steps of half the
    /// width, so that moving the cursor within a step does not move the text.
    static func firstShown(widths: [Int], cursor: Int, width: Int) -> Int {
        let cursorCells = cursor < widths.count ? widths[cursor] : 1
        var shown = widths[..<cursor].reduce(0, +)
        guard shown + cursorCells > width else { return 0 }
        let step = max(1, width / 2)
        let hidden = (shown + cursorCells - width + step - 1) / step * step
        var start = 0
        var skipped = 0
        while start < cursor, skipped < hidden {
            skipped += widths[start]
            start += 1
        }
        shown -= skipped
        while start < cursor, shown + cursorCells > width {
            shown -= widths[start]
            start += 1
        }
        return start
    }

    /// The cells a character takes when drawn, as `Grid.put` draws it: a control character
    /// or a lone mark takes one.
    static func cells(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first, TextWidth.of(first) >= 0 else { return 1 }
        return max(1, TextWidth.of(character))
    }
}
