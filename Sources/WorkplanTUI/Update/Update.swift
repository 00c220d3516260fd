import Terminal
import WorkplanCore

extension AppState {
    /// Changes the state for an action and returns what the runtime must do. Pure: no file,
    /// no terminal, no clock.
    public mutating func update(_ action: Action) -> [Effect] {
        switch action {
        case let .resize(size):
            self.size = size
            keepSelectionOnScreen()
            return []
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        default: break
        }
        switch mode {
        case .browse: return browse(action)
        case let .edit(edit): return editing(edit, action)
        case let .search(search): return searching(search, action)
        case let .menu(menu): return choosing(menu, action)
        case let .help(scroll): return readingHelp(scroll, action)
        case let .confirmDelete(task): return confirmingDelete(task, action)
        case let .conflict(conflict): return settling(conflict, action)
        case let .review(review): return reviewing(review, action)
        case let .report(screen): return readingReport(screen, action)
        }
    }

    /// The layout at the current size.
    var layout: Layout { Layout(size: size) }

    /// Scrolls the tree so that the selection is on screen.
    mutating func keepSelectionOnScreen() {
        top = tree.top(keeping: selection, from: top, height: layout.treeHeight, in: plan)
    }

    /// Selects a row and scrolls to it.
    mutating func select(_ row: RowRef?) {
        selection = row
        keepSelectionOnScreen()
    }

    /// Jumps to a row (a search match, a parent): when it is off screen, it is shown in the
    /// middle of the tree rather than at an edge.
    mutating func jump(to row: RowRef?) {
        selection = row
        if let row, let top, tree.rows(from: top, limit: layout.treeHeight, in: plan).contains(row) { return }
        top = row.map { tree.row($0, movedBy: -(layout.treeHeight / 2), in: plan) }
        keepSelectionOnScreen()
    }

    /// Sets the message of the status line.
    mutating func tell(_ vi: String, _ en: String, isError: Bool = false) {
        message = StatusMessage(language.pick(vi: vi, en: en), isError: isError)
    }

    /// The selected task; when a track heading is selected, says so and returns nil.
    mutating func requireTask() -> Int? {
        if let task = selectedTask { return task }
        tell("Hãy chọn một nhiệm vụ (đang chọn tên mảng)", "Select a task first (a track heading is selected)",
             isError: true)
        return nil
    }

    private mutating func settling(_ conflict: PlanConflict, _ action: Action) -> [Effect] {
        switch action {
        case .keepMine, .keepTheirs:
            mode = interruptedReview.map(Mode.review) ?? .browse
            interruptedReview = nil
            return [.resolve(conflict, keepMine: action == .keepMine)]
        case .quit: return [.quit]
        default: return []
        }
    }

    private mutating func confirmingDelete(_ task: Int, _ action: Action) -> [Effect] {
        switch action {
        case .confirm:
            mode = .browse
            return [.perform(.delete(task: task))]
        case .cancel:
            mode = .browse
            tell("Không xoá", "Not deleted")
            return []
        default: return []
        }
    }

    private mutating func readingReport(_ screen: ReportScreen, _ action: Action) -> [Effect] {
        var screen = screen
        screen.fit(columns: size.columns)
        let height = max(1, size.rows - 2)
        let bottom = screen.maximumScroll(height: height, columns: size.columns)
        screen.scroll = min(screen.scroll, bottom)
        switch action {
        case .moveUp: screen.scroll = max(0, screen.scroll - 1)
        case .moveDown: screen.scroll = min(bottom, screen.scroll + 1)
        case .pageUp: screen.scroll = max(0, screen.scroll - height)
        case .pageDown: screen.scroll = min(bottom, screen.scroll + height)
        case .first: screen.scroll = 0
        case .last: screen.scroll = bottom
        case .cancel, .help:
            mode = .browse
            return []
        default: break
        }
        mode = .report(screen)
        return []
    }

    private mutating func readingHelp(_ scroll: Int, _ action: Action) -> [Effect] {
        let page = max(1, size.rows - 3)
        let bottom = HelpView.maximumScroll(self)
        switch action {
        case .moveUp: mode = .help(scroll: max(0, scroll - 1))
        case .moveDown: mode = .help(scroll: min(bottom, scroll + 1))
        case .pageUp: mode = .help(scroll: max(0, scroll - page))
        case .pageDown: mode = .help(scroll: min(bottom, scroll + page))
        case .first: mode = .help(scroll: 0)
        case .last: mode = .help(scroll: bottom)
        case .cancel, .help: mode = .browse
        default: break
        }
        return []
    }
}
