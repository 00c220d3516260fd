import Terminal
import WorkplanCore

/// Which keymap a key is looked up in.
public enum KeyContext: CaseIterable, Sendable {
    /// Browsing the tree.
    case browse
    /// Typing a line: an edit or a search.
    case typing
    /// Choosing from a list.
    case list
    /// Reading the help screen.
    case help
    /// Answering yes or no.
    case confirm
    /// Settling a change made elsewhere.
    case conflict
    /// Reviewing a task in a meeting.
    case review
    /// Typing a note over several lines: Enter breaks the line.
    case note
}

/// Keys bound to actions, one table per context and a global one looked up last. No binding is
/// a chord of letters: Vietnamese input methods (Telex) turn `dd` into `đ`.
public struct Keymap: Sendable, Equatable {
    /// Keys and the action they start.
    public struct Binding: Sendable, Equatable {
        /// The keys, the first one shown in help.
        public let keys: [Key]
        /// The action.
        public let action: Action
    }

    /// The bindings of each context.
    public let bindings: [KeyContext: [Binding]]
    /// Bindings that work in every context unless the context binds the key itself.
    public let global: [Binding]

    /// The action a key starts in a context; in `typing` any other key goes to the line.
    public func action(for key: Key, in context: KeyContext) -> Action? {
        if let binding = bindings[context]?.first(where: { $0.keys.contains(key) }) { return binding.action }
        if let binding = global.first(where: { $0.keys.contains(key) }) { return binding.action }
        switch context {
        case .typing, .list, .note: return .input(key)
        case .browse, .help, .confirm, .conflict, .review: return nil
        }
    }

    /// The keys that start an action in a context, for hints such as `? trợ giúp`.
    public func keys(for action: Action, in context: KeyContext) -> [Key] {
        ((bindings[context] ?? []) + global).first(where: { $0.action == action })?.keys ?? []
    }

    /// The first key of an action in a context as help writes it (`Esc`, `Ctrl-S`), or `?` when
    /// the action has none there: what messages and hints name.
    public func name(of action: Action, in context: KeyContext) -> String {
        keys(for: action, in: context).first?.label ?? "?"
    }

