import Terminal
import WorkplanCore

/// What running an effect on the plan file came to, handed back to the state.
public enum Outcome: Sendable {
    /// The plan changed and was saved; `select` is the row the change asks to select (the
    /// task the edit is about goes first).
    case changed(plan: Plan, edit: LineBlockEdit, select: RowRef?, kind: ChangeKind, message: String)
    /// The change was refused or could not be saved; the plan is as on disk.
    case failed(plan: Plan, message: String)
    /// The task was changed on disk too: the officer chooses.
    case conflict(PlanConflict, plan: Plan)
    /// The file was read again.
    case reloaded(plan: Plan, message: String)
    /// A meeting's minutes file was created.
    case meetingOpened(path: String)
    /// The meeting that was cut off, as its minutes file has it, to go on with.
    case meetingResumed(MeetingMinutes, path: String)
    /// The meeting that was cut off was closed without going on: its minutes as closed.
    case meetingClosed(MeetingMinutes)
    /// The minutes could not be written or read: the sentence saying so.
    case minutesFailed(message: String)
    /// A paper was written, or could not be: the sentence saying where it went, or why not.
    case paperWritten(message: String, isError: Bool)

    /// Which history a change goes into.
    public enum ChangeKind: Sendable {
        /// A new change: undoable, and the redo history is dropped.
        case new
        /// An undo: it moves from the undo history to the redo history.
        case undo
        /// A redo: it moves back to the undo history.
        case redo
    }
}

/// Where the selected and collapsed tasks were, kept while the state lends its plan to the file.
struct RememberedPlaces: Sendable {
    /// The lines of the collapsed tasks.
    var collapsedLines: [Int]
    /// The heading lines and titles of the collapsed tracks.
    var collapsedTracks: [(line: Int, title: String)]
    /// The selected task's line, if a task is selected.
    var selectionLine: Int?
    /// The selected task's id, if it has one.
    var selectionId: String?
}

extension AppState {
    /// Lets go of the plan while the file changes it (so that the file's copy is changed in
    /// place), remembering where the selected and collapsed tasks were.
    mutating func lendPlan() {
        remembered = places()
        plan = Plan(bytes: [])
    }

    /// Where the selected and collapsed tasks are in the current plan.
    private func places() -> RememberedPlaces {
        RememberedPlaces(collapsedLines: tree.collapsed.map { plan.line(ofTask: $0) },
                         collapsedTracks: tree.collapsedTracks.compactMap { track in
                             plan.tracks[track].line.map { (line: $0, title: plan.tracks[track].title) }
                         },
                         selectionLine: selectedTask.map { plan.line(ofTask: $0) },
                         selectionId: selectedTask.flatMap { plan.tasks[$0].id })
    }

    /// Takes in what an effect came to: the new plan, the history, the selection, the message.
    public mutating func apply(_ outcome: Outcome) {
        switch outcome {
        case let .meetingOpened(path):
            meetingStarted(path: path)
            return
        case let .meetingResumed(minutes, path):
            resumeReview(minutes, path: path)
            return
        case let .minutesFailed(text):
            message = StatusMessage(text, isError: true)
            return
        case let .paperWritten(text, isError):
            message = StatusMessage(text, isError: isError)
            return
        case let .meetingClosed(minutes):
            remember(minutes)
            message = StatusMessage(language.pick(
                vi: "Đã kết thúc cuộc họp “\(minutes.title)”, giữ \(minutes.items.count)/\(minutes.agenda.count) mục đã ghi",
                en: "Closed the meeting “\(minutes.title)”, keeping the \(minutes.items.count) of \(minutes.agenda.count) items recorded"))
            return
        case .changed, .failed, .conflict, .reloaded: break
        }
        let before = remembered ?? places()
        remembered = nil
        switch outcome {
        case let .changed(newPlan, edit, select, kind, text):
            let lineDelta = edit.new.count - edit.old.count
            let blockEnd = edit.start + edit.old.count
            let remap = { (line: Int) -> Int? in
                if line < edit.start { return newPlan.taskIndex(line: line + 1) }
                if line >= blockEnd { return newPlan.taskIndex(line: line + lineDelta + 1) }
                return nil
            }
            let oldSelection = selection
            let sameShape = lineDelta == 0 && newPlan.taskCount == plan.taskCount
            plan = newPlan
            tree.collapsed = Set(before.collapsedLines.compactMap(remap))
            tree.collapsedTracks = Set(before.collapsedTracks.compactMap { collapsed in
                let line = collapsed.line < edit.start ? collapsed.line : collapsed.line >= blockEnd ? collapsed.line + lineDelta : nil
                return plan.tracks.firstIndex { track in
                    guard let heading = track.line else { return false }
                    if let line { return heading == line }
                    return heading >= edit.start && heading < edit.start + edit.new.count && track.title == collapsed.title
                }
            })
            if sameShape {
                for line in edit.start..<(edit.start + edit.new.count) { forgetSearchText(atLine: line) }
            } else {
                searchMatcher.reset()
            }
            watch(edit, kind: kind)
            switch kind {
            case .new:
                undoStack.append(edit)
                redoStack.removeAll()
            case .undo:
                undoStack.removeLast()
                redoStack.append(edit.inverse)
            case .redo:
                redoStack.removeLast()
                undoStack.append(edit)
            }
            let chosenTask = edit.taskId.flatMap { plan.taskIndex(id: $0) }.map(RowRef.task)
            let kept = before.selectionLine.flatMap(remap).map(RowRef.task)
                ?? oldSelection.flatMap { if case let .track(track) = $0, track < plan.tracks.count { $0 } else { nil } }
            selection = chosenTask ?? select ?? kept
            counts = PlanCounts(plan: plan, today: today)
            rebuildTree()
            message = StatusMessage(text)
            if mode.isEditing { mode = .browse }
        case let .failed(newPlan, text):
            replacePlan(newPlan, before: before)
            message = StatusMessage(text, isError: true)
        case let .conflict(conflict, newPlan):
            replacePlan(newPlan, before: before)
            if case let .review(review) = mode { interruptedReview = review }
            mode = .conflict(conflict)
        case let .reloaded(newPlan, text):
            replacePlan(newPlan, before: before)
            message = StatusMessage(text)
        case .meetingOpened, .meetingResumed, .meetingClosed, .minutesFailed, .paperWritten: break
        }
        noticeLostEdits()
        offerMarkers()
    }

