import WorkplanCore

/// What the tree shows: the order of the shown tasks and which tasks and tracks are collapsed.
/// Every walk here is as long as the rows it passes, never as long as the plan.
struct TreeState: Sendable {
    /// The shown tasks and their order.
    var order: TreeOrder
    /// The collapsed tasks.
    var collapsed: Set<Int> = []
    /// The collapsed tracks.
    var collapsedTracks: Set<Int> = []
    /// True when a filter is on: tracks without shown tasks are then hidden.
    var isFiltered = false

    /// True when a track's heading is a row.
    func isTrackShown(_ track: Int, in plan: Plan) -> Bool {
        guard track < order.trackRanges.count else { return false }
        if !order.trackRanges[track].isEmpty { return true }
        return !isFiltered && !plan.tracks[track].title.isEmpty
    }

    /// The first row, or nil when nothing is shown.
    func firstRow(in plan: Plan) -> RowRef? {
        nextTrack(after: -1, in: plan).map(RowRef.track)
    }

    /// The last row, or nil when nothing is shown.
    func lastRow(in plan: Plan) -> RowRef? {
        guard let track = previousTrack(before: order.trackRanges.count, in: plan) else { return nil }
        return lastRow(ofTrack: track, in: plan)
    }

    /// The row below a row, or nil at the end.
    func row(after row: RowRef, in plan: Plan) -> RowRef? {
        switch row {
        case let .track(track):
            let range = order.trackRanges[track]
            if !collapsedTracks.contains(track), !range.isEmpty { return .task(order.task(at: range.lowerBound)) }
            return nextTrack(after: track, in: plan).map(RowRef.track)
        case let .task(task):
            guard let position = order.position(of: task), let track = order.track(ofPosition: position) else {
                return nil
            }
            let skipped = collapsed.contains(task) ? order.descendants(at: position, in: plan) : 0
            let next = position + 1 + skipped
            if next < order.trackRanges[track].upperBound { return .task(order.task(at: next)) }
            return nextTrack(after: track, in: plan).map(RowRef.track)
        }
    }

    /// The row above a row, or nil at the top.
    func row(before row: RowRef, in plan: Plan) -> RowRef? {
        switch row {
        case let .track(track):
            return previousTrack(before: track, in: plan).map { lastRow(ofTrack: $0, in: plan) }
        case let .task(task):
            guard let position = order.position(of: task), let track = order.track(ofPosition: position) else {
                return nil
            }
            if position == order.trackRanges[track].lowerBound { return .track(track) }
            return visibleRow(atPosition: position - 1, in: plan)
        }
    }

    /// The row that shows a position: the task, or its topmost collapsed ancestor, or its
    /// track's heading when the track is collapsed.
    func visibleRow(atPosition position: Int, in plan: Plan) -> RowRef {
        let task = order.task(at: position)
        let track = plan.track(ofTask: task)
        if collapsedTracks.contains(track) { return .track(track) }
        var shown = task
        var ancestor = plan.parent(ofTask: task)
        while let current = ancestor {
            if collapsed.contains(current) { shown = current }
            ancestor = plan.parent(ofTask: current)
        }
        return .task(shown)
    }

    /// True when a row is on screen (not hidden by a filter or a collapsed parent).
    func isShown(_ row: RowRef, in plan: Plan) -> Bool {
        switch row {
        case let .track(track): return isTrackShown(track, in: plan)
        case let .task(task):
            guard task < plan.taskCount, let position = order.position(of: task) else { return false }
            return visibleRow(atPosition: position, in: plan) == .task(task)
        }
    }

    /// The last row of a track: its heading when collapsed or empty.
    private func lastRow(ofTrack track: Int, in plan: Plan) -> RowRef {
        let range = order.trackRanges[track]
        if collapsedTracks.contains(track) || range.isEmpty { return .track(track) }
        return visibleRow(atPosition: range.upperBound - 1, in: plan)
    }

    private func nextTrack(after track: Int, in plan: Plan) -> Int? {
        var next = track + 1
        while next < order.trackRanges.count {
            if isTrackShown(next, in: plan) { return next }
            next += 1
        }
        return nil
    }

    private func previousTrack(before track: Int, in plan: Plan) -> Int? {
        var previous = track - 1
        while previous >= 0 {
            if isTrackShown(previous, in: plan) { return previous }
            previous -= 1
        }
        return nil
    }
}

extension TreeState {
    /// The row `count` rows below (negative: above) a row, stopping at the first or last row.
    func row(_ row: RowRef, movedBy count: Int, in plan: Plan) -> RowRef {
        var current = row
        var steps = abs(count)
        while steps > 0, let next = count > 0 ? self.row(after: current, in: plan) : self.row(before: current, in: plan) {
            current = next
            steps -= 1
        }
        return current
    }

    /// The rows from `top` down, at most `limit` of them.
    func rows(from top: RowRef?, limit: Int, in plan: Plan) -> [RowRef] {
        var rows: [RowRef] = []
        var current = top
        while let row = current, rows.count < limit {
            rows.append(row)
            current = self.row(after: row, in: plan)
        }
        return rows
    }

    /// The first row to show so that `selection` is on screen with `height` rows: `top` when
    /// it already is, else the least scroll that brings it in.
    func top(keeping selection: RowRef?, from top: RowRef?, height: Int, in plan: Plan) -> RowRef? {
        guard let selection, height > 0 else { return selection }
        guard let top, isShown(top, in: plan) else { return self.row(selection, movedBy: -(height / 2), in: plan) }
        if rows(from: top, limit: height, in: plan).contains(selection) { return top }
        if rows(from: selection, limit: height, in: plan).contains(top) { return selection }
        return row(selection, movedBy: -(height - 1), in: plan)
    }
}
