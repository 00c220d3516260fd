import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Where colour carries meaning, the cells have the role's style: overdue, done, search
/// matches, the selection, and the mono theme for terminals without colours.
@Suite("Roles on screen")
struct RoleTests {
    private let theme = BuiltinTheme.default.theme

    /// The grid and the row whose text contains `text`.
    private func row(containing text: String, in grid: Grid) -> Int? {
        (0..<grid.rows).first { grid.text(row: $0).contains(text) }
    }

    /// The column where `text` starts in a row, counted in cells.
    private func column(of text: String, row: Int, in grid: Grid) -> Int? {
        let line = grid.text(row: row)
        guard let range = line.range(of: text) else { return nil }
        return TextWidth.of(line[line.startIndex..<range.lowerBound])
    }

    @Test("an overdue task's title and date are in the overdue style; a done task's in the done style")
    func overdueAndDone() throws {
        let state = TUITestSupport.state()
        let grid = Screen.render(state, theme: theme)
        let overdue = try #require(row(containing: "Tham mưu thành lập", in: grid))
        let title = try #require(column(of: "Tham mưu thành lập", row: overdue, in: grid))
        #expect(grid[overdue, title].style.foreground == theme[.overdue].foreground)
        let date = try #require(column(of: "07/02/2021", row: overdue, in: grid))
        #expect(grid[overdue, date].style.foreground == theme[.overdue].foreground)
        let done = try #require(row(containing: "Dự thảo chương trình", in: grid))
        let doneTitle = try #require(column(of: "Dự thảo chương trình", row: done, in: grid))
        #expect(grid[done, doneTitle].style == theme[.done])
    }

    @Test("a search lights up “bầu cử” for the query `bau cu`, and only those cells")
    func searchMatch() throws {
        var state = TUITestSupport.state()
        _ = state.update(.search)
        for scalar in "bau cu".unicodeScalars { _ = state.update(.input(.text(scalar))) }
        let grid = Screen.render(state, theme: theme)
        let line = try #require(row(containing: "Ủy ban bầu cử", in: grid))
        let start = try #require(column(of: "bầu cử", row: line, in: grid))
        for offset in 0..<6 {
            #expect(grid[line, start + offset].style.foreground == theme[.searchMatch].foreground)
        }
        #expect(grid[line, start - 1].style.foreground != theme[.searchMatch].foreground)
        #expect(grid[line, start + 6].style.foreground != theme[.searchMatch].foreground)
    }

    @Test("the selected row has the selection's background across the whole row")
    func selection() throws {
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH2", in: state)))
        let grid = Screen.render(state, theme: theme)
        let line = try #require(row(containing: "Tổng hợp ý kiến", in: grid))
        for column in 0..<grid.columns {
            #expect(grid[line, column].style.background == theme[.selection].background)
        }
    }

    @Test("in the mono theme no cell has a colour and the selection is reversed")
    func mono() throws {
        let mono = BuiltinTheme.mono.theme
        var state = TUITestSupport.state()
        state.select(.task(TUITestSupport.task("KH2", in: state)))
        let grid = Screen.render(state, theme: mono)
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                #expect(grid[row, column].style.foreground == .terminalDefault)
                #expect(grid[row, column].style.background == .terminalDefault)
            }
        }
        let line = try #require(row(containing: "Tổng hợp ý kiến", in: grid))
        #expect(grid[line, 0].style.attributes.contains(.reverse))
    }
}
