import CNcursesw

/// What one curses cell (`cchar_t`) receives for a grid cell: one spacing scalar followed by
/// at most `CCHARW_MAX - 1` combining ones, as `setcchar` requires. A pure function of the
/// cell, testable without a terminal.
struct CursesGlyph: Equatable {
    /// The scalars, the spacing one first.
    let scalars: [Unicode.Scalar]
    /// The columns curses gives them: 1 or 2. When it is less than the cell's width (a flag
    /// of two regional indicators, each one column wide), the column after is drawn blank.
    let width: Int
}

extension CursesGlyph {
    /// The glyph for a cell. A control character or unassigned scalar becomes U+FFFD; a cell
    /// that starts with a combining mark gets a space to sit on; a wide character in a
    /// narrow cell becomes U+FFFD; spacing scalars after the first are left out.
    init(_ cell: Cell) {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        var scalars = Array(cell.text.unicodeScalars)
        var width = scalars.first.map { TextWidth.of($0) } ?? 1
        if scalars.isEmpty {
            scalars = [" "]
        } else if width < 0 || width > max(1, Int(cell.width)) {
            scalars = [replacement]
            width = 1
        } else if width == 0 {
            scalars.insert(" ", at: 0)
            width = 1
        }
        let marks = scalars.dropFirst().filter { $0.value != 0 && TextWidth.of($0) == 0 }
        self.scalars = [scalars[0]] + marks.prefix(Int(CCHARW_MAX) - 1)
        self.width = width
    }
}
