import Terminal
import WorkplanCore

/// The help screen: every key, grouped, scrollable.
enum HelpView {
    /// The first line the help screen can scroll to at a height, so that the last line is at the bottom.
    static func maximumScroll(_ state: AppState) -> Int {
        max(0, lines(state).count - max(1, state.size.rows - 2))
    }

    /// The help's lines; during a meeting its keys come first.
    private static func lines(_ state: AppState) -> [HelpContent.Line] {
        HelpContent.lines(state.keymap, state.language, meetingFirst: state.interruptedReview != nil)
    }

    /// Draws the help screen over the whole grid.
    static func draw(_ state: AppState, scroll: Int, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let lines = lines(state)
        for row in 0..<grid.rows { grid.fill(row: row, style: theme[.help]) }
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(language.pick(vi: " Trợ giúp — Workplan", en: " Help — Workplan"), to: grid.columns),
                 row: 0, column: 0, style: theme[.title])
        let height = max(1, grid.rows - 2)
        let first = min(scroll, maximumScroll(state))
        let keyWidth = min(24, grid.columns / 3)
        for (offset, line) in lines.dropFirst(first).prefix(height).enumerated() {
            let row = 1 + offset
            switch line {
            case let .heading(text):
                grid.put(TextWidth.truncate(" " + text, to: grid.columns), row: row, column: 0, style: theme[.helpHeading])
            case let .binding(keys, help):
                grid.put(TextWidth.truncate("  " + keys, to: keyWidth), row: row, column: 0, style: theme[.helpKey])
                grid.put(TextWidth.truncate(help, to: max(0, grid.columns - keyWidth - 1)), row: row, column: keyWidth + 1,
                         style: theme[.help])
            case .blank: break
            }
        }
        let close = state.keymap.name(of: .cancel, in: .help) + " " + language.pick(vi: "hoặc", en: "or") + " " + state.keyName(.help)
        let footer = language.pick(vi: " \(close) để đóng · ↑ ↓ PgUp PgDn để cuộn", en: " \(close) closes · ↑ ↓ PgUp PgDn scroll")
        let position = lines.count > height ? "  \(first + 1)–\(min(lines.count, first + height))/\(lines.count) " : ""
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        grid.put(TextWidth.truncate(footer, to: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
        if !position.isEmpty, grid.columns > TextWidth.of(footer) + TextWidth.of(position) {
            grid.put(position, row: grid.rows - 1, column: grid.columns - TextWidth.of(position), style: theme[.statusLine])
        }
    }
}
