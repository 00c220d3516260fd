import WorkplanCore

extension AppState {
    /// Opens the search line.
    mutating func beginSearch() {
        mode = .search(SearchState(editor: LineEditor(), origin: selection, originTop: top, originCollapsed: tree.collapsed,
                                   matchPosition: nil))
        lastSearch = nil
    }

    /// A key or a decision while typing a search.
    mutating func searching(_ search: SearchState, _ action: Action) -> [Effect] {
        switch action {
        case .cancel:
            tree.collapsed = search.originCollapsed
            mode = .browse
            lastSearch = nil
            goBack(to: search)
        case .confirm:
            mode = .browse
            lastSearch = search.editor.committed.isEmpty ? nil : search.editor.committed
            if let lastSearch, selectedTask.map({ matches($0, TextFolding.foldedBytes(lastSearch)) }) != true {
                tell("Không tìm thấy “\(lastSearch)”", "“\(lastSearch)” not found", isError: true)
            }
        case let .input(key):
            var search = search
            let before = search.editor.text
            guard search.editor.handle(key) else { return [] }
            let query = search.editor.text
            let folded = TextFolding.foldedBytes(query.trimmed)
            if folded.isEmpty {
                search.matchPosition = nil
                tree.collapsed = search.originCollapsed
                goBack(to: search)
            } else {
                let narrowing = query.hasPrefix(before) && search.matchPosition != nil
                let start = narrowing ? search.matchPosition : search.origin.flatMap(position(of:))
                if let found = firstMatch(folded, from: start ?? 0, forward: true) {
                    search.matchPosition = found
                    tree.collapsed = search.originCollapsed
                    reveal(position: found)
                    message = nil
                } else {
                    search.matchPosition = nil
                    tell("Không tìm thấy “\(query)”", "“\(query)” not found", isError: true)
                }
            }
            lastSearch = query.trimmed.isEmpty ? nil : query
            mode = .search(search)
        default: break
        }
        return []
    }

    /// Puts the selection and the scroll back where they were when the search began.
    private mutating func goBack(to search: SearchState) {
        selection = search.origin
        top = search.originTop
        keepSelectionOnScreen()
    }

    /// Goes to the next or previous match of the last search.
    mutating func findAgain(forward: Bool) {
        guard let lastSearch else {
            tell("Chưa tìm gì; gõ / để tìm", "No search yet; type / to search")
            return
        }
        let folded = TextFolding.foldedBytes(lastSearch)
        let here = selection.flatMap(position(of:)) ?? -1
        let start = forward ? here + 1 : here - 1
        guard let found = firstMatch(folded, from: start, forward: forward) else {
            tell("Không tìm thấy “\(lastSearch)”", "“\(lastSearch)” not found", isError: true)
            return
        }
        if forward ? found <= here : found >= here {
            tell("Tìm lại từ đầu", "Search wrapped around")
        }
        reveal(position: found)
    }

    /// True when a task matches a folded query.
    mutating func matches(_ task: Int, _ foldedQuery: [UInt8]) -> Bool {
        searchMatcher.matches(task, foldedQuery: foldedQuery, in: plan)
    }

    /// The first position, from `start` on in the given direction and wrapping around, whose
    /// task matches.
    private mutating func firstMatch(_ foldedQuery: [UInt8], from start: Int, forward: Bool) -> Int? {
        let count = tree.order.count
        guard count > 0 else { return nil }
        var position = ((start % count) + count) % count
        for _ in 0..<count {
            if matches(tree.order.task(at: position), foldedQuery) { return position }
            position = forward ? (position + 1) % count : (position - 1 + count) % count
        }
        return nil
    }

    /// The position of a row's task, or of a track's first task.
    private func position(of row: RowRef) -> Int? {
        switch row {
        case let .task(task): tree.order.position(of: task)
        case let .track(track): tree.order.trackRanges[track].isEmpty ? nil : tree.order.trackRanges[track].lowerBound
        }
    }

    /// Selects the task at a position, opening its collapsed parents and track.
    private mutating func reveal(position: Int) {
        let task = tree.order.task(at: position)
        var ancestor = plan.parent(ofTask: task)
        while let current = ancestor {
            tree.collapsed.remove(current)
            ancestor = plan.parent(ofTask: current)
        }
        tree.collapsedTracks.remove(plan.track(ofTask: task))
        jump(to: .task(task))
    }
}