    /// How many of the latest saved changes are watched.
    static let watchedLimit = 50

    /// Watches a change just saved. An earlier change of the same task, or of lines this one
    /// replaced, is this session's own to change again: it is no longer watched, nor waits to be
    /// saved again if it was overwritten (an undo included, which is not watched itself). The
    /// others below the change move with their lines, so that finding them stays a look at one
    /// place rather than a search of the file.
    private mutating func watch(_ edit: LineBlockEdit, kind: Outcome.ChangeKind) {
        let replaced = Set(edit.old)
        let superseded = { (earlier: LineBlockEdit) in
            (earlier.taskId != nil && earlier.taskId == edit.taskId) || !replaced.isDisjoint(with: earlier.new)
        }
        let blockEnd = edit.start + edit.old.count
        let shift = edit.new.count - edit.old.count
        let moved = { (earlier: LineBlockEdit) -> LineBlockEdit in
            guard shift != 0, earlier.start >= blockEnd else { return earlier }
            var placed = earlier
            placed.start += shift
            return placed
        }
        watchedEdits = watchedEdits.filter { !superseded($0) }.map(moved)
        lostEdits = lostEdits.filter { !superseded($0) }.map(moved)
        if kind != .undo { watchedEdits = Array((watchedEdits + [edit]).suffix(Self.watchedLimit)) }
    }

    /// After any outcome that may have read the file again (a save that found it changed on disk
    /// and merged there, a refusal, a conflict, a re-read): the watched changes whose new lines
    /// are gone from it while their old lines are back (an editor's stale save, a copy put back)
    /// are told of, naming the task, and kept for `L` to save again. How many wait stays on the
    /// status line until they are saved (`StatusLine`), so later messages need not repeat it.
    private mutating func noticeLostEdits() {
        let lost = watchedEdits.filter { plan.locate($0.inverse) == nil && plan.locate($0) != nil }
        guard !lost.isEmpty else { return }
        watchedEdits.removeAll { edit in lost.contains(edit) }
        lostEdits += lost
        let named = lost.prefix(3).map { edit in
            let task = edit.taskId.flatMap { plan.taskIndex(id: $0) }
            return (edit.taskId ?? "?") + (task.map { " «" + TextWidth.truncate(TextForm.visible(plan.tasks[$0].title), to: 30) + "»" } ?? "")
        }.joined(separator: ", ") + (lost.count > 3 ? ", …" : "")
        tell("Vừa bị ghi đè trên đĩa: \(named)", "Just overwritten on disk: \(named)", isError: true)
    }

    /// Forgets the folded search text of the task a line belongs to (its own line or its note).
    private mutating func forgetSearchText(atLine line: Int) {
        var candidate = line
        while candidate >= 0, candidate > line - 1000 {
            if let task = plan.taskIndex(line: candidate + 1) {
                searchMatcher.forget(task)
                return
            }
            candidate -= 1
        }
    }

    /// Takes a plan read again from disk, keeping the selection on the same task (by id, else
    /// by line) and the collapsed tasks on their lines.
    private mutating func replacePlan(_ newPlan: Plan, before: RememberedPlaces) {
        plan = newPlan
        searchMatcher.reset()
        tree.collapsed = Set(before.collapsedLines.compactMap { newPlan.taskIndex(line: $0 + 1) })
        if selectedTask != nil {
            let task = before.selectionId.flatMap { newPlan.taskIndex(id: $0) }
                ?? before.selectionLine.flatMap { newPlan.taskIndex(line: $0 + 1) }
            selection = task.map(RowRef.task) ?? tree.firstRow(in: newPlan)
        }
        counts = PlanCounts(plan: plan, today: today)
        rebuildTree()
    }
}
