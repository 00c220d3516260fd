/// One cell of the screen: one character (a grapheme, which may be several scalars) and its style.
/// A character two columns wide fills its cell and the next, which holds an empty `text` and
/// width 0.
public struct Cell: Sendable, Equatable {
    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String
    /// 1 for most characters, 2 for a wide one, 0 for the right half of a wide one.
    public var width: UInt8
    /// How the cell is drawn.
    public var style: Style

    /// Makes a cell.
    public init(text: String, width: UInt8, style: Style) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(text: " ", width: 1, style: style)
    }
}

/// A position on the screen, 0-based.
public struct GridPosition: Sendable, Equatable {
    /// The row.
    public var row: Int
    /// The column.
    public var column: Int

    /// Makes a position.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// The size of a terminal or a grid.
public struct TerminalSize: Sendable, Hashable {
    /// Rows (lines).
    public var rows: Int
    /// Columns.
    public var columns: Int

    /// Makes a size.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}
