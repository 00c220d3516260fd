import Terminal

/// Where each part of the screen goes at a size.
struct Layout: Equatable {
    /// The smallest terminal the full screen fits in.
    static let minimum = TerminalSize(rows: 10, columns: 40)

    /// False when the terminal is smaller than `minimum`: a one-line notice is shown instead.
    let fits: Bool
    /// The rows of the tree.
    let tree: Range<Int>
    /// The rows of the detail pane (a rule then the details), empty at small sizes where the
    /// details take one line.
    let detail: Range<Int>
    /// The status line's row.
    let statusRow: Int
    /// The columns.
    let columns: Int

    /// The layout for a size.
    init(size: TerminalSize) {
        columns = size.columns
        fits = size.rows >= Layout.minimum.rows && size.columns >= Layout.minimum.columns
        statusRow = max(0, size.rows - 1)
        let detailHeight = size.rows >= 30 ? 10 : (size.rows >= 18 ? 7 : 1)
        let treeEnd = max(1, statusRow - detailHeight)
        tree = 1..<treeEnd
        detail = treeEnd..<statusRow
    }

    /// The number of tree rows.
    var treeHeight: Int { tree.count }
}
