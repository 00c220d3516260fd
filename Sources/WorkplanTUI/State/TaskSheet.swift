/// The full-screen view of one task (`i`): which task it shows, its rows broken to the width
/// they were made for, and how far it is scrolled. The rows are made once when the view opens
/// (and again when the width changes), so scrolling through a note of a hundred thousand lines
/// costs a key the same as through one of three.
public struct TaskSheet: Equatable, Sendable {
    /// The task shown, as an index into the plan's tasks.
    let task: Int
    /// How many rows the view is scrolled down.
    var scroll = 0
    /// The rows, broken to `columns`.
    private(set) var rows: [TaskSheetContent.Row]
    /// The terminal width the rows were broken to.
    private(set) var columns: Int

    /// The view of a task of the state's plan, its rows made for the terminal's width.
    init(task: Int, state: AppState) {
        self.task = task
        columns = state.size.columns
        rows = TaskSheetContent.rows(task, state, columns: columns)
    }

    /// Makes the rows again when the terminal's width changed.
    mutating func fit(_ state: AppState) {
        guard columns != state.size.columns else { return }
        columns = state.size.columns
        rows = TaskSheetContent.rows(task, state, columns: columns)
    }

    /// The rows of text between the title bar and the status line on a terminal this many rows high.
    static func height(rows: Int) -> Int { max(1, rows - 2) }
}
