extension Grid {
    /// Calls `write` for each cell a backend must write to turn `previous` into this grid:
    /// every cell when `previous` is nil or of another size, else the cells that differ. The
    /// right half of a wide character is never written (writing the left half draws both);
    /// a right half with no wide character before it is written as a blank. Returns how many
    /// cells were written.
    @discardableResult
    func forEachChange(since previous: Grid?, _ write: (_ row: Int, _ column: Int, _ cell: Cell) -> Void) -> Int {
        let base = previous?.size == size ? previous : nil
        var written = 0
        for row in 0..<rows {
            for column in 0..<columns {
                var cell = self[row, column]
                if cell.width == 0 {
                    if column > 0 && self[row, column - 1].width == 2 { continue }
                    cell = .blank(cell.style)
                }
                if let base, base[row, column] == cell { continue }
                write(row, column, cell)
                written += 1
            }
        }
        return written
    }
}
