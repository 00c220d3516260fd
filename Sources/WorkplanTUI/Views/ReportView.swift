import Terminal
import WorkplanCore

/// Draws the report screen: a title bar, the rows of the report from the scroll position, and
/// the keys in the status line.
enum ReportView {
    /// Draws the report over the whole grid.
    static func draw(_ state: AppState, _ screen: ReportScreen, theme: Theme, into grid: inout Grid) {
        let language = state.language
        for row in 0..<grid.rows { grid.fill(row: row, style: theme[.detail]) }
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(language.pick(vi: " Báo cáo tình hình thực hiện kế hoạch", en: " Plan progress report"),
                                    to: grid.columns), row: 0, column: 0, style: theme[.title])
        let height = max(1, grid.rows - 2)
        let rows = screen.rows(columns: grid.columns)
        let first = min(screen.scroll, max(0, rows.count - height))
        let barWidth = max(10, min(40, grid.columns / 3))
        for (offset, line) in rows.dropFirst(first).prefix(height).enumerated() {
            let row = 1 + offset
            switch line {
            case let .heading(text):
                grid.put(text, row: row, column: 1, style: theme[.track])
            case let .bar(permille):
                drawBar(permille: permille, width: barWidth, language, theme: theme, row: row, into: &grid)
            case let .text(text):
                grid.put(text, row: row, column: 1, style: theme[.detail])
            case .blank: break
            }
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        grid.put(TextWidth.truncate(language.pick(vi: " Esc hoặc B: đóng · ↑ ↓ PgUp PgDn: cuộn · workplan report: bản đầy đủ",
                                                  en: " Esc or B: close · ↑ ↓ PgUp PgDn: scroll · workplan report: the full report"),
                                    to: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }

    /// `   ████████░░░░  73,8%`: the share done as a bar under the counts' indentation, then in figures.
    private static func drawBar(permille: Int, width: Int, _ language: Language, theme: Theme, row: Int,
                                into grid: inout Grid) {
        let filled = width * min(1000, max(0, permille)) / 1000
        var column = grid.put(String(repeating: "█", count: filled), row: row, column: 4,
                              style: theme[.done].merged(over: theme[.detail]))
        column = grid.put(String(repeating: "░", count: width - filled), row: row, column: column, style: theme[.tree])
        grid.put(" " + Percent.format(permille: permille, language).leftPadded(to: 6), row: row, column: column,
                 style: theme[.progress].adding(.bold))
    }
}

private extension String {
    /// The text with spaces before it up to a width in cells.
    func leftPadded(to width: Int) -> String {
        let used = TextWidth.of(self)
        return used < width ? String(repeating: " ", count: width - used) + self : self
    }
}
