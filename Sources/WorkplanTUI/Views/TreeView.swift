import Terminal
import WorkplanCore

/// The tree: track headings and tasks, each row with its fold mark, status mark, title, lead
/// unit, due date and progress (or, for a parent, the rollup of its subtasks), coloured by
/// where the task stands in the deadline grid today. Only the rows on screen are drawn.
enum TreeView {
    /// Draws the tree rows of the layout.
    static func draw(_ state: AppState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let rows = state.tree.rows(from: state.top, limit: layout.treeHeight, in: state.plan)
        let columns = RowColumns(width: grid.columns)
        let query = state.highlightQuery.map(TextFolding.fold)
        for (offset, row) in rows.enumerated() {
            let screenRow = layout.tree.lowerBound + offset
            switch row {
            case let .track(track): drawTrack(track, state: state, row: screenRow, columns: columns, theme: theme, into: &grid)
            case let .task(task):
                let title = drawTask(task, state: state, row: screenRow, columns: columns, theme: theme, into: &grid)
                if row == state.selection { highlight(row: screenRow, theme: theme, into: &grid) }
                if let query, !query.isEmpty, let title {
                    MatchHighlight.apply(query: query, in: title.text, row: screenRow, column: title.column,
                                         style: theme[.searchMatch], into: &grid)
                }
                continue
            }
            if row == state.selection { highlight(row: screenRow, theme: theme, into: &grid) }
        }
        if rows.isEmpty, layout.treeHeight > 0 {
            let text = state.filter.isEmpty
                ? state.language.pick(vi: "  Kế hoạch chưa có nhiệm vụ; \(state.keyName(.addBelow)) để thêm",
                                      en: "  The plan has no task yet; \(state.keyName(.addBelow)) adds one")
                : state.language.pick(vi: "  Không có nhiệm vụ nào khớp bộ lọc; \(state.keyName(.clearFilter)) để bỏ lọc",
                                      en: "  No task matches the filter; \(state.keyName(.clearFilter)) clears it")
            grid.put(TextWidth.truncate(text, to: grid.columns), row: layout.tree.lowerBound, column: 0, style: theme[.message])
        }
    }

    private static func drawTrack(_ track: Int, state: AppState, row: Int, columns: RowColumns, theme: Theme,
                                  into grid: inout Grid) {
        let style = theme[.track]
        grid.fill(row: row, style: style)
        let open = !state.tree.collapsedTracks.contains(track) && !state.tree.order.trackRanges[track].isEmpty
        let fold = state.tree.order.trackRanges[track].isEmpty ? "  " : (open ? "▾ " : "▸ ")
        let title = state.plan.tracks[track].title.isEmpty
            ? state.language.pick(vi: "(Chưa xếp mảng)", en: "(No track)")
            : TextForm.visible(state.plan.tracks[track].title)
        let column = grid.put(fold, row: row, column: 0, style: theme[.tree].merged(over: style))
        grid.put(TextWidth.truncate(title, to: max(0, columns.rightStart - column - 1)), row: row, column: column, style: style)
        let rollup = state.isLoading ? (done: 0, total: 0) : state.plan.trackRollup(of: track)
        if columns.progress > 0, rollup.total > 0 {
            put(rollupText(rollup, state.language, width: columns.progress), rightAlignedIn: columns.progress, row: row,
                column: grid.columns - columns.progress, style: theme[.rollup].merged(over: style), into: &grid)
        }
    }

    /// The role of a task's row by where it stands today: done on time or late, cancelled,
    /// postponed, blocked; else overdue, in progress within term, or not started.
    static func rowRole(status: TaskStatus?, deadline: DeadlineState?) -> Role {
        switch status {
        case .done?: deadline == .doneLate ? .doneLate : .done
        case .cancelled?: .cancelled
        case .postponed?: .postponed
        case .blocked?: .blocked
        case .inProgress?: deadline == .overdue ? .overdue : .inProgress
        default: deadline == .overdue ? .overdue : .task
        }
    }

