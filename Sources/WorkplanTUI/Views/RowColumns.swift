/// The columns of a tree row at a width: the title takes what the unit, due date and progress
/// columns leave, and narrow screens drop those columns, least useful first.
struct RowColumns: Equatable {
    /// Cells for the lead unit's code (0 when not shown).
    let unit: Int
    /// Cells for the due date (0 when not shown).
    let date: Int
    /// Cells for the progress or rollup (0 when not shown).
    let progress: Int
    /// The column where the right-hand columns start.
    let rightStart: Int

    /// The columns for a screen width.
    init(width: Int) {
        unit = width >= 80 ? 6 : 0
        date = width >= 40 ? 10 : 0
        progress = width >= 100 ? 11 : (width >= 60 ? 9 : 0)
        let used = [unit, date, progress].filter { $0 > 0 }.reduce(0) { $0 + $1 + 1 }
        rightStart = width - used
    }
}
