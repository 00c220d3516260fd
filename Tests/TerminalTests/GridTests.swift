import Testing

import Terminal

@Suite("Grid")
struct GridTests {
    init() { TestText.utf8() }

    /// A grid of one row.
    private func row(_ columns: Int) -> Grid {
        Grid(size: TerminalSize(rows: 1, columns: columns))
    }

    @Test("NFC Vietnamese takes one cell per letter")
    func precomposed() {
        var grid = row(10)
        #expect(grid.put("Việt Nam", row: 0, column: 0, style: .plain) == 8)
        #expect(grid.lines == ["Việt Nam"])
        #expect(grid.cells.allSatisfy { $0.width == 1 })
    }

    @Test("NFD Vietnamese keeps its marks in the letter's cell")
    func decomposed() {
        var grid = row(10)
        #expect(grid.put(TestText.decomposed("Việt Nam"), row: 0, column: 0, style: .plain) == 8)
        #expect(Array(grid[0, 2].text.unicodeScalars) == ["e", "\u{0323}", "\u{0302}"])
        #expect(grid[0, 2].width == 1)
        #expect(grid.lines == ["Việt Nam"])
    }

    @Test("a wide character that does not fit at the edge is dropped whole")
    func wideAtEdge() {
        var grid = row(10)
        #expect(grid.put("Việc 1: 中文", row: 0, column: 0, style: .plain) == 10)
        #expect(grid.lines == ["Việc 1: 中"])
        #expect(grid[0, 8].width == 2)
        #expect(grid[0, 9].width == 0)

        var filled = row(10)
        filled.put("xxxxxxxxxx", row: 0, column: 0, style: .plain)
        #expect(filled.put("ab中", row: 0, column: 7, style: .plain) == 9)
        #expect(filled.lines == ["xxxxxxxabx"])
    }

    @Test("a limit clips like the edge")
    func limit() {
        var grid = row(10)
        #expect(grid.put("中文字", row: 0, column: 0, style: .plain, limit: 5) == 4)
        #expect(grid.lines == ["中文"])
    }

    @Test("writing over either half of a wide character blanks the other half")
    func overwriteHalf() {
        var grid = row(6)
        grid.put("中文", row: 0, column: 0, style: .plain)
        grid.put("x", row: 0, column: 1, style: .plain)
        #expect(grid.lines == [" x文"])
        grid.put("y", row: 0, column: 2, style: .plain)
        #expect(grid.lines == [" xy"])
        #expect(grid.cells.allSatisfy { $0.width == 1 })
    }

    @Test("control characters show as their pictures")
    func controls() {
        var grid = row(6)
        #expect(grid.put("a\tb\u{7F}\u{1B}", row: 0, column: 0, style: .plain) == 5)
        #expect(grid.lines == ["a␉b␡␛"])
    }

    @Test("a combining mark with nothing before it sits on a space")
    func orphanMark() {
        var grid = row(3)
        grid.put("\u{0301}", row: 0, column: 0, style: .plain)
        #expect(Array(grid[0, 0].text.unicodeScalars) == [" ", "\u{0301}"])
        #expect(grid[0, 0].width == 1)
    }

    @Test("lines drop trailing spaces; text(row:) keeps them; rows outside are ignored")
    func lines() {
        var grid = Grid(size: TerminalSize(rows: 3, columns: 5))
        grid.put("ab", row: 0, column: 0, style: .plain)
        grid.put("中", row: 2, column: 3, style: .plain)
        grid.put("zz", row: 3, column: 0, style: .plain)
        grid.put("zz", row: -1, column: 0, style: .plain)
        #expect(grid.lines == ["ab", "", "   中"])
        #expect(grid.text(row: 0) == "ab   ")
    }

    @Test("fill and restyle change only their columns")
    func fillAndRestyle() {
        var grid = row(5)
        let bold = Style(attributes: .bold)
        grid.put("abcde", row: 0, column: 0, style: .plain)
        grid.fill(row: 0, from: 1, to: 3, style: bold)
        grid.restyle(row: 0, from: 3) { $0.attributes.insert(.underline) }
        #expect(grid.lines == ["a  de"])
        #expect(grid[0, 1].style == bold)
        #expect(grid[0, 4].style.attributes == .underline)
        #expect(grid[0, 0].style == .plain)
    }
}
