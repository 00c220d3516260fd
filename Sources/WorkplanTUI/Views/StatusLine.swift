import Terminal
import WorkplanCore

/// The bottom row: the file, the filter, counts, the last message and the key for help; or,
/// while editing or searching, the line being typed.
enum StatusLine {
    /// Draws the status row of the layout.
    static func draw(_ state: AppState, layout: Layout, theme: Theme, into grid: inout Grid) {
        let row = layout.statusRow
        let style = theme[.statusLine]
        grid.fill(row: row, style: style)
        switch state.mode {
        case let .edit(edit):
            drawEdit(edit, state: state, row: row, theme: theme, into: &grid)
        case let .search(search):
            let column = grid.put("/", row: row, column: 0, style: theme[.editor])
            let hint = state.message.map { "  " + $0.text } ?? ""
            let hintWidth = min(TextWidth.of(hint), grid.columns / 3)
            let width = max(1, grid.columns - column - hintWidth)
            if !hint.isEmpty {
                grid.put(TextWidth.truncate(hint, to: hintWidth), row: row, column: grid.columns - hintWidth,
                         style: state.message?.isError == true ? theme[.error] : style)
            }
            search.editor.draw(into: &grid, row: row, column: column, width: width, style: theme[.editor])
        default:
            drawStatus(state, row: row, theme: theme, into: &grid)
        }
    }

    private static func drawStatus(_ state: AppState, row: Int, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let style = theme[.statusLine]
        let helpKey = state.keymap.keys(for: .help, in: .browse).first?.label ?? "?"
        let help = " " + helpKey + language.pick(vi: " trợ giúp ", en: " help ")
        let helpColumn = max(0, grid.columns - TextWidth.of(help))
        grid.put(help, row: row, column: helpColumn, style: theme[.helpKey].merged(over: style))
        var rightEdge = drawLostEditsBadge(state, row: row, before: helpColumn, theme: theme, into: &grid)
        if let git = state.gitStatus {
            let text = " " + git.text(language) + " "
            let start = max(0, rightEdge - TextWidth.of(text))
            grid.put(text, row: row, column: start, style: (git.hasDriver ? style : theme[.error].merged(over: style)), limit: rightEdge)
            rightEdge = start
        }
        var column = grid.put(" " + TextForm.visible(fileName(state, room: rightEdge)), row: row, column: 0, style: style,
                              limit: rightEdge)
        if !state.filter.isEmpty {
            let text = " · " + language.pick(vi: "lọc: ", en: "filter: ") + state.filter.summary(language, plan: state.plan)
                + " (" + language.count(state.tree.order.matchCount, vi: "việc", en: "task") + ")"
            column = grid.put(TextWidth.truncate(text, to: max(0, rightEdge - column)), row: row, column: column,
                              style: theme[.filter].merged(over: style), limit: rightEdge)
        }
        if state.sortByDue {
            column = grid.put(language.pick(vi: " · theo hạn", en: " · by due date"), row: row, column: column, style: style,
                              limit: rightEdge)
        }
        let counts = state.isLoading ? [language.pick(vi: " · đang đọc…", en: " · reading…")] : countTexts(state)
        let room = max(0, rightEdge - column - 1)
        if let message = state.message {
            let messageText = " · " + message.text
            if let fitting = counts.first(where: { TextWidth.of($0) + TextWidth.of(messageText) <= room }) {
                column = grid.put(fitting, row: row, column: column, style: style, limit: rightEdge)
            }
            grid.put(TextWidth.truncate(messageText, to: max(0, rightEdge - column - 1)), row: row, column: column,
                     style: (message.isError ? theme[.error] : theme[.message]).merged(over: style))
        } else {
            let fitting = counts.first { TextWidth.of($0) <= room } ?? counts.last ?? ""
            grid.put(TextWidth.truncate(fitting, to: room), row: row, column: column, style: style)
        }
    }

    /// The plan's counts by the deadline grid today, longest first, for the status line to take
    /// the first that fits: `· 122 nhiệm vụ: 70 đúng hạn, 12 xong quá hạn, 32 chưa đến hạn, 5 quá
    /// hạn · đến hạn xong 94,3%`, then without the total and the rate's words, then in short
    /// words, then the overdue and the rate alone.
    static func countTexts(_ state: AppState) -> [String] {
        let language = state.language
        let grid = state.counts.deadlines
        let rate = grid.duePermille.map { Percent.format(permille: $0, language) }
        let number = language.number
        let four = language.pick(
            vi: "\(number(grid.doneOnTime)) đúng hạn, \(number(grid.doneLate)) xong quá hạn, "
                + "\(number(grid.notYetDue)) chưa đến hạn, \(number(grid.overdue)) quá hạn",
            en: "\(number(grid.doneOnTime)) on time, \(number(grid.doneLate)) done late, "
                + "\(number(grid.notYetDue)) not yet due, \(number(grid.overdue)) overdue")
        let short = language.pick(
            vi: "đúng hạn \(number(grid.doneOnTime)), muộn \(number(grid.doneLate)), "
                + "chưa đến hạn \(number(grid.notYetDue)), quá hạn \(number(grid.overdue))",
            en: "on time \(number(grid.doneOnTime)), late \(number(grid.doneLate)), "
                + "not due \(number(grid.notYetDue)), overdue \(number(grid.overdue))")
        let total = language.count(state.counts.total, vi: "nhiệm vụ", en: "task")
        let overdue = language.pick(vi: "\(number(grid.overdue)) quá hạn", en: "\(number(grid.overdue)) overdue")
        return [" · " + total + ": " + four + (rate.map { language.pick(vi: " · đến hạn xong ", en: " · come due done ") + $0 } ?? ""),
                " · " + four + (rate.map { " · " + $0 } ?? ""),
                " · " + short + (rate.map { " · " + $0 } ?? ""),
                " · " + overdue + (rate.map { " · " + $0 } ?? "")]
    }

