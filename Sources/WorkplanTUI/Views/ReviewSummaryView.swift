import Terminal
import WorkplanCore

/// What a meeting did, when it ends: items reviewed, statuses changed, new due dates,
/// decisions and follow-ups, and where its minutes are.
enum ReviewSummaryView {
    /// Draws the summary over the whole grid.
    static func draw(_ state: AppState, _ review: ReviewState, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let items = review.minutes.items
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(" " + language.pick(vi: "Kết thúc: ", en: "Ended: ") + TextForm.visible(review.minutes.title),
                                    to: grid.columns), row: 0, column: 0, style: theme[.title])
        var lines = [
            language.pick(vi: "Thời gian: ", en: "Time: ") + review.minutes.started.description + "–"
                + (review.minutes.ended ?? state.now).description,
            language.pick(vi: "Đã xét: \(items.count)/\(review.minutes.agenda.count) nhiệm vụ",
                          en: "Reviewed: \(items.count) of \(review.minutes.agenda.count) tasks"),
            language.pick(vi: "Đổi trạng thái: \(items.filter(\.statusChanged).count)",
                          en: "Statuses changed: \(items.filter(\.statusChanged).count)"),
            language.pick(vi: "Đổi hạn: \(items.filter(\.dueChanged).count)", en: "Due dates moved: \(items.filter(\.dueChanged).count)"),
            language.pick(vi: "Kết luận: \(items.filter { !$0.decision.isEmpty }.count)",
                          en: "Decisions: \(items.filter { !$0.decision.isEmpty }.count)"),
            language.pick(vi: "Theo dõi tiếp: \(items.filter(\.followUp).count)",
                          en: "To follow up: \(items.filter(\.followUp).count)"),
            "",
        ]
        for item in items where !item.decision.isEmpty || item.followUp {
            lines.append("• " + item.taskId + " " + item.title + (item.decision.isEmpty ? "" : ": " + item.decision)
                         + (item.followUp ? language.pick(vi: " (theo dõi tiếp)", en: " (follow up)") : ""))
        }
        if let path = review.minutesPath {
            lines += ["", language.pick(vi: "Biên bản: ", en: "Minutes: ") + path]
        }
        var row = 2
        for line in lines {
            for piece in TextWrap.lines(TextForm.visible(line), width: grid.columns - 4) where row < grid.rows - 1 {
                grid.put(piece, row: row, column: 2, style: theme[.detail])
                row += 1
            }
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        grid.put(TextWidth.truncate(language.pick(vi: " Enter hoặc Esc: về kế hoạch", en: " Enter or Esc: back to the plan"),
                                    to: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }
}
