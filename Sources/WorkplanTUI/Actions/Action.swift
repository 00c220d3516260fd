import Terminal
import WorkplanCore

/// Everything the officer can ask for. Each action has its help line and its group here, once:
/// the keymaps bind keys to actions and the help screen is made from them.
public enum Action: Hashable, Sendable {
    // Moving
    /// Select the row above.
    case moveUp
    /// Select the row below.
    case moveDown
    /// Go up a screenful.
    case pageUp
    /// Go down a screenful.
    case pageDown
    /// Go to the first row.
    case first
    /// Go to the last row.
    case last
    /// Collapse the selected task, or go to its parent.
    case collapse
    /// Expand the selected task, or go to its first subtask.
    case expand
    /// Go to the parent task.
    case parent
    /// Collapse every task and track.
    case collapseAll
    /// Expand every task and track.
    case expandAll

    // Changing tasks
    /// Tick the selected task done, or back to not started.
    case toggleDone
    /// Choose the selected task's status.
    case chooseStatus
    /// Set the selected task's status.
    case setStatus(TaskStatus)
    /// Edit the title.
    case editTitle
    /// Edit the due date.
    case editDue
    /// Edit the lead and coordinating units.
    case editUnits
    /// Edit the progress.
    case editProgress
    /// Edit the note.
    case editNote
    /// Choose another field to edit: start date, tags, counts, document, output, persons, any key.
    case editFields
    /// Move the task with its subtasks to another track.
    case moveToTrack
    /// Add a track after the selected one.
    case addTrack
    /// Declare a unit or a person in the plan.
    case declare
    /// Add a dated entry under the task: results (`1 buổi tiếp công dân, 5 lượt công dân`) or a
    /// progress note.
    case logEntry
    /// Extend the task's deadline (gia hạn): the new date, the reason, the deciding document.
    case extendDeadline
    /// Add a task below the selected one.
    case addBelow
    /// Add a subtask to the selected task.
    case addSubtask
    /// Delete the selected task, after a confirmation.
    case delete
    /// Move the task up among its siblings.
    case moveTaskUp
    /// Move the task down among its siblings.
    case moveTaskDown
    /// Make the task a subtask of the one above.
    case indent
    /// Make the task a sibling of its parent.
    case outdent
    /// Undo the last change.
    case undo
    /// Redo the change undone last.
    case redo

    // Finding
    /// Search titles, notes and ids.
    case search
    /// Go to the next match.
    case nextMatch
    /// Go to the previous match.
    case previousMatch
    /// Choose a filter.
    case chooseFilter
    /// Clear the filter.
    case clearFilter
    /// Sort siblings by due date, or back to file order.
    case toggleSort

    // The program
    /// Show or close the help screen.
    case help
    /// Quit (everything is already saved).
    case quit
    /// Suspend to the shell (Ctrl-Z); `fg` comes back.
    case suspend
    /// Draw the whole screen again.
    case redraw
    /// Read the file again from disk.
    case reload
    /// Save again the changes of this session that someone else's save wiped out.
    case reapplyLost
    /// Open the file in the officer's text editor at the selected task's line.
    case openEditor
    /// Show the report: a bar per track.
    case showReport
    /// Show the selected task in full over the whole screen, with the meetings that discussed it.
    case showTask
    /// Write the office's paper of what is on screen as a Word document beside the plan: the
    /// plan (kế hoạch) from the tree, the report (báo cáo) from its screen, the minutes (biên
    /// bản) from a meeting's summary.
    case writePaper
    /// Sync the plan with the office's shared repository through git (`workplan sync`).
    case sync

    // Review meetings
    /// Begin a review meeting: choose the agenda, name the meeting, walk the tasks.
    case startReview
    /// Write the outcome of the task on screen.
    case editOutcome
    /// Write the decision or direction given.
    case editDecision
    /// Write the opinions those present gave (ý kiến).
    case editOpinions
    /// Add a task to the end of the meeting's agenda.
    case addToAgenda
    /// Write who is responsible.
    case editResponsible
    /// Mark the task to be followed up, or not.
    case toggleFollowUp
    /// Record the task on screen and go to the next one.
    case nextItem
    /// Go back to the previous task.
    case previousItem
    /// Pass over the task on screen, to come back to it.
    case skipItem
    /// End the meeting.
    case endReview

    // In dialogs, editors and lists
    /// Confirm: save the edit, choose the item, answer yes.
    case confirm
    /// Cancel: leave the edit, the search, the list or the dialog.
    case cancel
    /// A key for the line being edited.
    case input(Key)
    /// Keep my version of a task changed elsewhere.
    case keepMine
    /// Keep the version on disk of a task changed elsewhere.
    case keepTheirs
    /// The terminal changed size.
    case resize(TerminalSize)

    /// The groups of the help screen, in order.
    public enum Group: CaseIterable, Sendable {
        /// Moving around the tree.
        case moving
        /// Changing tasks.
        case changing
        /// Search and filter.
        case finding
        /// The program.
        case program
        /// Review meetings.
        case meeting
        /// Editing a line, lists and dialogs.
        case dialogs

        /// The group's heading; the meetings' names the key that begins one.
        public func title(_ language: Language, keymap: Keymap) -> String {
            let begin = keymap.name(of: .startReview, in: .browse)
            return switch self {
            case .moving: language.pick(vi: "Di chuyển", en: "Moving")
            case .changing: language.pick(vi: "Sửa nhiệm vụ (lưu ngay)", en: "Changing tasks (saved at once)")
            case .finding: language.pick(vi: "Tìm và lọc", en: "Search and filter")
            case .program: language.pick(vi: "Chương trình", en: "The program")
            case .meeting: language.pick(vi: "Họp rà soát (\(begin) để bắt đầu)", en: "Review meetings (\(begin) to begin)")
            case .dialogs: language.pick(vi: "Khi sửa, tìm, chọn", en: "While editing, searching, choosing")
            }
        }
    }

    /// The group the action is listed under.
    public var group: Group {
        switch self {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last, .collapse, .expand, .parent,
             .collapseAll, .expandAll: .moving
        case .toggleDone, .chooseStatus, .setStatus, .editTitle, .editDue, .editUnits, .editProgress, .editNote, .logEntry, .extendDeadline,
             .editFields, .moveToTrack, .addTrack, .declare, .addBelow, .addSubtask, .delete, .moveTaskUp, .moveTaskDown, .indent, .outdent, .undo, .redo: .changing
        case .search, .nextMatch, .previousMatch, .chooseFilter, .clearFilter, .toggleSort: .finding
        case .help, .quit, .suspend, .redraw, .reload, .reapplyLost, .openEditor, .showReport, .showTask, .writePaper, .sync: .program
        case .startReview, .addToAgenda, .editOutcome, .editOpinions, .editDecision, .editResponsible, .toggleFollowUp, .nextItem, .previousItem,
             .skipItem, .endReview: .meeting
        case .confirm, .cancel, .input, .keepMine, .keepTheirs, .resize: .dialogs
        }
    }
}
