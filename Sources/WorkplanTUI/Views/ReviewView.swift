import Terminal
import WorkplanCore

/// The review meeting's screens: the agenda list and the meeting's name over the tree, then
/// one task filling the screen in large readable form for a projector, then the summary.
enum ReviewView {
    /// Draws the meeting's screen for its stage.
    static func draw(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        switch review.stage {
        case let .choosingAgenda(menu):
            MenuView.draw(menu, theme: theme, into: &grid)
        case let .arranging(selected):
            MenuView.draw(agendaList(state, review, selected: selected), theme: theme, into: &grid)
        case .naming:
            drawNaming(state, review, theme: theme, into: &grid)
        case .walking:
            clear(&grid, theme)
            drawBar(state, review, theme: theme, into: &grid)
            if let id = review.currentTaskId, let task = state.plan.taskIndex(reference: id), let draft = review.draft {
                ReviewTaskView.draw(state, task: task, draft: draft, theme: theme, into: &grid)
            } else {
                let text = state.language.pick(vi: "Đã xét hết chương trình. q: kết thúc cuộc họp",
                                               en: "The agenda is done. q: end the meeting")
                grid.put(TextWidth.truncate(text, to: grid.columns - 2), row: grid.rows / 2, column: 1, style: theme[.message])
            }
            drawFooter(state, review, theme: theme, into: &grid)
        case .summary:
            clear(&grid, theme)
            ReviewSummaryView.draw(state, review, theme: theme, into: &grid)
        }
    }

    /// The agenda as a list: each task's id, title and due date.
    private static func agendaList(_ state: AppState, _ review: ReviewState, selected: Int) -> MenuState {
        let items = review.minutes.agenda.map { id in
            let task = state.plan.taskIndex(reference: id)
            let title = task.map { TextForm.visible(state.plan.tasks[$0].title) } ?? ""
            let due = task.flatMap { state.plan.tasks[$0].due }.map { " (" + $0.formatted(state.language) + ")" } ?? ""
            return MenuState.Item(label: TextWidth.truncate(id + " " + title, to: 60) + due, isCurrent: false,
                                  choice: .agenda([id]))
        }
        let (next, stop) = (state.keymap.name(of: .confirm, in: .list), state.keymap.name(of: .cancel, in: .list))
        let move = state.keyName(.moveTaskUp) + " " + state.keyName(.moveTaskDown)
        let drop = state.keyName(.delete)
        let title = state.language.pick(vi: "Chương trình: ↑↓ chọn · \(move) chuyển · \(drop) bỏ · \(next) tiếp · \(stop) thôi",
                                        en: "Agenda: ↑↓ choose · \(move) move · \(drop) take off · \(next) next · \(stop) give up")
        return MenuState(title: title, items: items, selected: selected)
    }

    private static func clear(_ grid: inout Grid, _ theme: Theme) {
        for row in 0..<grid.rows { grid.fill(row: row, style: theme[.detail]) }
    }

    /// The top bar: the meeting, where it is in the agenda, how long it and the item have run.
    private static func drawBar(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let style = theme[.title]
        grid.fill(row: 0, style: style)
        let total = review.minutes.agenda.count
        let place = min(review.position + 1, total)
        var right = language.pick(vi: "mục \(place)/\(total)", en: "item \(place)/\(total)")
        right += " · " + language.pick(vi: "họp ", en: "meeting ") + duration(review.minutes.started.minutes(to: state.now))
        if let from = review.draft?.from {
            right += " · " + language.pick(vi: "mục này ", en: "this item ") + duration(from.minutes(to: state.now))
        }
        right += " "
        let rightColumn = max(0, grid.columns - TextWidth.of(right))
        grid.put(TextWidth.truncate(" " + TextForm.visible(review.minutes.title), to: max(0, rightColumn - 1)), row: 0,
                 column: 0, style: style)
        grid.put(right, row: 0, column: rightColumn, style: style)
    }

    /// `0:25` for 25 minutes, `1:05` for an hour and five.
    static func duration(_ minutes: Int) -> String {
        "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
    }

    /// The bottom row: the line being typed, else the meeting's keys from the keymap; a message
    /// stands on the row above it, so the keys are always there.
    private static func drawFooter(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        let row = grid.rows - 1
        grid.fill(row: row, style: theme[.statusLine])
        if let edit = review.editing {
            let label = TextWidth.truncate(" " + edit.field.label(state.language) + ": ", to: grid.columns / 2)
            let column = grid.put(label, row: row, column: 0, style: theme[.statusLine])
            edit.editor.draw(into: &grid, row: row, column: column, width: max(1, grid.columns - column), style: theme[.editor])
        } else {
            let keys = " " + KeyHints.line(KeyHints.meeting, in: .review, keymap: state.keymap, state.language)
            grid.put(TextWidth.truncate(keys, to: grid.columns), row: row, column: 0, style: theme[.statusLine])
        }
        if let message = state.message, row > 1 {
            grid.fill(row: row - 1, style: theme[.detail])
            grid.put(TextWidth.truncate(" " + message.text, to: grid.columns), row: row - 1, column: 0,
                     style: message.isError ? theme[.error] : theme[.message])
        }
    }

    /// The meeting's name, place, chair and title, secretary and attendees, one line at a time, in
    /// a box over the tree.
    private static func drawNaming(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let width = min(grid.columns - 6, 70)
        let box = Box.draw(title: language.pick(vi: "Cuộc họp mới", en: "New meeting"), innerWidth: width + 2, innerHeight: 8,
                           style: theme[.dialog], titleStyle: theme[.dialogTitle], into: &grid)
        let fields = ReviewField.naming.map { field in (field, field.fact.map { review.minutes[keyPath: $0] } ?? "") }
        for (offset, (field, value)) in fields.enumerated() {
            let row = box.rows.lowerBound + offset
            let label = field.label(language) + ": "
            let column = grid.put(TextWidth.truncate(label, to: box.columns.count / 2), row: row, column: box.columns.lowerBound,
                                  style: theme[.detailLabel].merged(over: theme[.dialog]))
            let room = max(1, box.columns.upperBound - column)
            if let edit = review.editing, edit.field == field {
                edit.editor.draw(into: &grid, row: row, column: column, width: room, style: theme[.editor])
            } else {
                grid.put(TextWidth.truncate(TextForm.visible(value), to: room), row: row, column: column, style: theme[.dialog])
            }
        }
        let (next, stop) = (state.keymap.name(of: .confirm, in: .typing), state.keymap.name(of: .cancel, in: .typing))
        let hint = language.pick(vi: "\(next): tiếp · \(stop): thôi. \(review.minutes.agenda.count) nhiệm vụ trong chương trình.",
                                 en: "\(next): next · \(stop): give up. \(review.minutes.agenda.count) tasks on the agenda.")
        grid.put(TextWidth.truncate(hint, to: box.columns.count), row: box.rows.lowerBound + 7, column: box.columns.lowerBound,
                 style: theme[.dialog])
    }
}
