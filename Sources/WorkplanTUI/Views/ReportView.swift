import Terminal
import WorkplanCore

/// Draws the report screen: a title bar, the rows of the report from the scroll position, and
/// the keys and the way to export in the status line.
enum ReportView {
    /// Draws the report over the whole grid.
    static func draw(_ state: AppState, _ screen: ReportScreen, theme: Theme, into grid: inout Grid) {
        let language = state.language
        for row in 0..<grid.rows { grid.fill(row: row, style: theme[.detail]) }
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(language.pick(vi: " Báo cáo tình hình thực hiện kế hoạch", en: " Plan progress report"),
                                    to: grid.columns), row: 0, column: 0, style: theme[.title])
        let height = max(1, grid.rows - 2)
        let first = min(screen.scroll, screen.maximumScroll(height: height, columns: grid.columns))
        let barWidth = max(10, min(40, grid.columns / 3))
        for (offset, line) in screen.rows(columns: grid.columns, from: first, count: height).enumerated() {
            let row = 1 + offset
            switch line {
            case let .heading(text):
                grid.put(text, row: row, column: 1, style: theme[.track])
            case let .bar(permille, indent):
                drawBar(permille: permille, width: barWidth, language, theme: theme, row: row, column: 1 + indent,
                        into: &grid)
            case let .text(text):
                grid.put(text, row: row, column: 1, style: theme[.detail])
            case .blank: break
            }
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        if let message = state.message {
            // Where the paper just written went, or why it was not: said once, over the keys.
            grid.put(TextWidth.truncate(" " + message.text, to: grid.columns), row: grid.rows - 1, column: 0,
                     style: (message.isError ? theme[.error] : theme[.message]).merged(over: theme[.statusLine]))
            return
        }
        grid.put(hint(language, keymap: state.keymap, columns: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }

    /// The keys the screen takes, then how to export the report, as much of it as fits whole in
    /// `columns`: a part that does not fit is left out rather than cut.
    static func hint(_ language: Language, keymap: Keymap, columns: Int) -> String {
        let close = keymap.name(of: .cancel, in: .help) + " " + language.pick(vi: "hoặc", en: "or") + " "
            + keymap.name(of: .showReport, in: .browse)
        var hint = language.pick(vi: " \(close): đóng", en: " \(close): close")
        let paper = keymap.name(of: .writePaper, in: .help)
        let more = [language.pick(vi: "\(paper): in báo cáo (Word)", en: "\(paper): write the report (Word)"),
                    language.pick(vi: "↑ ↓ PgUp PgDn Home End: cuộn", en: "↑ ↓ PgUp PgDn Home End: scroll"),
                    language.pick(vi: "workplan report --format markdown|csv|json: xuất",
                                  en: "workplan report --format markdown|csv|json: export")]
        for part in more {
            let longer = hint + " · " + part
            guard TextWidth.of(longer) <= columns else { break }
            hint = longer
        }
        return TextWidth.truncate(hint, to: columns)
    }

    /// `   ████████░░░░  73,8%`: the share done as a bar from a row and column, then in figures.
    private static func drawBar(permille: Int, width: Int, _ language: Language, theme: Theme,
                                row: Int, column start: Int, into grid: inout Grid) {
        let filled = width * min(1000, max(0, permille)) / 1000
        var column = grid.put(String(repeating: "█", count: filled), row: row, column: start,
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
