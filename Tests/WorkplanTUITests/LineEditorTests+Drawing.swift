import Glibc
import Terminal
import Testing
import WorkplanTUI

extension LineEditorTests {
    @Suite("Line editor drawing")
    struct Drawing {
        init() {
            // Tests start in the C locale, where wcwidth fails for anything but ASCII.
            setlocale(LC_CTYPE, "C.UTF-8")
        }

        private let field = Style(attributes: .underline)

        /// The editor drawn in a field of `width` cells at column 1 of a row of `|` marks two
        /// cells wider than the field: the row's text and the cursor's column.
        private func drawn(_ editor: LineEditor, width: Int) -> (row: String, cursor: Int?) {
            var grid = Grid(size: TerminalSize(rows: 1, columns: width + 2))
            grid.put(String(repeating: "|", count: width + 2), row: 0, column: 0, style: .plain)
            editor.draw(into: &grid, row: 0, column: 1, width: width, style: field)
            return (grid.text(row: 0), grid.cursor?.column)
        }

        /// An editor holding `text` with the cursor before character `cursor`.
        private func editor(_ text: String, cursor: Int) -> LineEditor {
            var editor = LineEditor(text)
            editor.cursor = cursor
            return editor
        }

        @Test("Short text is drawn whole, the rest of the field blank in the style")
        func shortText() {
            var grid = Grid(size: TerminalSize(rows: 2, columns: 12))
            LineEditor("Họp").draw(into: &grid, row: 1, column: 2, width: 8, style: field)
            #expect(grid.lines == ["", "  Họp"])
            #expect(grid.cursor == GridPosition(row: 1, column: 5))
            #expect((2..<10).allSatisfy { grid[1, $0].style == field })
            #expect(grid[1, 1].style == .plain && grid[1, 10].style == .plain)
        }

        @Test("A long Vietnamese text scrolls in steps of half the field")
        func scrollsLongText() {
            let title = "Kỳ họp thứ hai HĐND tỉnh"
            #expect(drawn(editor(title, cursor: 0), width: 10) == ("|Kỳ họp thứ|", 1))
            #expect(drawn(editor(title, cursor: 9), width: 10) == ("|Kỳ họp thứ|", 10))
            #expect(drawn(editor(title, cursor: 10), width: 10) == ("|p thứ hai |", 6))
            #expect(drawn(editor(title, cursor: 8), width: 10) == ("|Kỳ họp thứ|", 9))
            #expect(drawn(editor(title, cursor: 14), width: 10) == ("|p thứ hai |", 10))
            #expect(drawn(editor(title, cursor: 15), width: 10) == ("| hai HĐND |", 6))
            #expect(drawn(editor(title, cursor: 24), width: 10) == ("|HĐND tỉnh |", 10))
            #expect(drawn(editor(title, cursor: 21), width: 10) == ("|HĐND tỉnh |", 7))
        }

        @Test("Text typed with combining marks scrolls like precomposed text")
        func scrollsNFDLikeNFC() {
            let nfc = "Kỳ họp thứ hai HĐND tỉnh"
            let nfd = "Ky\u{0300} ho\u{0323}p thu\u{031B}\u{0301} hai HĐND ti\u{0309}nh"
            #expect(nfd.count == nfc.count)
            for cursor in 0...nfc.count {
                #expect(drawn(editor(nfd, cursor: cursor), width: 9) == drawn(editor(nfc, cursor: cursor), width: 9))
            }
        }

        @Test("Wide characters in a narrow field are never cut in half")
        func wideCharactersInNarrowField() {
            let text = "中文字テスト"
            #expect(drawn(editor(text, cursor: 0), width: 5) == ("|中文 |", 1))
            #expect(drawn(editor(text, cursor: 2), width: 5) == ("|文字 |", 3))
            #expect(drawn(editor(text, cursor: 6), width: 5) == ("|スト |", 5))
            #expect(drawn(editor("ab中", cursor: 2), width: 3) == ("|b中|", 2))
        }

        @Test("The cursor is always in the field, on the character it stands before",
              arguments: ["Kỳ họp thứ hai HĐND tỉnh Bắc Giang", "中文字テスト", "a中b文c字テdスeト", ""])
        func cursorAlwaysVisible(_ text: String) {
            let characters = Array(text)
            for width in 1...12 {
                for cursor in 0...characters.count {
                    var grid = Grid(size: TerminalSize(rows: 1, columns: width + 4))
                    editor(text, cursor: cursor).draw(into: &grid, row: 0, column: 2, width: width, style: field)
                    guard let column = grid.cursor?.column else {
                        Issue.record("no cursor for \(text) at \(cursor), width \(width)")
                        continue
                    }
                    #expect((2..<(2 + width)).contains(column), "\(text) at \(cursor), width \(width)")
                    #expect(grid.text(row: 0).hasPrefix("  ") && grid[0, width + 2].text == " ")
                    if cursor < characters.count, TextWidth.of(characters[cursor]) <= width {
                        #expect(grid[0, column].text == String(characters[cursor]), "\(text) at \(cursor), width \(width)")
                    }
                }
            }
        }

        @Test("A field wider than the grid is clipped at the grid's edge")
        func clipsToGrid() {
            var grid = Grid(size: TerminalSize(rows: 1, columns: 6))
            LineEditor("Hội đồng").draw(into: &grid, row: 0, column: 2, width: 20, style: field)
            #expect(grid.cursor == GridPosition(row: 0, column: 4))
            #expect(grid.text(row: 0) == "  ng  ")
        }
    }
}
