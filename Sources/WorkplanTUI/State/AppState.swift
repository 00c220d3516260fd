import Terminal
import WorkplanCore

/// Everything the screen shows, as a value: the plan, the tree's shape, the selection, the
/// mode, the last message and the undo history. `update` changes it; views draw it.
public struct AppState: Sendable {
    /// The plan as last read or saved.
    public internal(set) var plan: Plan
    /// The plan file's name, as the status line shows it.
    public let fileName: String
    /// The language of everything shown.
    public let language: Language
    /// Today, for overdue and due-soon marks and `done:` dates.
    public let today: PlanDate
    /// The terminal's size.
    public internal(set) var size: TerminalSize
    /// The tree's order and collapsed rows.
    var tree: TreeState
    /// The selected row.
    public internal(set) var selection: RowRef?
    /// The first row on screen.
    var top: RowRef?
    /// The filter.
    public internal(set) var filter = TreeFilter()
    /// True when siblings are sorted by due date.
    public internal(set) var sortByDue = false
    /// The last search, for next and previous match and highlighting.
    public internal(set) var lastSearch: String?
    /// What the screen is doing.
    public internal(set) var mode: Mode = .browse
    /// The last message shown in the status line.
    public internal(set) var message: StatusMessage?
    /// Changes that can be undone, the last one last.
    public internal(set) var undoStack: [LineBlockEdit] = []
    /// Changes undone that can be done again, the last one undone last.
    public internal(set) var redoStack: [LineBlockEdit] = []
    /// The latest changes saved in this session, watched on every reading of the file: one that
    /// is gone from it (someone's save put the old lines back) is told of and offered again.
    var watchedEdits: [LineBlockEdit] = []
    /// Changes found wiped out by someone else's save, that `L` saves again.
    public internal(set) var lostEdits: [LineBlockEdit] = []
    /// Counts for the status line.
    public internal(set) var counts: PlanCounts
    /// The status each task had before Space ticked it in this session, by id, so that
    /// unticking gives it back.
    var statusBeforeTick: [String: TaskStatus] = [:]
    /// The keys and their actions.
    public let keymap: Keymap
    /// The folded texts searched so far.
    var searchMatcher = SearchMatcher()
    /// Where the selected and collapsed tasks were while the plan is lent to the file.
    var remembered: RememberedPlaces?
    /// True while the plan shown is only the start of the file, still being read.
    public internal(set) var isLoading = false
    /// The time of day, set by the runtime before each action (meetings record times).
    public var now: ClockTime = .midnight
    /// The meeting a conflict with a change on disk interrupted, to go back to once settled.
    var interruptedReview: ReviewState?
    /// What earlier meetings recorded, by task id, newest first.
    public var meetingNotes: [String: [MeetingNote]] = [:]
    /// The minutes of the plan's meetings, oldest first, for the report's decisions.
    public var meetings: [MeetingMinutes] = []
    /// When an open task is flagged as due soon, in the office's working days.
    public var dueSoon = DueSoonRule()
    /// Who the officer is, by the handle of the persons section (`WORKPLAN_USER`), for "việc
    /// của tôi"; nil when not set.
    public var user: String?
    /// The plan's clone as git last told: how far ahead of and behind the shared repository,
    /// whether the merge driver is installed; nil when the plan is not in a clone.
    public var gitStatus: GitStatus?
    /// How many merge conflicts the officer put off (Esc): they are not offered again until
    /// their number changes.
    public var markersLeft: Int?
    /// The officer's own values for the office's papers (the config's `office:`), laid over the
    /// plan's `## Cơ quan` section when a paper is written.
    public var office = OfficeIdentity()

    /// The state of a freshly opened plan: everything expanded, the first row selected.
    public init(plan: Plan, fileName: String, language: Language, today: PlanDate, size: TerminalSize,
                keymap: Keymap = .standard) {
        self.plan = plan
        self.keymap = keymap
        self.fileName = fileName
        self.language = language
        self.today = today
        self.size = size
        tree = TreeState(order: TreeOrder(fileOrderOf: plan))
        counts = PlanCounts(plan: plan, today: today)
        selection = tree.firstRow(in: plan)
        top = selection
        offerMarkers()
    }

    /// The search to highlight: the one being typed, else the last one.
    var highlightQuery: String? {
        if case let .search(search) = mode { return search.editor.text.trimmed.isEmpty ? nil : search.editor.text }
        return lastSearch
    }

    /// The selected task, if a task row is selected.
    public var selectedTask: Int? {
        if case let .task(task) = selection { return task }
        return nil
    }
}

/// A line for the status line: news or an error.
public struct StatusMessage: Equatable, Sendable {
    /// The text.
    public var text: String
    /// True for an error.
    public var isError: Bool

    /// Makes a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// How many tasks there are, and how they stand today by the deadline grid, for the status line.
public struct PlanCounts: Equatable, Sendable {
    /// All tasks.
    public var total = 0
    /// The tasks by the deadline grid today.
    public var deadlines = DeadlineCounts()

    /// Counts a plan's tasks.
    init(plan: Plan, today: PlanDate) {
        total = plan.taskCount
        for task in 0..<plan.taskCount {
            deadlines.count(plan.deadlineState(ofTask: task, on: today), status: plan.status(ofTask: task))
        }
    }
}

extension AppState {
    /// The first message: problems in the theme file or the plan, else what needs chasing today
    /// (overdue and due soon, the officer's own too when who they are is known), as
    /// `workplan agenda` lists it, and how to get help.
    public mutating func greet(problems: [ThemeProblem], planProblems: Int) {
        if let first = problems.first {
            let more = problems.count > 1 ? language.pick(vi: " (và \(problems.count - 1) dòng khác)",
                                                          en: " (and \(problems.count - 1) more)") : ""
            message = StatusMessage(first.formatted(language) + more, isError: true)
        } else if planProblems > 0 {
            message = StatusMessage(language.pick(vi: "Tệp có \(planProblems) vấn đề; xem bằng: workplan check",
                                                  en: "The file has \(planProblems) problem\(planProblems == 1 ? "" : "s"); see workplan check"),
                                    isError: true)
        } else {
            message = StatusMessage(firstLine())
        }
    }

    /// `5 quá hạn, 3 sắp đến hạn (trong 3 ngày làm việc tới) · của tôi: 1 quá hạn, 0 sắp đến hạn ·
    /// ? để xem các phím`.
    func firstLine() -> String {
        let digest = DeadlineDigest(plan: plan, on: today, rule: dueSoon, grouping: nil)
        let mine = user.map { handle in
            var filter = TaskFilter()
            filter.person = handle
            return DeadlineDigest(plan: plan, on: today, rule: dueSoon, grouping: nil, tasks: filter.apply(to: plan))
        }
        return DeadlineDigestText(language: language).summary(digest, mine: mine)
            + language.pick(vi: " · \(keyName(.help)) để xem các phím", en: " · \(keyName(.help)) shows the keys")
    }
}
