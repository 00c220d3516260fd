import Terminal
import WorkplanCore

/// Draws the full-screen view of a task: a title bar, the rows of `TaskSheetContent` from the
/// scroll position, and the keys the view takes in the status line.
enum TaskSheetView {
    /// Draws the task over the whole grid.
    static func draw(_ state: AppState, _ sheet: TaskSheet, theme: Theme, into grid: inout Grid) {
        let base = theme[.detail]
        for row in 0..<grid.rows { grid.fill(row: row, style: base) }
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(TaskSheetContent.title(sheet.task, state), to: grid.columns), row: 0, column: 0,
                 style: theme[.title])
        let height = TaskSheet.height(rows: grid.rows)
        let rows = sheet.columns == grid.columns ? sheet.rows : TaskSheetContent.rows(sheet.task, state, columns: grid.columns)
        let first = min(sheet.scroll, max(0, rows.count - height))
        for (offset, line) in rows.dropFirst(first).prefix(height).enumerated() {
            let row = 1 + offset
            var column = 1 + line.indent
            if !line.label.isEmpty {
                column = grid.put(line.label, row: row, column: column, style: theme[line.labelRole].merged(over: base))
            }
            let style = theme[line.role].merged(over: base)
            grid.put(line.text, row: row, column: column, style: line.isBold ? style.adding(.bold) : style)
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        grid.put(hint(state.language, keymap: state.keymap, columns: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }

    /// The keys the view takes, as many of its parts as fit whole in `columns`: a part that does
    /// not fit is left out rather than cut.
    static func hint(_ language: Language, keymap: Keymap, columns: Int) -> String {
        let report = keymap.keys(for: .showReport, in: .browse)
        let keys = keymap.keys(for: .cancel, in: .help).filter { key in
            if case .function = key { return false }
            return !report.contains(key)
        }.map(\.label).joined(separator: " ")
        let close = language.pick(vi: " \(keys): đóng", en: " \(keys): close")
        let scroll = language.pick(vi: " · ↑ ↓ j k PgUp PgDn Home End: cuộn", en: " · ↑ ↓ j k PgUp PgDn Home End: scroll")
        let whole = close + scroll
        return TextWidth.of(whole) <= columns ? whole : TextWidth.truncate(close, to: columns)
    }
}
