import Terminal
import WorkplanCore

/// Draws the whole screen for a state: title bar, tree, detail pane, status line, and the help
/// screen, list or dialog on top. Views read the state and write the grid; nothing else.
public enum Screen {
    /// The frame for a state, in a theme.
    public static func render(_ state: AppState, theme: Theme) -> Grid {
        var grid = Grid(size: state.size)
        let layout = state.layout
        guard layout.fits else {
            let notice = state.language.pick(vi: "Cửa sổ quá nhỏ (cần 40×10)", en: "Window too small (40×10 needed)")
            for (row, line) in TextWrap.lines(notice, width: state.size.columns).prefix(state.size.rows).enumerated() {
                grid.put(line, row: row, column: 0, style: theme[.error])
            }
            return grid
        }
        if case let .help(scroll) = state.mode {
            HelpView.draw(state, scroll: scroll, theme: theme, into: &grid)
            return grid
        }
        if case let .report(screen) = state.mode {
            ReportView.draw(state, screen, theme: theme, into: &grid)
            return grid
        }
        if case let .task(sheet) = state.mode, sheet.task < state.plan.taskCount, state.selectedTask == sheet.task {
            TaskSheetView.draw(state, sheet, theme: theme, into: &grid)
            return grid
        }
        TitleBar.draw(state, theme: theme, into: &grid)
        TreeView.draw(state, layout: layout, theme: theme, into: &grid)
        DetailView.draw(state, layout: layout, theme: theme, into: &grid)
        StatusLine.draw(state, layout: layout, theme: theme, into: &grid)
        switch state.mode {
        case let .menu(menu): MenuView.draw(menu, theme: theme, into: &grid)
        case let .confirmDelete(row): DialogView.drawDelete(state, row: row, theme: theme, into: &grid)
        case let .conflict(conflict): DialogView.drawConflict(state, conflict: conflict, theme: theme, into: &grid)
        case let .markers(conflict): DialogView.drawMarkers(state, conflict: conflict, theme: theme, into: &grid)
        case let .review(review): ReviewView.draw(state, review, theme: theme, into: &grid)
        case let .note(note): NoteEditorView.draw(state, note, theme: theme, into: &grid)
        case .browse, .edit, .search, .help, .report, .task: break
        }
        return grid
    }
}
