/// A frame of the screen as rows of cells. Views draw into it; the backend shows it. Text put
/// into it is clipped per character, never mid-character: a wide character that does not fit
/// at the right edge is left out and its cell stays as it was.
public struct Grid: Sendable, Equatable {
    /// The size.
    public let size: TerminalSize
    /// The cells, row after row.
    public private(set) var cells: [Cell]
    /// Where the cursor is shown, or nil to hide it.
    public var cursor: GridPosition?

    /// A grid of blank cells in the given style.
    public init(size: TerminalSize, style: Style = .plain) {
        self.size = TerminalSize(rows: max(0, size.rows), columns: max(0, size.columns))
        cells = Array(repeating: .blank(style), count: self.size.rows * self.size.columns)
    }

    /// The number of rows.
    public var rows: Int { size.rows }
    /// The number of columns.
    public var columns: Int { size.columns }

    /// The cell at a position.
    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * size.columns + column] }
        set { cells[row * size.columns + column] = newValue }
    }

    /// Draws text from a position, one character after another, up to column `limit`
    /// (exclusive; the right edge when nil). Control characters show as their Unicode
    /// pictures. Returns the column after the last character drawn.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, row: Int, column: Int, style: Style,
                             limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let end = min(limit ?? size.columns, size.columns)
        var at = max(0, column)
        for character in text {
            let (shown, width) = Grid.drawable(character)
            if at + width > end { break }
            clearWide(row: row, column: at)
            self[row, at] = Cell(text: shown, width: UInt8(width), style: style)
            if width == 2 {
                clearWide(row: row, column: at + 1)
                self[row, at + 1] = Cell(text: "", width: 0, style: style)
            }
            at += width
        }
        return at
    }

    /// Fills columns `from..<to` of a row with spaces in a style.
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let end = min(to ?? size.columns, size.columns)
        var column = max(0, from)
        while column < end {
            clearWide(row: row, column: column)
            self[row, column] = .blank(style)
            column += 1
        }
    }

    /// Changes the style of columns `from..<to` of a row, keeping their characters.
    public mutating func restyle(row: Int, from: Int = 0, to: Int? = nil, _ change: (inout Style) -> Void) {
        guard row >= 0, row < size.rows else { return }
        for column in max(0, from)..<max(max(0, from), min(to ?? size.columns, size.columns)) {
            change(&self[row, column].style)
        }
    }

    /// The text of a row, wide characters once, trailing spaces kept.
    public func text(row: Int) -> String {
        var line = ""
        for column in 0..<size.columns {
            line += self[row, column].text
        }
        return line
    }

    /// Every row's text, trailing spaces removed: the snapshot tests compare.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// What is drawn for a character and its width: control characters as their pictures,
    /// a combining mark with nothing to combine with on a space.
    static func drawable(_ character: Character) -> (String, Int) {
        guard let first = character.unicodeScalars.first else { return (" ", 1) }
        if first.value < 0x20 || first.value == 0x7F {
            return (String(Unicode.Scalar(first.value == 0x7F ? 0x2421 : 0x2400 + first.value) ?? "?"), 1)
        }
        let width = TextWidth.of(character)
        if TextWidth.of(first) < 0 { return ("\u{FFFD}", 1) }
        if width == 0 { return (" " + String(character), 1) }
        return (String(character), width)
    }

    /// Before a cell is overwritten: when it is one half of a wide character, blanks the other half.
    private mutating func clearWide(row: Int, column: Int) {
        let cell = self[row, column]
        if cell.width == 2, column + 1 < size.columns {
            self[row, column + 1] = .blank(cell.style)
        } else if cell.width == 0, column > 0 {
            self[row, column - 1] = .blank(cell.style)
        }
    }
}