    /// Draws a task row; returns the title as drawn and its column, for search highlighting.
    private static func drawTask(_ index: Int, state: AppState, row: Int, columns: RowColumns,
                                 theme: Theme, into grid: inout Grid) -> (text: String, column: Int)? {
        let plan = state.plan
        let task = plan.tasks[index]
        let isMatch = state.tree.order.isMatch(index)
        let deadline = plan.deadlineState(ofTask: index, on: state.today)
        let overdue = deadline == .overdue
        let soon = plan.isDueSoon(index, on: state.today, rule: state.dueSoon)
        let rowRole = rowRole(status: task.status, deadline: deadline)
        var base = theme[rowRole]
        if !isMatch { base = base.adding(.dim) }
        grid.fill(row: row, style: base)
        let indent = min(2 + 2 * task.depth, grid.columns / 3)
        let hasChildren = state.hasShownChildren(index)
        let fold = hasChildren ? (state.tree.collapsed.contains(index) ? "▸ " : "▾ ") : "  "
        var column = grid.put(fold, row: row, column: indent, style: theme[.tree].merged(over: base))
        let markRole: Role = overdue ? .overdue : soon ? .dueSoon : (rowRole == .task ? .mark : rowRole)
        column = grid.put("[" + String(task.mark) + "] ", row: row, column: column, style: theme[markRole].merged(over: base))
        let titleEnd = max(column, columns.rightStart - 1)
        let editingTitle: Bool = if case let .edit(edit) = state.mode, edit.target == .title(task: index) { true } else { false }
        var drawnTitle: (text: String, column: Int)?
        if editingTitle, case let .edit(edit) = state.mode {
            edit.editor.draw(into: &grid, row: row, column: column, width: max(1, titleEnd - column), style: theme[.editor])
        } else {
            let shown = TextWidth.truncate(TextForm.visible(task.title), to: titleEnd - column)
            grid.put(shown, row: row, column: column, style: base)
            drawnTitle = (shown, column)
        }
        var right = columns.rightStart
        if columns.unit > 0 {
            let lead = task.lead.map { TextWidth.truncate(TextForm.visible($0), to: columns.unit) } ?? ""
            grid.put(lead, row: row, column: right, style: theme[.unit].merged(over: base))
            right += columns.unit + 1
        }
        if columns.date > 0 {
            if let due = task.due {
                let role: Role = overdue ? .overdue : (soon ? .dueSoon : .date)
                let style = [.done, .doneLate, .cancelled].contains(rowRole) ? base : theme[role].merged(over: base)
                grid.put(due.formatted(state.language), row: row, column: right, style: style)
            }
            right += columns.date + 1
        }
        if columns.progress > 0 {
            let text: String
            let role: Role
            if hasChildren || plan.hasChildren(index) {
                let rollup = state.isLoading ? (done: 0, total: 0) : plan.childRollup(of: index)
                text = rollup.total > 0 ? rollupText(rollup, state.language, width: columns.progress) : ""
                role = .rollup
            } else {
                text = task.progress.map { Percent.format(permille: $0.permille, state.language) } ?? ""
                role = .progress
            }
            put(text, rightAlignedIn: columns.progress, row: row, column: right, style: theme[role].merged(over: base), into: &grid)
        }
        return drawnTitle
    }

    /// `3/5 60%`, or `12/30` when the percent does not fit in `width`.
    static func rollupText(_ rollup: (done: Int, total: Int), _ language: Language, width: Int) -> String {
        let fraction = "\(rollup.done)/\(rollup.total)"
        let percent = Percent.format(permille: Percent.permille(rollup.done, of: rollup.total), language)
        let both = fraction + " " + percent
        return TextWidth.of(both) <= width ? both : fraction
    }

    private static func put(_ text: String, rightAlignedIn width: Int, row: Int, column: Int, style: Style,
                            into grid: inout Grid) {
        let shown = TextWidth.truncate(text, to: width)
        grid.put(shown, row: row, column: column + width - TextWidth.of(shown), style: style)
    }

    /// Lays the selection's style over a row.
    private static func highlight(row: Int, theme: Theme, into grid: inout Grid) {
        let selection = theme[.selection]
        grid.restyle(row: row) { style in
            if selection.background != .terminalDefault { style.background = selection.background }
            if selection.foreground != .terminalDefault { style.foreground = selection.foreground }
            style.attributes.formUnion(selection.attributes)
            style.attributes.remove(.dim)
        }
    }
}

extension Style {
    /// This style's colours where it has them, else `base`'s, and both styles' attributes.
    func merged(over base: Style) -> Style {
        Style(foreground: foreground == .terminalDefault ? base.foreground : foreground,
              background: background == .terminalDefault ? base.background : background,
              attributes: attributes.union(base.attributes))
    }
}
