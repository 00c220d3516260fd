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
            if case var .task(sheet) = mode {
                sheet.fit(self)
                mode = .task(sheet)
            }
            return []
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        default: break
        }
        switch mode {
        case .browse: return browse(action)
        case let .edit(edit): return editing(edit, action)
        case let .note(note): return editingNote(note, action)
        case let .search(search): return searching(search, action)
        case let .menu(menu): return choosing(menu, action)
        case let .help(scroll): return readingHelp(scroll, action)
        case let .confirmDelete(row): return confirmingDelete(row, action)
        case let .conflict(conflict): return settling(conflict, action)
        case let .markers(conflict): return choosing(conflict, action)
        case let .review(review): return reviewing(review, action)
        case let .report(screen): return readingReport(screen, action)
        case let .task(sheet): return readingTask(sheet, action)
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
    /// The label of the first key that starts an action, as hints and messages name it (`c`,
    /// `Ctrl-S`), following the officer's own keymap.
    func keyName(_ action: Action, in context: KeyContext = .browse) -> String {
        keymap.name(of: action, in: context)
    }

    mutating func tell(_ vi: String, _ en: String, isError: Bool = false) {
        message = StatusMessage(language.pick(vi: vi, en: en), isError: isError)
    }

    /// Shows why an edit was refused, in the interface's language.
    mutating func refuse(_ error: some UserFacingError) {
        message = StatusMessage(sentence(for: error), isError: true)
    }

    /// An error's sentence as the interface says it: a refused edit names the officer's keys
    /// where the command line would name a command.
    func sentence(for error: some UserFacingError) -> String {
        let edit: EditError? = switch error {
        case let edit as EditError: edit
        case let PlanFileError.edit(edit) as PlanFileError: edit
        default: nil
        }
        guard let edit else { return error.message(language) }
        return edit.message(language, keys: EditError.Keys(logEntry: keyName(.logEntry), extend: keyName(.extendDeadline)))
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

    /// A merge's conflict in the file: keep a side (one edit, undone like any), open the
    /// officer's editor at it, or leave it for later.
    private mutating func choosing(_ conflict: MarkerConflict, _ action: Action) -> [Effect] {
        switch action {
        case .keepMine, .keepTheirs:
            mode = .browse
            return [.perform(.lines(conflict.keeping(mine: action == .keepMine)))]
        case .openEditor:
            mode = .browse
            return [.openEditor(line: conflict.start + 1)]
        case .cancel:
            mode = .browse
            markersLeft = MarkerConflict.all(in: plan).count
            tell("Còn \(markersLeft ?? 0) xung đột trong tệp; workplan check chỉ ra dòng", "\(markersLeft ?? 0) conflicts left in the file; workplan check gives their lines")
            return []
        case .quit: return [.quit]
        default: return []
        }
    }

    /// Offers the first conflict a merge left in the file, unless the officer put the same
    /// conflicts off.
    mutating func offerMarkers() {
        guard case .browse = mode else { return }
        let conflicts = MarkerConflict.all(in: plan)
        guard let first = conflicts.first else {
            markersLeft = nil
            return
        }
        guard markersLeft != conflicts.count else { return }
        mode = .markers(first)
    }

    private mutating func confirmingDelete(_ row: RowRef, _ action: Action) -> [Effect] {
        switch action {
        case .confirm:
            mode = .browse
            switch row {
            case let .task(task): return [.perform(.delete(task: task))]
            case let .track(track): return [.perform(.deleteTrack(track: track))]
            }
        case .cancel:
            mode = .browse
            tell("Không xoá", "Not deleted")
            return []
        default: return []
        }
    }

    /// A key on the report screen: scrolling by the rows its lines take at the width now, or closing it.
    private mutating func readingReport(_ screen: ReportScreen, _ action: Action) -> [Effect] {
        // The bottom row gives the screen's keys; it shows a message only for a paper just written.
        message = nil
        if action == .writePaper { return [.writePaper(.report(asOf: today))] }
        var screen = screen
        screen.fit(columns: size.columns)
        let height = max(1, size.rows - 2)
        let bottom = screen.maximumScroll(height: height, columns: size.columns)
        switch ScrollKeys.apply(action, to: screen.scroll, height: height, bottom: bottom) {
        case let .scrolled(row):
            screen.scroll = row
            mode = .report(screen)
        case .closed:
            mode = .browse
        }
        return []
    }

    /// A key on the view of a task: scrolling by the rows its lines take at the width now, or
    /// closing it. A view left over from a plan read again (its task gone, or no longer the
    /// selected one) closes at the first key.
    private mutating func readingTask(_ sheet: TaskSheet, _ action: Action) -> [Effect] {
        guard sheet.task < plan.taskCount, selectedTask == sheet.task else {
            mode = .browse
            return []
        }
        var sheet = sheet
        sheet.fit(self)
        let height = TaskSheet.height(rows: size.rows)
        let bottom = max(0, sheet.rows.count - height)
        switch ScrollKeys.apply(action, to: sheet.scroll, height: height, bottom: bottom) {
        case let .scrolled(row):
            sheet.scroll = row
            mode = .task(sheet)
        case .closed:
            mode = .browse
        }
        return []
    }

    /// A key on the help screen: scrolling, or closing it.
    private mutating func readingHelp(_ scroll: Int, _ action: Action) -> [Effect] {
        switch ScrollKeys.apply(action, to: scroll, height: max(1, size.rows - 3), bottom: HelpView.maximumScroll(self)) {
        case let .scrolled(row): mode = .help(scroll: row)
        case .closed:
            mode = interruptedReview.map(Mode.review) ?? .browse
            interruptedReview = nil
        }
        return []
    }
}
