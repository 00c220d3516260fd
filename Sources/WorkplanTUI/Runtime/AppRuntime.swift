import Terminal
import WorkplanCore

/// Runs the program: reads a key, turns it into an action with the keymap, updates the state,
/// runs the effects through the plan file (the only way to the disk), and draws the state.
@MainActor
public final class AppRuntime {
    /// The state shown.
    public internal(set) var state: AppState
    /// The plan file every change is saved through.
    private var file: PlanFile
    private let backend: any TerminalBackend
    private let theme: Theme
    /// How long to wait for a key before looking whether the file changed on disk.
    private let idleMilliseconds: Int?
    /// The officer's text editor.
    private let editor: ExternalEditor
    /// The time of day, asked before each key (meetings record times).
    private let clock: () -> ClockTime
    /// The minutes file of the meeting under way.
    private var minutesFile: MinutesFile?
    /// Whether git was asked how the plan's clone stands.
    private var gitAsked = false

    /// A runtime for a plan file on a terminal. `idleMilliseconds` nil never looks at the file
    /// unasked (tests); else the file is read again when it changed while the officer browses.
    /// The environment names the officer's editor (`VISUAL`, `EDITOR`); the clock gives the
    /// time of day that meetings record. What earlier meetings recorded is read at once.
    public init(file: PlanFile, state: AppState, backend: any TerminalBackend, theme: Theme, idleMilliseconds: Int? = 2000,
                environment: [String: String] = [:], clock: @escaping () -> ClockTime = { .midnight }) {
        self.file = file
        self.editor = ExternalEditor(environment: environment)
        self.clock = clock
        self.state = state
        self.backend = backend
        self.theme = theme
        self.idleMilliseconds = idleMilliseconds
        readMeetings()
        self.state.noticeUnfinishedMeeting()
    }

    /// Runs until the officer quits or a signal ends the program; returns the exit status.
    public func run() -> Int32 {
        draw()
        while true {
            switch backend.readEvent(timeoutMilliseconds: idleMilliseconds) {
            case let .key(key):
                if handle(key) == .quit { return 0 }
            case let .terminate(signal):
                state.now = clock()
                finishPendingEdit()
                return 128 + signal
            case .timeout:
                // Git is asked once the officer has been idle a moment: never before the first
                // screen, nor while the program may be ended at once.
                if !gitAsked {
                    gitAsked = true
                    refreshGitStatus()
                    draw()
                }
                lookForOutsideChange()
                if case .review = state.mode {
                    state.now = clock()
                    draw()
                }
            }
        }
    }

    /// Whether the program goes on after a key.
    public enum Continuation: Equatable, Sendable {
        /// Keep reading keys.
        case proceed
        /// End the program.
        case quit
    }

    /// Handles one key: action, update, effects, drawing.
    @discardableResult
    public func handle(_ key: Key) -> Continuation {
        let action: Action? = if key == .resize {
            .resize(backend.size)
        } else {
            state.keymap.action(for: key, in: state.mode.keyContext)
        }
        guard let action else { return .proceed }
        state.now = clock()
        for effect in state.update(action) where run(effect) == .quit {
            return .quit
        }
        draw()
        return .proceed
    }

    /// Draws the state.
    private func draw() {
        backend.present(Screen.render(state, theme: theme))
    }

