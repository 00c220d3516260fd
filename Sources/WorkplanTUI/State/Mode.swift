import WorkplanCore

/// What the screen is doing: browsing, or a line, list or dialog on top of the tree.
public enum Mode: Equatable, Sendable {
    /// Browsing the tree.
    case browse
    /// Editing one thing of a task, or typing a new task's title.
    case edit(EditState)
    /// Editing a task's note over several lines.
    case note(NoteEditState)
    /// Typing a search.
    case search(SearchState)
    /// Choosing from a list (a status, a filter).
    case menu(MenuState)
    /// Reading the help screen, scrolled down this many lines.
    case help(scroll: Int)
    /// Asking whether to delete a task and its subtasks, or a track and its tasks.
    case confirmDelete(RowRef)
    /// A task changed on disk and here: which version to keep.
    case conflict(PlanConflict)
    /// A conflict a merge left in the file between git's markers: which side to keep.
    case markers(MarkerConflict)
    /// A review meeting.
    case review(ReviewState)
    /// The report screen.
    case report(ReportScreen)
    /// One task in full over the whole screen: every field, the note, the meetings that discussed it.
    case task(TaskSheet)

    /// True while a change is being typed (a line or a note): its outcome closes it.
    var isEditing: Bool {
        switch self {
        case .edit, .note: true
        default: false
        }
    }

    /// The keymap the mode uses.
    var keyContext: KeyContext {
        switch self {
        case .browse: .browse
        case .edit, .search: .typing
        case .note: .note
        case .menu: .list
        case .help, .report, .task: .help
        case .confirmDelete: .confirm
        case .conflict, .markers: .conflict
        case let .review(review):
            switch review.stage {
            case .choosingAgenda, .arranging: .list
            case .naming: .typing
            case .walking, .summary: review.editing == nil ? .review : .typing
            }
        }
    }
}

/// What is being edited.
public enum EditTarget: Equatable, Sendable {
    /// A task's title.
    case title(task: Int)
    /// A task's due date.
    case due(task: Int)
    /// A task's lead and coordinating units.
    case units(task: Int)
    /// A task's progress.
    case progress(task: Int)
    /// A dated entry to add under a task: results or a progress note.
    case entry(task: Int)
    /// An extension of a task's deadline: first the new date, then the reason, then the
    /// deciding document (which may be left empty).
    case extensionDate(task: Int)
    case extensionReason(task: Int, due: PlanDate)
    case extensionDocument(task: Int, due: PlanDate, reason: String)
    /// The title of a new task below a task.
    case newBelow(task: Int)
    /// The title of a new subtask.
    case newUnder(task: Int)
    /// The title of a new task at the end of a track.
    case newInTrack(track: Int)
    /// One field of a task, chosen in the fields list (`start`, `tag`, `product`…), typed as
    /// `TypedField` reads it.
    case field(task: Int, key: String)
    /// Any other field of a task, typed as `key: value`.
    case otherField(task: Int)
    /// A track's title.
    case trackTitle(track: Int)
    /// The title of a new track after a track (nil: at the end of the file).
    case newTrack(after: Int?)
    /// A unit or a person to declare, typed as its line in the plan reads after `- `.
    case declaration(Plan.DeclarationKind)

    /// The task the edit belongs to, if any.
    var task: Int? {
        switch self {
        case let .title(task), let .due(task), let .units(task), let .progress(task), let .entry(task),
             let .extensionDate(task), let .extensionReason(task, _), let .extensionDocument(task, _, _),
             let .newBelow(task), let .newUnder(task), let .field(task, _), let .otherField(task): task
        case .newInTrack, .trackTitle, .newTrack, .declaration: nil
        }
    }
}

/// An edit under way.
public struct EditState: Equatable, Sendable {
    /// What is edited.
    public var target: EditTarget
    /// The line.
    public var editor: LineEditor
}

/// A note being edited.
public struct NoteEditState: Equatable, Sendable {
    /// The task whose note it is.
    public var task: Int
    /// The lines being typed.
    public var editor: NoteEditor
    /// True after Esc asked whether to throw away what was typed: a second Esc does, any other
    /// key goes on typing.
    public var discardAsked = false
}

/// A search under way.
public struct SearchState: Equatable, Sendable {
    /// The query line.
    public var editor: LineEditor
    /// The selection before the search, to go back to on Esc.
    var origin: RowRef?
    /// The first row on screen before the search.
    var originTop: RowRef?
    /// The collapsed tasks before the search (it opens parents to show a match).
    var originCollapsed: Set<Int>
    /// The position where the current match was found, where a longer query starts looking.
    var matchPosition: Int?
}

/// A list to choose from.
public struct MenuState: Equatable, Sendable {
    /// What choosing an item does.
    public enum Choice: Equatable, Sendable {
        /// Set the selected task's status.
        case status(TaskStatus)
        /// Filter by status or due period.
        case filterStatus(TreeFilter.StatusChoice)
        /// Filter by lead unit.
        case filterLead(String)
        /// Filter by a unit that leads or coordinates.
        case filterUnit(String)
        /// Filter by a person following the tasks.
        case filterPerson(String)
        /// Filter by track.
        case filterTrack(Int)
        /// Edit one field of the selected task.
        case editField(String)
        /// Edit a field the list does not name, typed as `key: value`.
        case editOtherField
        /// Move the selected task to a track.
        case moveToTrack(Int)
        /// Declare a unit or a person.
        case declare(Plan.DeclarationKind)
        /// Clear the filter.
        case clearFilter
        /// Review these tasks in a meeting.
        case agenda([String])
        /// Go on with the meeting that was cut off.
        case resumeMeeting
        /// Close the meeting that was cut off without going on with it.
        case closeMeeting
    }

    /// An item of the list.
    public struct Item: Equatable, Sendable {
        /// The text shown.
        public var label: String
        /// True when the item is in force now (the current status, a filter that is on).
        public var isCurrent: Bool
        /// What choosing it does.
        public var choice: Choice
        /// A short text after the label that is never cut, such as how many tasks it holds.
        public var detail: String = ""
    }

    /// The list's title.
    public var title: String
    /// The items.
    public var items: [Item]
    /// The highlighted item.
    public var selected: Int
    /// The first item shown.
    var scroll: Int = 0

    /// Moves the highlight one item up (-1) or down (+1), round the ends.
    mutating func move(_ step: Int) {
        guard !items.isEmpty else { return }
        selected = (selected + step + items.count) % items.count
    }

    /// The item a digit key names (`1`–`9`, as the list numbers them), or nil.
    func item(numbered key: Unicode.Scalar) -> Int? {
        guard let digit = Int(String(key)), digit >= 1, digit <= min(9, items.count) else { return nil }
        return digit - 1
    }
}
