import Terminal
import WorkplanCore

/// The report screen: for each track a bar of what is done and the counts behind it, the
/// whole plan's total, and the counted results, as `workplan report` gives them.
public struct ReportScreen: Equatable, Sendable {
    /// A line of the screen: a heading, a track's bar, or text.
    enum Line: Equatable, Sendable {
        /// A heading.
        case heading(String)
        /// A bar: its label, the share done in permille, and the counts in words.
        case bar(label: String, permille: Int, counts: String)
        /// A line of text.
        case text(String)
        /// A blank line.
        case blank
    }

    /// The lines, made once when the screen opens.
    let lines: [Line]
    /// How far the screen is scrolled.
    var scroll = 0

    /// The screen for a plan's report as of a day.
    init(plan: Plan, today: PlanDate, language: Language) {
        let report = PlanReport(plan: plan, asOf: today)
        var lines: [Line] = [.text(language.pick(vi: "Tính đến ngày ", en: "As of ") + today.formatted(language)), .blank]
        for (number, track) in report.tracks.enumerated() {
            lines.append(.heading("\(number + 1). " + TextForm.visible(track.title)))
            lines.append(.bar(label: "", permille: track.counts.donePermille, counts: ReportScreen.counts(track.counts, language)))
            for result in track.results {
                guard let counted = result.counted else { continue }
                lines.append(.text("   " + (result.id.map { $0 + " " } ?? "") + TextForm.visible(result.title) + ": "
                                   + counted.formatted(language)))
            }
            lines.append(.blank)
        }
        lines.append(.heading(language.pick(vi: "Tổng cộng", en: "In all")))
        lines.append(.bar(label: "", permille: report.total.donePermille, counts: ReportScreen.counts(report.total, language)))
        self.lines = lines
    }

    /// `hoàn thành 28/40 · đang 5 · quá hạn 1 · hủy 2`.
    private static func counts(_ counts: PlanReport.Counts, _ language: Language) -> String {
        let owed = counts.total - counts.cancelled
        return language.pick(vi: "hoàn thành \(counts.done)/\(owed) · đang thực hiện \(counts.inProgress) · quá hạn \(counts.overdue) · hủy \(counts.cancelled)",
                             en: "done \(counts.done)/\(owed) · in progress \(counts.inProgress) · overdue \(counts.overdue) · cancelled \(counts.cancelled)")
    }

    /// The first line the screen can scroll to at a height.
    func maximumScroll(height: Int) -> Int { max(0, lines.count - height) }
}

/// Draws the report screen.
enum ReportView {
    /// Draws the report over the whole grid.
    static func draw(_ state: AppState, _ screen: ReportScreen, theme: Theme, into grid: inout Grid) {
        let language = state.language
        for row in 0..<grid.rows { grid.fill(row: row, style: theme[.detail]) }
        grid.fill(row: 0, style: theme[.title])
        grid.put(TextWidth.truncate(language.pick(vi: " Báo cáo tình hình thực hiện kế hoạch", en: " Plan progress report"),
                                    to: grid.columns), row: 0, column: 0, style: theme[.title])
        let height = max(1, grid.rows - 2)
        let barWidth = max(10, min(40, grid.columns / 3))
        for (offset, line) in screen.lines.dropFirst(min(screen.scroll, screen.maximumScroll(height: height))).prefix(height).enumerated() {
            let row = 1 + offset
            switch line {
            case let .heading(text):
                grid.put(TextWidth.truncate(" " + text, to: grid.columns), row: row, column: 0, style: theme[.track])
            case let .bar(_, permille, counts):
                let filled = barWidth * min(1000, max(0, permille)) / 1000
                var column = grid.put(String(repeating: "█", count: filled), row: row, column: 3, style: theme[.done].merged(over: theme[.detail]))
                column = grid.put(String(repeating: "░", count: barWidth - filled), row: row, column: column, style: theme[.tree])
                column = grid.put(" " + Percent.format(permille: permille, language).leftPadded(to: 6) + "  ", row: row, column: column,
                                  style: theme[.progress].adding(.bold))
                grid.put(TextWidth.truncate(counts, to: max(0, grid.columns - column)), row: row, column: column, style: theme[.detail])
            case let .text(text):
                grid.put(TextWidth.truncate(" " + text, to: grid.columns), row: row, column: 0, style: theme[.detail])
            case .blank: break
            }
        }
        grid.fill(row: grid.rows - 1, style: theme[.statusLine])
        grid.put(TextWidth.truncate(language.pick(vi: " Esc hoặc B: đóng · ↑ ↓ PgUp PgDn: cuộn · workplan report: bản đầy đủ",
                                                  en: " Esc or B: close · ↑ ↓ PgUp PgDn: scroll · workplan report: the full report"),
                                    to: grid.columns), row: grid.rows - 1, column: 0, style: theme[.statusLine])
    }
}

private extension String {
    /// The text with spaces before it up to a width in cells.
    func leftPadded(to width: Int) -> String {
        let used = TextWidth.of(self)
        return used < width ? String(repeating: " ", count: width - used) + self : self
    }
}
