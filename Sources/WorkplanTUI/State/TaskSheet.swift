/// The full-screen view of one task (`i`): which task it shows and how far it is scrolled.
/// What it shows is made from the state whenever it is drawn (`TaskSheetContent`), so it is
/// broken to the terminal's width as it is now.
public struct TaskSheet: Equatable, Sendable {
    /// The task shown, as an index into the plan's tasks.
    let task: Int
    /// How many rows the view is scrolled down.
    var scroll = 0

    /// The rows of text between the title bar and the status line on a terminal this many rows high.
    static func height(rows: Int) -> Int { max(1, rows - 2) }
}
