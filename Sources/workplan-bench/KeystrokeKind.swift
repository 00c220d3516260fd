/// A kind of keystroke the benchmark times in the interface, in the order of the table.
enum KeystrokeKind: CaseIterable {
    /// ↓ in the middle of the plan.
    case moveDown
    /// ↑ in the middle of the plan.
    case moveUp
    /// PgDn from the top.
    case pageDown
    /// End, to the last row.
    case end
    /// Home, to the first row.
    case home
    /// ← on an expanded parent: it collapses.
    case collapse
    /// → on that collapsed parent: it expands.
    case expand
    /// One letter of the first search after opening, while its titles are folded for the first time.
    case searchStepFirst
    /// One letter of a later search of the same text.
    case searchStep
    /// `n` when about one task in thirty matches.
    case nextMatch
    /// `n` when only one task matches, so that the search goes round the whole plan.
    case nextMatchAround
    /// `f`: the filter list opens.
    case filterMenu
    /// `3` in the filter list: only the overdue tasks.
    case filterOverdue
    /// `F`: the filter is cleared.
    case filterClear
    /// Space: the task is ticked or unticked, and the file saved.
    case tick
    /// `B`: the report screen, every track's deadline grid and the units and persons, opens.
    case reportScreen
    /// `M`: the meeting's agenda list, with the size of every agenda, opens.
    case meetingMenu

    /// The key and what it did, for the table.
    var label: String {
        switch self {
        case .moveDown: "↓ down a row"
        case .moveUp: "↑ up a row"
        case .pageDown: "PgDn down a page"
        case .end: "End to the last row"
        case .home: "Home to the first row"
        case .collapse: "← collapse a parent"
        case .expand: "→ expand it"
        case .searchStepFirst: "/ID a letter, first search"
        case .searchStep: "/ID a letter, later search"
        case .nextMatch: "n next match (1 in 30)"
        case .nextMatchAround: "n next match (round the plan)"
        case .filterMenu: "f open the filter list"
        case .filterOverdue: "3 filter: overdue"
        case .filterClear: "F clear the filter"
        case .tick: "Space tick incl. save"
        case .reportScreen: "B the report screen"
        case .meetingMenu: "M the meeting's agendas"
        }
    }

    /// The longest median allowed at 100,000 tasks, in milliseconds: 5 ms for moves, collapse
    /// and expand, search steps and filter changes; 150 ms for the screens that count the
    /// whole plan (B, M). None for `n`, opening the filter list, and a tick (which saves).
    var target: Double? {
        switch self {
        case .moveDown, .moveUp, .pageDown, .end, .home, .collapse, .expand, .searchStepFirst, .searchStep,
             .filterOverdue, .filterClear: Targets.keystrokeMilliseconds
        case .reportScreen, .meetingMenu: Targets.wholePlanScreenMilliseconds
        case .nextMatch, .nextMatchAround, .filterMenu, .tick: nil
        }
    }
}
