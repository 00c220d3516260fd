import WorkplanCore

extension AppState {
    /// An action while browsing the tree.
    mutating func browse(_ action: Action) -> [Effect] {
        message = nil
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .collapse, .expand, .parent,
             .collapseAll, .expandAll:
            navigate(action)
            return []
        case .toggleDone:
            guard let task = requireTask() else { return [] }
            return [.perform(.setStatus(task: task, status: toggledStatus(of: task)))]
        case let .setStatus(status):
            guard let task = requireTask() else { return [] }
            return [.perform(.setStatus(task: task, status: status))]
        case .chooseStatus:
            guard let task = requireTask() else { return [] }
            mode = .menu(statusMenu(for: task))
            return []
        case .editTitle, .editDue, .editUnits, .editProgress, .editNote, .logEntry, .extendDeadline:
            beginEdit(action)
            return []
        case .editFields:
            guard let task = requireTask() else { return [] }
            mode = .menu(fieldMenu(for: task))
            return []
        case .moveToTrack:
            guard let task = requireTask() else { return [] }
            guard plan.tracks.count > 1 else {
                tell("Tệp chỉ có một mảng công tác; thêm mảng bằng \(keyName(.addTrack))",
                     "The file has one track only; add one with \(keyName(.addTrack))", isError: true)
                return []
            }
            mode = .menu(trackMenu(for: task))
            return []
        case .addTrack:
            beginAddTrack()
            return []
        case .declare:
            mode = .menu(declareMenu())
            return []
        case .addBelow, .addSubtask:
            beginAdd(under: action == .addSubtask)
            return []
        case .delete:
            if case let .track(track) = selection {
                guard plan.tracks[track].line != nil else {
                    refuse(EditError.unnamedTrack)
                    return []
                }
                mode = .confirmDelete(.track(track))
                return []
            }
            guard let task = requireTask() else { return [] }
            mode = .confirmDelete(.task(task))
            return []
        case .moveTaskUp, .moveTaskDown:
            if case let .track(track) = selection {
                return [.perform(.moveTrack(track: track, offset: action == .moveTaskUp ? -1 : 1))]
            }
            guard let task = requireTask() else { return [] }
            return [.perform(.move(task: task, offset: action == .moveTaskUp ? -1 : 1))]
        case .indent:
            guard let task = requireTask() else { return [] }
            return [.perform(.indent(task: task))]
        case .outdent:
            guard let task = requireTask() else { return [] }
            return [.perform(.outdent(task: task))]
        case .undo:
            guard let edit = undoStack.last else {
                tell("Không còn gì để hoàn tác", "Nothing to undo")
                return []
            }
            return [.undo(edit)]
        case .redo:
            guard let edit = redoStack.last else {
                tell("Không còn gì để làm lại", "Nothing to redo")
                return []
            }
            return [.redo(edit)]
        case .search:
            beginSearch()
            return []
        case .nextMatch, .previousMatch:
            findAgain(forward: action == .nextMatch)
            return []
        case .chooseFilter:
            mode = .menu(filterMenu())
            return []
        case .clearFilter:
            if filter.isEmpty, lastSearch == nil { return [] }
            lastSearch = nil
            if !filter.isEmpty {
                setFilter(TreeFilter())
                tell("Đã bỏ lọc", "Filter cleared")
            }
            return []
        case .toggleSort:
            sortByDue.toggle()
            rebuildTree()
            tell(sortByDue ? "Xếp theo hạn hoàn thành" : "Xếp theo thứ tự trong tệp",
                 sortByDue ? "Sorted by due date" : "In file order")
            return []
        case .help:
            mode = .help(scroll: 0)
            return []
        case .quit: return [.quit]
        case .reload: return [.reload]
        case .reapplyLost:
            guard !lostEdits.isEmpty else {
                tell("Không có thay đổi nào bị ghi đè để lưu lại", "No overwritten change to save again")
                return []
            }
            let lost = lostEdits
            lostEdits = []
            return [.reapply(lost)]
        case .startReview:
            beginReview()
            return []
        case .showReport:
            mode = .report(ReportScreen(plan: plan, today: today, language: language, meetings: meetings, columns: size.columns))
            return []
        case .writePaper:
            return [.writePaper(.plan)]
        case .sync:
            return [.sync]
        case .showTask:
            guard let task = requireTask() else { return [] }
            mode = .task(TaskSheet(task: task, state: self))
            return []
        case .openEditor:
            let line: Int? = switch selection {
            case let .task(task)?: plan.line(ofTask: task)
            case let .track(track)?: plan.tracks[track].line
            case nil: nil
            }
            return [.openEditor(line: (line ?? 0) + 1)]
        default: return []
        }
    }

    /// Moves the selection, collapses or expands.
    private mutating func navigate(_ action: Action) {
        guard let current = selection else { return }
        let page = max(1, layout.treeHeight - 1)
        switch action {
        case .moveUp: select(tree.row(current, movedBy: -1, in: plan))
        case .moveDown: select(tree.row(current, movedBy: 1, in: plan))
        case .pageUp:
            top = top.map { tree.row($0, movedBy: -page, in: plan) }
            select(tree.row(current, movedBy: -page, in: plan))
        case .pageDown:
            top = top.map { tree.row($0, movedBy: page, in: plan) }
            select(tree.row(current, movedBy: page, in: plan))
        case .first: select(tree.firstRow(in: plan))
        case .last: select(tree.lastRow(in: plan))
        case .collapse: collapse(current)
        case .expand: expand(current)
        case .parent:
            if case let .task(task) = current {
                select(plan.parent(ofTask: task).map(RowRef.task) ?? .track(plan.track(ofTask: task)))
            }
        case .collapseAll:
            let parents = (0..<plan.taskCount).filter { plan.hasChildren($0) }
            if parents.allSatisfy(tree.collapsed.contains) {
                tree.collapsedTracks = Set(plan.tracks.indices)
            }
            tree.collapsed = Set(parents)
            revealSelection()
        case .expandAll:
            tree.collapsed = []
            tree.collapsedTracks = []
            keepSelectionOnScreen()
        default: break
        }
    }

    private mutating func collapse(_ row: RowRef) {
        switch row {
        case let .track(track):
            tree.collapsedTracks.insert(track)
            keepSelectionOnScreen()
        case let .task(task):
            if hasShownChildren(task), !tree.collapsed.contains(task) {
                tree.collapsed.insert(task)
                keepSelectionOnScreen()
            } else {
                select(plan.parent(ofTask: task).map(RowRef.task) ?? .track(plan.track(ofTask: task)))
            }
        }
    }

    private mutating func expand(_ row: RowRef) {
        switch row {
        case let .track(track):
            if tree.collapsedTracks.remove(track) == nil { select(tree.row(row, movedBy: 1, in: plan)) }
            keepSelectionOnScreen()
        case let .task(task):
            guard hasShownChildren(task) else { return }
            if tree.collapsed.remove(task) == nil { select(tree.row(row, movedBy: 1, in: plan)) }
            keepSelectionOnScreen()
        }
    }

    /// True when a task has subtasks in the tree (under a filter, ones that are shown).
    func hasShownChildren(_ task: Int) -> Bool {
        guard let position = tree.order.position(of: task) else { return false }
        return tree.order.descendants(at: position, in: plan) > 0
    }

    /// Moves the selection to the row that shows it after a collapse.
    mutating func revealSelection() {
        if case let .task(task) = selection, let position = tree.order.position(of: task) {
            selection = tree.visibleRow(atPosition: position, in: plan)
        }
        keepSelectionOnScreen()
    }

    /// Makes the tree again after the plan, the filter or the sort changed, keeping the
    /// selection where it can. (After the plan changed, `counts` is made again too, by the caller.)
    mutating func rebuildTree() {
        let include = filter.isEmpty ? nil : filter.apply(to: plan, today: today)
        tree.order = include == nil && !sortByDue
            ? TreeOrder(fileOrderOf: plan)
            : TreeOrder(plan: plan, include: include, sortByDue: sortByDue)
        tree.isFiltered = !filter.isEmpty
        tree.collapsed = tree.collapsed.filter { $0 < plan.taskCount }
        tree.collapsedTracks = tree.collapsedTracks.filter { $0 < plan.tracks.count }
        if let selection, tree.isShown(selection, in: plan) {
            keepSelectionOnScreen()
            return
        }
        if case let .task(task) = selection, task < plan.taskCount, let position = tree.order.position(of: task) {
            select(tree.visibleRow(atPosition: position, in: plan))
            return
        }
        if case let .task(task) = selection, task < plan.taskCount {
            let order = tree.order
            if let next = (task..<plan.taskCount).lazy.compactMap({ order.position(of: $0) }).first {
                select(tree.visibleRow(atPosition: next, in: plan))
                return
            }
        }
        if case let .track(track) = selection, tree.isTrackShown(track, in: plan) {
            select(.track(track))
            return
        }
        top = nil
        select(tree.firstRow(in: plan))
    }

    /// Sets the filter and makes the tree again.
    mutating func setFilter(_ newFilter: TreeFilter) {
        filter = newFilter
        rebuildTree()
        if selection == nil {
            tell("Không có nhiệm vụ nào khớp bộ lọc; \(keyName(.clearFilter)) để bỏ lọc",
                 "No task matches the filter; \(keyName(.clearFilter)) clears it")
        }
    }
}

extension AppState {
    /// What Space makes of a task: an open task is ticked, remembering its status; a done
    /// task gets back the status it had before this session ticked it, or, ticked earlier,
    /// in progress when its progress shows work begun and not started otherwise.
    mutating func toggledStatus(of task: Int) -> TaskStatus {
        let current = plan.status(ofTask: task) ?? .notStarted
        let key = plan.tasks[task].id
        guard current == .done else {
            if let key { statusBeforeTick[key] = current }
            return .done
        }
        if let key, let before = statusBeforeTick.removeValue(forKey: key) { return before }
        let begun = plan.tasks[task].progress.map { $0.permille > 0 } ?? false
        return begun ? .inProgress : .notStarted
    }
}
