import Terminal

/// A list to choose from, in a box, the highlighted item in the selection's style; the first
/// nine items are numbered, a digit chooses one directly. Each detail stands at the box's right
/// edge, so that counts and values read down one column; a label too long for the screen is cut
/// before its detail, which stays whole.
enum MenuView {
    /// Draws a list.
    static func draw(_ menu: MenuState, theme: Theme, into grid: inout Grid) {
        let widest = menu.items.map { TextWidth.of($0.label) + TextWidth.of($0.detail) + 8 }.max() ?? 10
        let box = Box.draw(title: menu.title, innerWidth: max(widest, TextWidth.of(menu.title) + 4), innerHeight: menu.items.count,
                           style: theme[.dialog], titleStyle: theme[.dialogTitle], into: &grid)
        let height = box.rows.count
        let first = min(max(0, menu.selected - height + 1), max(0, menu.items.count - height))
        for (offset, item) in menu.items.dropFirst(first).prefix(height).enumerated() {
            let row = box.rows.lowerBound + offset
            let number = first + offset < 9 ? "\(first + offset + 1)  " : "   "
            let detail = TextWidth.truncate(item.detail, to: box.columns.count)
            let detailWidth = TextWidth.of(detail)
            let labelRoom = max(0, box.columns.count - (detail.isEmpty ? 0 : detailWidth + 1))
            let text = TextWidth.truncate((item.isCurrent ? "• " : "  ") + number + item.label, to: labelRoom)
            grid.put(text, row: row, column: box.columns.lowerBound, style: theme[.dialog])
            if !detail.isEmpty {
                grid.put(detail, row: row, column: box.columns.upperBound - detailWidth, style: theme[.dialog])
            }
            if first + offset == menu.selected {
                let selection = theme[.selection]
                grid.restyle(row: row, from: box.columns.lowerBound - 1, to: box.columns.upperBound + 1) { style in
                    style = selection.merged(over: style)
                }
            }
        }
    }
}
