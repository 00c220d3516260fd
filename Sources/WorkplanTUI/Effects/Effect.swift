import WorkplanCore

/// What an update asks the runtime to do: the only way a keystroke reaches the file, the
/// terminal or the process.
public enum Effect: Equatable, Sendable {
    /// Change the plan and save it through the store.
    case perform(PlanOperation)
    /// Undo this change (apply its inverse) and save.
    case undo(LineBlockEdit)
    /// Do this change again and save.
    case redo(LineBlockEdit)
    /// Settle a conflict with a change made elsewhere.
    case resolve(PlanConflict, keepMine: Bool)
    /// Read the file again.
    case reload
    /// Save these edits again, where their old lines now stand (changes someone else wiped out).
    case reapply([LineBlockEdit])
    /// Open the file in the officer's editor at a line (1-based), then read it again.
    case openEditor(line: Int)
    /// Create the minutes file of a meeting that begins, with its header.
    case startMeeting(MeetingMinutes)
    /// Write a reviewed task's item in the minutes file: one item per task, in agenda order.
    case recordItem(MinutesItem, agenda: [String])
    /// Write the agenda as it now stands in the minutes file (a task added during the meeting).
    case setAgenda([String])
    /// Add the closing time to the minutes file.
    case endMeeting(ClockTime)
    /// Go on with the plan's meeting that was cut off, from its first item not recorded.
    case resumeMeeting
    /// Close the plan's meeting that was cut off, at the time of its last item, without going
    /// on with it.
    case closeMeeting
    /// Write one of the office's papers as a Word document beside the plan.
    case writePaper(PaperRequest)
    /// Sync the plan's clone with its remote (`PlanSync`), then read the plan again.
    case sync
    /// End the program.
    case quit
    /// Suspend to the shell.
    case suspend
    /// Draw every cell again.
    case redraw
}

/// Which paper to write, with what it needs beyond the plan.
public enum PaperRequest: Equatable, Sendable {
    /// The plan, as a KẾ HOẠCH.
    case plan
    /// The report as of a day, as a BÁO CÁO.
    case report(asOf: PlanDate)
    /// A meeting's minutes, as a BIÊN BẢN.
    case minutes(MeetingMinutes)
}

extension PlanOperation {
    /// The news the status line gives after the change, naming the keys of the officer's keymap.
    func doneMessage(_ state: AppState) -> String {
        let language = state.language
        let undo = state.keyName(.undo)
        return switch self {
        case .addBelow, .addUnder, .addInTrack: language.pick(vi: "Đã thêm và lưu", en: "Added and saved")
        case .delete, .deleteTrack: language.pick(vi: "Đã xoá và lưu; \(undo) để hoàn tác", en: "Deleted and saved; \(undo) to undo")
        case .addTrack: language.pick(vi: "Đã thêm mảng công tác và lưu", en: "Track added and saved")
        case let .moveToTrack(_, track):
            language.pick(vi: "Đã chuyển sang mảng “\(state.plan.tracks[track].title)” và lưu; \(undo) để hoàn tác",
                          en: "Moved to the track “\(state.plan.tracks[track].title)” and saved; \(undo) to undo")
        case .declare(.unit, _, _): language.pick(vi: "Đã khai báo đơn vị và lưu", en: "Unit declared and saved")
        case .declare(.person, _, _): language.pick(vi: "Đã khai báo người theo dõi và lưu", en: "Person declared and saved")
        case let .addEntry(_, date, _):
            language.pick(vi: "Đã ghi mục ngày \(date.formatted(.vi)) và lưu", en: "Entry of \(date.formatted(.en)) saved")
        case let .extend(_, due, _, _, _):
            language.pick(vi: "Đã gia hạn đến \(due.formatted(.vi)) và lưu; \(undo) để hoàn tác",
                          en: "Extended to \(due.formatted(.en)) and saved; \(undo) to undo")
        default: language.pick(vi: "Đã lưu", en: "Saved")
        }
    }
}
