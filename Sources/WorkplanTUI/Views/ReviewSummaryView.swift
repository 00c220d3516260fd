import Terminal
import WorkplanCore

/// What a meeting did, when it ends: items reviewed, statuses changed, new due dates,
/// decisions and follow-ups, each task's changes under it, and where its minutes are.
enum ReviewSummaryView {
    /// A line of the summary: its text, how far it is indented, and how far its wrapped rows are.
    private typealias Line = (text: String, indent: Int, hang: Int)

    /// Draws the summary over the whole grid; what does not fit ends with a pointer to the minutes.
    static func draw(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        let language = state.language
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(" " + language.pick(vi: "Kết thúc: ", en: "Ended: ") + TextForm.visible(review.minutes.title),
                                    to: grid.columns), row: 0, column: 0, style: theme[.title])
        var lines = counts(review.minutes, now: state.now, language)
        for item in review.minutes.items {
            lines += changes(item, language)
        }
        if let path = review.minutesPath {
            lines += [("", 0, 0), (language.pick(vi: "Biên bản: ", en: "Minutes: ") + path, 0, 2)]
        }
        let rows = lines.flatMap { line in
            TextWrap.lines(TextForm.visible(line.text), width: max(1, grid.columns - 4 - max(line.indent, line.hang)))
                .enumerated().map { (text: $0.element, column: 2 + ($0.offset == 0 ? line.indent : line.hang)) }
        }
        let room = max(0, grid.rows - 3)
        let shown = rows.count > room ? Array(rows.prefix(max(0, room - 1))) : rows
        for (offset, row) in shown.enumerated() {
            grid.put(row.text, row: 2 + offset, column: row.column, style: theme[.detail])
        }
        if shown.count < rows.count {
            grid.put(TextWidth.truncate(language.pick(vi: "… còn nữa: xem biên bản (workplan minutes)",
                                                      en: "… more: see the minutes (workplan minutes)"), to: grid.columns - 2),
                     row: 2 + shown.count, column: 2, style: theme[.detail].adding(.dim))
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        let next = state.keymap.keys(for: .nextItem, in: .review)
        let keys = ((next.contains(.enter) ? Key.enter : next.first)?.label ?? "?") + " " + language.pick(vi: "hoặc", en: "or") + " "
            + state.keymap.name(of: .cancel, in: .review)
        if let message = state.message {
            grid.put(TextWidth.truncate(" " + message.text, to: grid.columns), row: grid.rows - 1, column: 0,
                     style: (message.isError ? theme[.error] : theme[.message]).merged(over: theme[.statusLine]))
            return
        }
        let paper = state.keymap.name(of: .writePaper, in: .review)
        grid.put(TextWidth.truncate(language.pick(vi: " \(keys): về kế hoạch · \(paper): in biên bản (Word)",
                                                  en: " \(keys): back to the plan · \(paper): write the minutes (Word)"),
                                    to: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }

    /// The meeting's time and how many items did what.
    private static func counts(_ minutes: MeetingMinutes, now: ClockTime, _ language: Language) -> [Line] {
        let items = minutes.items
        let decisions = items.filter { !$0.decision.isEmpty }.count
        return [
            (language.pick(vi: "Thời gian: ", en: "Time: ") + minutes.started.description + "–" + (minutes.ended ?? now).description, 0, 0),
            (language.pick(vi: "Đã xét: \(items.count)/\(minutes.agenda.count) nhiệm vụ",
                           en: "Reviewed: \(items.count) of \(minutes.agenda.count) tasks"), 0, 0),
            (language.pick(vi: "Đổi trạng thái: \(items.filter(\.statusChanged).count)",
                           en: "Statuses changed: \(items.filter(\.statusChanged).count)"), 0, 0),
            (language.pick(vi: "Đổi hạn: \(items.filter(\.dueChanged).count)", en: "Due dates moved: \(items.filter(\.dueChanged).count)"), 0, 0),
            (language.pick(vi: "Đổi tiến độ: \(items.filter(\.progressChanged).count)",
                           en: "Progress changed: \(items.filter(\.progressChanged).count)"), 0, 0),
            (language.pick(vi: "Kết luận: \(decisions)", en: "Decisions: \(decisions)"), 0, 0),
            (language.pick(vi: "Theo dõi tiếp: \(items.filter(\.followUp).count)", en: "To follow up: \(items.filter(\.followUp).count)"), 0, 0),
        ]
    }

    /// A task's line and, under it, what the meeting changed or decided for it; nothing when
    /// the meeting only heard it.
    private static func changes(_ item: MinutesItem, _ language: Language) -> [Line] {
        var shown: Set<MinutesLabel> = [.status, .due, .decision, .followUp]
        if item.progressChanged { shown.insert(.progress) }
        let lines: [Line] = item.recorded(language).filter { shown.contains($0.label) }
            .map { ($0.label.text(language) + ": " + $0.value, 4, 4) }
        guard !lines.isEmpty else { return [] }
        return [("", 0, 0), ("• " + item.taskId + " " + item.title, 0, 2)] + lines
    }
}
