import Terminal
import WorkplanCore

/// The top row: the program, the plan's title, today's date.
enum TitleBar {
    /// Draws the title bar on row 0.
    static func draw(_ state: AppState, theme: Theme, into grid: inout Grid) {
        let style = theme[.title]
        grid.fill(row: 0, style: style)
        let date = " " + state.today.formatted(state.language) + " "
        let dateColumn = max(0, grid.columns - TextWidth.of(date))
        let title = " Workplan · " + TextForm.visible(state.plan.title ?? state.fileName)
        grid.put(TextWidth.truncate(title, to: max(0, dateColumn - 1)), row: 0, column: 0, style: style)
        grid.put(date, row: 0, column: dateColumn, style: style)
    }
}