    private func run(_ effect: Effect) -> Continuation {
        switch effect {
        case let .perform(operation):
            change(operation, kind: .new, message: operation.doneMessage(state))
        case let .undo(edit):
            change(.lines(edit.inverse), kind: .undo, message: state.language.pick(vi: "Đã hoàn tác và lưu", en: "Undone and saved"))
        case let .redo(edit):
            change(.lines(edit), kind: .redo, message: state.language.pick(vi: "Đã làm lại và lưu", en: "Redone and saved"))
        case let .resolve(conflict, keepMine):
            resolve(conflict, keepMine: keepMine)
        case .reload:
            reload(message: state.language.pick(vi: "Đã đọc lại tệp", en: "File read again"))
        case let .reapply(edits):
            for edit in edits {
                change(.lines(edit), kind: .new, message: state.language.pick(vi: "Đã lưu lại thay đổi bị ghi đè",
                                                                            en: "Saved the overwritten change again"))
            }
        case let .writePaper(request):
            state.apply(PaperWriter.write(request, planPath: file.path, state: state))
        case .sync:
            syncNow()
        case .quit:
            return .quit
        case .suspend:
            backend.suspend()
        case .redraw:
            backend.invalidate()
        case let .openEditor(line):
            openEditor(at: line)
        case let .startMeeting(minutes):
            startMeeting(minutes)
        case let .recordItem(item, agenda):
            writeMinutes { file, language throws(StoreError) in try file.record(item, agenda: agenda, language) }
        case let .setAgenda(agenda):
            writeMinutes { file, language throws(StoreError) in try file.setAgenda(agenda, language) }
        case let .endMeeting(time):
            writeMinutes { file, language throws(StoreError) in try file.append(MinutesFormat.closing(time, language)) }
            minutesFile = nil
        case .closeMeeting:
            do {
                if let closed = try MeetingArchive(planPath: file.path).closeUnfinished(state.language) {
                    state.apply(.meetingClosed(closed))
                }
            } catch {
                state.apply(.minutesFailed(message: state.language.pick(vi: "Không ghi được biên bản: ", en: "The minutes were not written: ")
                                           + error.message(state.language)))
            }
        case .resumeMeeting:
            if !resumeMeeting() {
                state.apply(.minutesFailed(message: state.language.pick(
                    vi: "Không mở được biên bản của cuộc họp bị ngắt",
                    en: "The minutes of the meeting that was cut off could not be opened")))
            }
        }
        return .proceed
    }

    /// Makes a change through the plan file and hands the outcome to the state. The state lets
    /// go of its plan meanwhile, so that the file's plan is edited in place, not copied.
    private func change(_ operation: PlanOperation, kind: Outcome.ChangeKind, message: String) {
        state.lendPlan()
        do {
            let applied = try file.perform(operation, today: state.today)
            let notice = file.recoveredLock.map { " · " + $0.recoveryNotice(state.language) } ?? ""
            state.apply(.changed(plan: file.plan, edit: applied.edit,
                                 select: applied.select.map(RowRef.task) ?? applied.selectTrack.map(RowRef.track), kind: kind,
                                 message: message + notice))
        } catch {
            outcome(of: error)
        }
    }

    private func resolve(_ conflict: PlanConflict, keepMine: Bool) {
        state.lendPlan()
        do {
            if let applied = try file.resolve(conflict, keepMine: keepMine, today: state.today) {
                state.apply(.changed(plan: file.plan, edit: applied.edit, select: nil, kind: .new,
                                     message: state.language.pick(vi: "Đã giữ bản của bạn và lưu", en: "Kept yours and saved")))
            } else {
                state.apply(.reloaded(plan: file.plan, message: state.language.pick(vi: "Đã giữ bản trên đĩa",
                                                                                   en: "Kept the version on disk")))
            }
        } catch {
            outcome(of: error)
        }
    }

    /// The plan file's path.
    var filePath: String { file.path }

    /// Draws the state at once, before a step that takes a while (a sync).
    func drawNow() {
        draw()
    }

    /// Reads the plan again after git changed it, with the sync's sentence.
    func reloadAfterSync(message: String, isError: Bool) {
        reload(message: message)
        if isError { state.message = StatusMessage(message, isError: true) }
    }

    private func reload(message: String) {
        state.lendPlan()
        do {
            try file.reload()
            state.apply(.reloaded(plan: file.plan, message: message))
        } catch {
            outcome(of: error)
        }
    }

    private func outcome(of error: PlanFileError) {
        if case let .conflict(conflict) = error {
            state.apply(.conflict(conflict, plan: file.plan))
        } else {
            state.apply(.failed(plan: file.plan, message: state.sentence(for: error)))
        }
    }

