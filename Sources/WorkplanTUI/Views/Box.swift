import Terminal

/// A framed box in the middle of the screen, for lists and dialogs.
struct Box {
    /// The rows inside the frame.
    let rows: Range<Int>
    /// The columns inside the frame.
    let columns: Range<Int>

    /// Draws an empty framed box of an inner size (clamped to the grid), titled, and returns it.
    static func draw(title: String, innerWidth: Int, innerHeight: Int, style: Style, titleStyle: Style,
                     into grid: inout Grid) -> Box {
        let width = max(1, min(innerWidth, grid.columns - 4))
        let height = max(1, min(innerHeight, grid.rows - 4))
        let left = (grid.columns - width - 2) / 2
        let top = (grid.rows - height - 2) / 2
        grid.put("┌" + String(repeating: "─", count: width) + "┐", row: top, column: left, style: style)
        for row in (top + 1)...(top + height) {
            grid.put("│", row: row, column: left, style: style)
            grid.fill(row: row, from: left + 1, to: left + 1 + width, style: style)
            grid.put("│", row: row, column: left + width + 1, style: style)
        }
        grid.put("└" + String(repeating: "─", count: width) + "┘", row: top + height + 1, column: left, style: style)
        grid.put(TextWidth.truncate(" " + title + " ", to: width), row: top, column: left + 2, style: titleStyle)
        return Box(rows: (top + 1)..<(top + 1 + height), columns: (left + 2)..<(left + width))
    }
}
