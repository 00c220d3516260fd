import Terminal
import WorkplanCore

/// What the full-screen view of a task shows, broken to a width: the title in bold, every line
/// of the detail pane with its label, the whole note, then the meetings that discussed the task,
/// newest first, with what each recorded.
enum TaskSheetContent {
    /// One row of the view, or before breaking, one line: a label and a text from `indent`
    /// cells in. A line's further rows carry no label and start under its text.
    struct Row: Equatable, Sendable {
        /// Cells from the left margin.
        var indent = 0
        /// The label before the text, on a line's first row only.
        var label = ""
        /// The role the label is drawn in.
        var labelRole = Role.detailLabel
        /// The text.
        var text: String
        /// The role the text is drawn in.
        var role = Role.detail
        /// True when the text is bold (the task's title, a meeting's title).
        var isBold = false
    }

    /// The width in cells the lines are broken to: the terminal's less a margin at each side.
    static func width(columns: Int) -> Int { max(1, columns - 2) }

    /// The rows for a task of the state's plan on a terminal this many columns wide; none when
    /// the plan has no such task.
    static func rows(_ task: Int, _ state: AppState, columns: Int) -> [Row] {
        guard task >= 0, task < state.plan.taskCount else { return [] }
        let width = width(columns: columns)
        return lines(task, state).flatMap { broken($0, width: width) }
    }

    /// The title bar's text: the task's id, if it has one, and what the view is.
    static func title(_ task: Int, _ state: AppState) -> String {
        let name = state.language.pick(vi: "Chi tiết nhiệm vụ", en: "Task details")
        guard task >= 0, task < state.plan.taskCount, let id = state.plan.tasks[task].id else { return " " + name }
        return " " + TextForm.visible(id) + " · " + name
    }

    /// The lines before breaking: the title, the pane's lines (without its short lines of
    /// meetings, listed in full below), then the meetings.
    private static func lines(_ task: Int, _ state: AppState) -> [Row] {
        var lines = [Row(text: TextForm.visible(state.plan.tasks[task].title), isBold: true)]
        for line in DetailView.taskLines(task, state, withMeetings: false).dropFirst() {
            lines.append(Row(label: line.label, text: line.text, role: line.role))
        }
        lines.append(Row(text: ""))
        return lines + meetingLines(task, state)
    }

    /// The section of the meetings that discussed a task, newest first, or a line saying none did.
    private static func meetingLines(_ task: Int, _ state: AppState) -> [Row] {
        let language = state.language
        let reference = state.reference(of: task)
        var lines = [Row(text: language.pick(vi: "Các cuộc họp đã bàn (mới nhất trước)",
                                             en: "Meetings that discussed it (newest first)"), role: .track)]
        let discussed = state.meetings.reversed().compactMap { meeting in
            meeting.item(forTask: reference).map { (meeting, $0) }
        }
        if discussed.isEmpty {
            lines.append(Row(text: language.pick(vi: "Chưa có cuộc họp nào bàn nhiệm vụ này.",
                                                 en: "No meeting has discussed this task yet.")))
        }
        for (number, (meeting, item)) in discussed.enumerated() {
            if number > 0 { lines.append(Row(text: "")) }
            let ended = meeting.isFinished ? "" : language.pick(vi: " (chưa kết thúc)", en: " (not ended)")
            lines.append(Row(label: meeting.date.formatted(language) + " ", labelRole: .date,
                             text: TextForm.visible(meeting.title) + ended, isBold: true))
            lines += itemLines(item, language)
        }
        return lines
    }

    /// What a meeting recorded for the task, each under its label, two cells in.
    private static func itemLines(_ item: MinutesItem, _ language: Language) -> [Row] {
        item.recorded(language).map { Row(indent: 2, label: $0.label.text(language) + ": ", text: $0.value) }
    }

    /// A line's rows at a width: its words after the label, their further rows under the text;
    /// when the label leaves too little room, the label on a row of its own and the text two
    /// cells further in under it.
    private static func broken(_ line: Row, width: Int) -> [Row] {
        let hang = line.indent + TextWidth.of(line.label)
        guard !line.label.isEmpty, width - hang < min(12, width / 2) else { return pieces(of: line, from: hang, width: width) }
        var under = line
        under.label = ""
        under.indent = line.indent + 2
        let label = Row(indent: line.indent, label: line.label, labelRole: line.labelRole, text: "")
        return [label] + (line.text.isEmpty ? [] : pieces(of: under, from: under.indent, width: width))
    }

    /// A line's text wrapped to the room right of `hang` cells, the label on the first row only.
    private static func pieces(of line: Row, from hang: Int, width: Int) -> [Row] {
        TextWrap.lines(line.text, width: max(1, width - hang)).enumerated().map { index, piece in
            var row = line
            row.text = piece
            if index > 0 {
                row.indent = hang
                row.label = ""
            }
            return row
        }
    }
}