    /// While changes of this session that another program wrote over wait for `L`, says how many
    /// at the right end, before the help key, whatever message is shown: a message that follows
    /// (a help screen closed, a later save) must not hide that saved work is missing from the file.
    /// Returns the column left of the badge, where the rest of the line stops.
    private static func drawLostEditsBadge(_ state: AppState, row: Int, before edge: Int, theme: Theme,
                                           into grid: inout Grid) -> Int {
        guard !state.lostEdits.isEmpty else { return edge }
        let language = state.language
        let key = state.keymap.keys(for: .reapplyLost, in: .browse).first?.label ?? "L"
        let count = language.count(state.lostEdits.count, vi: "thay đổi", en: "overwritten change")
        let badge = " " + language.pick(vi: "\(count) bị ghi đè · \(key) lưu lại",
                                        en: "\(count) · \(key) saves again") + " "
        let width = min(TextWidth.of(badge), edge * 2 / 3)
        let column = edge - width
        grid.put(TextWidth.truncate(badge, to: width), row: row, column: column,
                 style: theme[.error].merged(over: theme[.statusLine]))
        return column
    }

    /// The file as the officer named it; only its last part (`plan.md`) when the whole path
    /// would leave no room for the message.
    private static func fileName(_ state: AppState, room: Int) -> String {
        guard let message = state.message,
              TextWidth.of(" " + state.fileName) + TextWidth.of(" · " + message.text) + 1 > room,
              let slash = state.fileName.lastIndex(of: "/") else { return state.fileName }
        return String(state.fileName[state.fileName.index(after: slash)...])
    }

    private static func drawEdit(_ edit: EditState, state: AppState, row: Int, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let (save, cancel) = (state.keymap.name(of: .confirm, in: .typing), state.keymap.name(of: .cancel, in: .typing))
        let hint = "  " + language.pick(vi: "\(save) lưu · \(cancel) huỷ", en: "\(save) saves · \(cancel) cancels") + " "
        let error = state.message?.isError == true ? state.message?.text : nil
        let label: String
        switch edit.target {
        case .title:
            let text = error ?? language.pick(vi: " Sửa tên nhiệm vụ", en: " Editing the title")
            grid.put(TextWidth.truncate(text + hint, to: grid.columns), row: row, column: 0,
                     style: error == nil ? theme[.statusLine] : theme[.error])
            return
        case .due: label = language.pick(vi: "Hạn (10/07/2021, 10/7, +7, +5nlv; để trống là bỏ): ", en: "Due (2021-07-10, 10/7, +7, +5wd; empty removes): ")
        case .units: label = language.pick(vi: "Đơn vị (chủ trì trước, rồi phối hợp): ", en: "Units (lead first, then the others): ")
        case .progress: label = language.pick(vi: "Tiến độ (a/b hoặc N%): ", en: "Progress (a/b or N%): ")
        case let .extensionDate(task):
            let due = state.plan.tasks[task].due.map { $0.formatted(language) } ?? ""
            label = language.pick(vi: "Gia hạn đến (hạn hiện tại \(due)): ", en: "Extend to (due now \(due)): ")
        case let .extensionReason(_, due):
            label = language.pick(vi: "Lý do gia hạn đến \(due.formatted(.vi)): ", en: "Why extend to \(due.formatted(.en)): ")
        case .extensionDocument:
            label = language.pick(vi: "Theo văn bản (số, ký hiệu; có thể để trống): ", en: "Decided by (document; may be empty): ")
        case .entry: label = language.pick(vi: "Ghi kết quả hôm nay (ngày khác: 15/3: …): ",
                                           en: "Entry for today (another day: 15/3: …): ")
        case .newBelow, .newInTrack: label = language.pick(vi: "Nhiệm vụ mới: ", en: "New task: ")
        case .newUnder: label = language.pick(vi: "Nhiệm vụ con mới: ", en: "New subtask: ")
        case let .field(_, key):
            let field = EditableField(key: key)
            let hint = field.map { $0.hint(language) + "; " } ?? ""
            label = (field?.name(language) ?? TextForm.visible(key)) + " ("
                + hint + language.pick(vi: "để trống là bỏ): ", en: "empty removes): ")
        case .otherField: label = language.pick(vi: "Trường (tên: giá trị): ", en: "Field (name: value): ")
        case .trackTitle: label = language.pick(vi: "Tên mảng công tác: ", en: "Track's title: ")
        case .newTrack: label = language.pick(vi: "Mảng công tác mới: ", en: "New track: ")
        case .declaration(.unit): label = language.pick(vi: "Đơn vị mới (MÃ: Tên đơn vị): ", en: "New unit (CODE: name): ")
        case .declaration(.person):
            label = language.pick(vi: "Người mới (tên gọi: Họ tên, chức vụ, ĐƠN VỊ): ", en: "New person (handle: name, title, UNIT): ")
        }
        let shownLabel = TextWidth.truncate(error.map { $0 + " · " } ?? label, to: grid.columns / 2)
        let column = grid.put(shownLabel, row: row, column: 0, style: error == nil ? theme[.statusLine] : theme[.error])
        edit.editor.draw(into: &grid, row: row, column: column, width: max(1, grid.columns - column), style: theme[.editor])
    }
}