    /// Lends the terminal to the officer's editor on the plan file, then reads the file again.
    private func openEditor(at line: Int) {
        let path = file.path
        let status = backend.runOutside { editor.edit(path: path, line: line) }
        do {
            let changed = try file.reloadIfChanged()
            let language = state.language
            let text: String = switch status {
            case nil: language.pick(vi: "Không mở được trình soạn thảo “\(editor.command)”",
                                     en: "Could not start the editor “\(editor.command)”")
            case 0?: changed ? language.pick(vi: "Đã đọc lại tệp sau khi sửa", en: "File read again after editing")
                : language.pick(vi: "Tệp không đổi", en: "The file is unchanged")
            case let code?: language.pick(vi: "Trình soạn thảo kết thúc với mã \(code)", en: "The editor ended with status \(code)")
            }
            state.apply(.reloaded(plan: file.plan, message: text))
        } catch {
            outcome(of: error)
        }
    }

    /// Opens a meeting at the choice of its agenda.
    public func chooseAgenda() {
        state.now = clock()
        state.beginReview()
    }

    /// Opens a meeting on the tasks a filter lets through (with `followUpsOnly`, only those an
    /// earlier meeting marked to follow up); false when none does.
    public func beginMeeting(agenda filter: TreeFilter, followUpsOnly: Bool = false) -> Bool {
        state.now = clock()
        return state.beginReview(agenda: filter, followUpsOnly: followUpsOnly)
    }

    /// Goes on with the latest meeting of the plan that was cut off; false when there is none.
    public func resumeMeeting() -> Bool {
        guard let (path, minutes) = MeetingArchive(planPath: file.path).unfinished(),
              let opened = try? MinutesFile(path: path) else { return false }
        minutesFile = opened
        state.now = clock()
        state.apply(.meetingResumed(minutes, path: path))
        return true
    }

    /// Creates the minutes file of a meeting that begins.
    private func startMeeting(_ minutes: MeetingMinutes) {
        do {
            let created = try MinutesFile.create(minutes, in: MeetingArchive(planPath: file.path), state.language)
            minutesFile = created
            state.apply(.meetingOpened(path: created.path))
        } catch {
            state.apply(.minutesFailed(message: error.message(state.language)))
        }
    }

    /// Writes to the meeting's minutes file; a failure is told to the officer.
    private func writeMinutes(_ write: (MinutesFile, Language) throws(StoreError) -> Void) {
        guard let minutesFile else { return }
        do {
            try write(minutesFile, state.language)
        } catch {
            state.apply(.minutesFailed(message: state.language.pick(vi: "Không ghi được biên bản: ", en: "The minutes were not written: ")
                                       + error.message(state.language)))
        }
    }

    /// Reads the plan's meeting archive into the state, once at the start: the minutes, and what
    /// they recorded by task. Meetings held afterwards reach the state through its update.
    private func readMeetings() {
        let meetings = MeetingArchive(planPath: file.path).meetings().map(\.minutes)
        state.meetings = meetings
        state.meetingNotes = AppState.notes(of: meetings)
    }

    /// While the officer only browses, reads the file again when someone changed it.
    private func lookForOutsideChange() {
        guard state.mode == .browse else { return }
        do {
            guard try file.reloadIfChanged() else { return }
            state.apply(.reloaded(plan: file.plan, message: state.language.pick(
                vi: "Tệp vừa được sửa ở nơi khác; đã đọc lại", en: "The file was changed elsewhere; read again")))
        } catch {
            outcome(of: error)
        }
        draw()
    }

    /// On a signal that ends the program: an edit being typed is saved when it can be, and
    /// what was typed in a meeting goes into its minutes, so that closing the terminal does
    /// not lose it.
    private func finishPendingEdit() {
        if state.mode.isEditing || state.isTypingInMeeting {
            for effect in state.update(.confirm) { _ = run(effect) }
        }
        for effect in state.recordTypedBeforeExit() { _ = run(effect) }
    }
}
