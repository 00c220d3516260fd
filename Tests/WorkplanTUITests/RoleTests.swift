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

    /// One task in each state of the deadline grid on Friday 29/10/2021; the working days after
    /// it are Monday 1/11 (1), Tuesday (2), Wednesday 3/11 (3), Thursday 4/11 (4).
    static let gridPlan = """
        # Lưới hạn
        ## Lưới
        - [x] Xong đúng hạn  id:G1 due:2021-10-20 done:2021-10-19
        - [x] Xong quá hạn  id:G2 due:2021-10-20 done:2021-10-22
        - [/] Đang làm trong hạn  id:G3 due:2021-11-30
        - [ ] Chưa làm đã quá hạn  id:G4 due:2021-10-28
        - [ ] Hạn sau ba ngày làm việc  id:G5 due:2021-11-03
        - [ ] Hạn sau bốn ngày làm việc  id:G6 due:2021-11-04
        """

    @Test("each task coloured by its state in the deadline grid: done on time, done late, in progress within term, overdue; due soon within the set working days on its mark and date")
    func deadlineGrid() throws {
        var state = TUITestSupport.state(Self.gridPlan)
        func style(of text: String, _ part: String, in grid: Grid) throws -> Style {
            let line = try #require(row(containing: text, in: grid))
            return grid[line, try #require(column(of: part, row: line, in: grid))].style
        }
        var grid = Screen.render(state, theme: theme)
        #expect(try style(of: "Xong đúng hạn", "Xong đúng hạn", in: grid) == theme[.done])
        #expect(try style(of: "Xong quá hạn", "Xong quá hạn", in: grid) == theme[.doneLate])
        #expect(try style(of: "Đang làm trong hạn", "Đang làm", in: grid) == theme[.inProgress])
        #expect(try style(of: "Chưa làm đã quá hạn", "Chưa làm", in: grid).foreground == theme[.overdue].foreground)
        #expect(try style(of: "Hạn sau ba ngày", "[ ]", in: grid).foreground == theme[.dueSoon].foreground)
        #expect(try style(of: "Hạn sau ba ngày", "03/11/2021", in: grid).foreground == theme[.dueSoon].foreground)
        #expect(try style(of: "Hạn sau bốn ngày", "04/11/2021", in: grid).foreground == theme[.date].foreground)
        #expect(try style(of: "Hạn sau bốn ngày", "[ ]", in: grid).foreground == theme[.mark].foreground)
        state.dueSoon = DueSoonRule(workingDays: 4)
        grid = Screen.render(state, theme: theme)
        #expect(try style(of: "Hạn sau bốn ngày", "04/11/2021", in: grid).foreground == theme[.dueSoon].foreground)
        #expect(grid.text(row: grid.rows - 1).contains("đúng hạn 1, muộn 1, chưa đến hạn 3, quá hạn 1 · 66,7%"))
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