    /// The keymap Workplan ships with.
    public static let standard = Keymap(
        bindings: [
            .browse: [
                Binding(keys: [.up, .text("k")], action: .moveUp),
                Binding(keys: [.down, .text("j")], action: .moveDown),
                Binding(keys: [.pageUp, .control("b")], action: .pageUp),
                Binding(keys: [.pageDown, .control("f")], action: .pageDown),
                Binding(keys: [.home, .text("g")], action: .first),
                Binding(keys: [.end, .text("G")], action: .last),
                Binding(keys: [.left, .text("h")], action: .collapse),
                Binding(keys: [.right, .text("l")], action: .expand),
                Binding(keys: [.text("p")], action: .parent),
                Binding(keys: [.text("-")], action: .collapseAll),
                Binding(keys: [.text("+"), .text("=")], action: .expandAll),
                Binding(keys: [.text(" ")], action: .toggleDone),
                Binding(keys: [.text("s")], action: .chooseStatus),
                Binding(keys: [.text("e"), .enter], action: .editTitle),
                Binding(keys: [.text("d")], action: .editDue),
                Binding(keys: [.text("o")], action: .editUnits),
                Binding(keys: [.text("%")], action: .editProgress),
                Binding(keys: [.text("m")], action: .editNote),
                Binding(keys: [.text("c")], action: .editFields),
                Binding(keys: [.text("w")], action: .logEntry),
                Binding(keys: [.text("D")], action: .extendDeadline),
                Binding(keys: [.text("a")], action: .addBelow),
                Binding(keys: [.text("A")], action: .addSubtask),
                Binding(keys: [.text("t")], action: .addTrack),
                Binding(keys: [.text("T")], action: .moveToTrack),
                Binding(keys: [.text("O")], action: .declare),
                Binding(keys: [.text("x"), .delete], action: .delete),
                Binding(keys: [.text("K")], action: .moveTaskUp),
                Binding(keys: [.text("J")], action: .moveTaskDown),
                Binding(keys: [.tab, .text(">")], action: .indent),
                Binding(keys: [.backTab, .text("<")], action: .outdent),
                Binding(keys: [.text("u")], action: .undo),
                Binding(keys: [.control("r"), .text("U")], action: .redo),
                Binding(keys: [.text("/")], action: .search),
                Binding(keys: [.text("n")], action: .nextMatch),
                Binding(keys: [.text("N")], action: .previousMatch),
                Binding(keys: [.text("f")], action: .chooseFilter),
                Binding(keys: [.text("F"), .escape], action: .clearFilter),
                Binding(keys: [.text("S")], action: .toggleSort),
                Binding(keys: [.text("R")], action: .reload),
                Binding(keys: [.text("L")], action: .reapplyLost),
                Binding(keys: [.text("E")], action: .openEditor),
                Binding(keys: [.text("M")], action: .startReview),
                Binding(keys: [.text("B")], action: .showReport),
                Binding(keys: [.text("i")], action: .showTask),
                Binding(keys: [.text("P")], action: .writePaper),
                Binding(keys: [.text("Y")], action: .sync),
                Binding(keys: [.text("?"), .function(1)], action: .help),
                Binding(keys: [.text("q"), .control("c")], action: .quit),
            ],
            .typing: [
                Binding(keys: [.enter], action: .confirm),
                Binding(keys: [.escape, .control("c")], action: .cancel),
            ],
            .note: [
                Binding(keys: [.control("s"), .function(2)], action: .confirm),
                Binding(keys: [.escape, .control("c")], action: .cancel),
            ],
            .list: [
                Binding(keys: [.up, .text("k")], action: .moveUp),
                Binding(keys: [.down, .text("j")], action: .moveDown),
                Binding(keys: [.enter], action: .confirm),
                Binding(keys: [.escape, .text("q"), .control("c")], action: .cancel),
            ],
            .help: [
                Binding(keys: [.up, .text("k")], action: .moveUp),
                Binding(keys: [.down, .text("j")], action: .moveDown),
                Binding(keys: [.pageUp, .control("b")], action: .pageUp),
                Binding(keys: [.pageDown, .control("f"), .text(" ")], action: .pageDown),
                Binding(keys: [.home, .text("g")], action: .first),
                Binding(keys: [.end, .text("G")], action: .last),
                Binding(keys: [.escape, .text("?"), .text("q"), .text("B"), .text("i"), .function(1)], action: .cancel),
                Binding(keys: [.text("P")], action: .writePaper),
            ],
            .confirm: [
                Binding(keys: [.text("y"), .text("c"), .enter], action: .confirm),
                Binding(keys: [.text("n"), .text("k"), .escape], action: .cancel),
            ],
            .review: [
                Binding(keys: [.text("1")], action: .setStatus(.notStarted)),
                Binding(keys: [.text("2")], action: .setStatus(.inProgress)),
                Binding(keys: [.text("3")], action: .setStatus(.done)),
                Binding(keys: [.text("4")], action: .setStatus(.cancelled)),
                Binding(keys: [.text("5")], action: .setStatus(.postponed)),
                Binding(keys: [.text("6")], action: .setStatus(.blocked)),
                Binding(keys: [.text("d")], action: .editDue),
                Binding(keys: [.text("%")], action: .editProgress),
                Binding(keys: [.text("o")], action: .editOutcome),
                Binding(keys: [.text("c")], action: .editDecision),
                Binding(keys: [.text("y")], action: .editOpinions),
                Binding(keys: [.text("a")], action: .addToAgenda),
                Binding(keys: [.text("r")], action: .editResponsible),
                Binding(keys: [.text("f")], action: .toggleFollowUp),
                Binding(keys: [.text("w")], action: .logEntry),
                Binding(keys: [.text("D")], action: .extendDeadline),
                Binding(keys: [.right, .text("n"), .enter], action: .nextItem),
                Binding(keys: [.left, .text("p")], action: .previousItem),
                Binding(keys: [.tab], action: .skipItem),
                Binding(keys: [.text("u")], action: .undo),
                Binding(keys: [.text("q")], action: .endReview),
                Binding(keys: [.text("P")], action: .writePaper),
                Binding(keys: [.text("?"), .function(1)], action: .help),
                Binding(keys: [.escape], action: .cancel),
            ],
            .conflict: [
                Binding(keys: [.text("m")], action: .keepMine),
                Binding(keys: [.text("t"), .text("d")], action: .keepTheirs),
                Binding(keys: [.text("E"), .text("e")], action: .openEditor),
                Binding(keys: [.escape], action: .cancel),
            ],
        ],
        global: [
            Binding(keys: [.control("z")], action: .suspend),
            Binding(keys: [.control("l")], action: .redraw),
        ]
    )
}
