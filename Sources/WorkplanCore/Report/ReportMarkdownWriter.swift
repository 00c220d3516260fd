/// The report as Markdown: the same three sections as the text, the numbers in a table with
/// a column for each status that occurs.
struct ReportMarkdownWriter {
    let words: ReportWords

    /// Writes the whole document, ending with a newline, into `lines`.
    func write(_ report: PlanReport, into lines: inout ReportText) {
        lines.append(contentsOf: ["# " + words.language.pick(vi: "Báo cáo tình hình thực hiện kế hoạch",
                                                              en: "Plan progress report"), ""])
        if let title = report.planTitle { lines.append(contentsOf: ["**\(title)**", ""]) }
        if let period = words.periodLine(report) { lines.append(contentsOf: [period, ""]) }
        lines.append(words.asOfLine(report))
        results(report, &lines)
        meetings(report, &lines)
        open(report, &lines)
    }

    private func heading(_ number: Int, _ title: String, _ lines: inout ReportText) {
        lines.append(contentsOf: ["", "## " + ReportPeriod.roman(number) + ". " + title, ""])
    }

    private func results(_ report: PlanReport, _ lines: inout ReportText) {
        heading(1, words.resultsSection, &lines)
        if report.period != nil, report.total.total == 0 {
            lines.append(words.emptyPeriod(report))
            return
        }
        let totals = words.otherCounts(report.total)
        let others = totals.indices.filter { totals[$0].count > 0 }
        let otherNames = others.map { capitalized(totals[$0].name) }
        let header = words.language == .vi
            ? ["Mảng công tác", "Tổng số", "Hoàn thành", "Đang thực hiện", "Quá hạn"] + otherNames + ["Tỷ lệ hoàn thành"]
            : ["Track", "Total", "Done", "In progress", "Overdue"] + otherNames + ["Done (%)"]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " ---: |", count: header.count - 1))
        for track in report.tracks {
            lines.append(row(escapeCell(words.trackTitle(track.title)), track.counts, others))
        }
        lines.append(row("**" + words.totalTitle(report) + "**", report.total, others))
        let withResults = report.tracks.enumerated().filter { !$0.element.results.isEmpty }
        guard !withResults.isEmpty else { return }
        lines.append(contentsOf: ["", "### " + words.quantitative])
        for (number, track) in withResults {
            lines.append(contentsOf: ["", "**\(number + 1). \(words.trackTitle(track.title))**", ""])
            lines.append(contentsOf: track.results.map { "- " + words.result($0) })
        }
    }

    private func row(_ title: String, _ counts: PlanReport.Counts, _ others: [Int]) -> String {
        let otherCounts = words.otherCounts(counts)
        let cells = [title, "\(counts.total)", "\(counts.done)", "\(counts.inProgress)", "\(counts.overdue)"]
            + others.map { "\(otherCounts[$0].count)" } + [Percent.format(permille: counts.donePermille, words.language)]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    private func meetings(_ report: PlanReport, _ lines: inout ReportText) {
        heading(2, words.meetingsSection, &lines)
        guard !report.meetings.isEmpty else { return lines.append(words.noMeetings) }
        for (number, meeting) in report.meetings.enumerated() {
            if number > 0 { lines.append("") }
            lines.append(contentsOf: ["### \(number + 1). " + words.meetingTitle(meeting), ""])
            if meeting.decisions.isEmpty { lines.append(words.noDecisions) }
            for decision in meeting.decisions {
                lines.append("- " + words.decisionTask(decision))
                labelled(words.decisionLabel, decision.decision, &lines)
                if !decision.responsible.isEmpty { labelled(words.responsibleLabel, decision.responsible, &lines) }
            }
        }
    }

    /// `  - Label: first line`, further lines continuing the item.
    private func labelled(_ label: String, _ value: String, _ lines: inout ReportText) {
        for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            lines.append((index == 0 ? "  - \(label): " : "    ") + line)
        }
    }

    private func open(_ report: PlanReport, _ lines: inout ReportText) {
        heading(3, words.openSection(report), &lines)
        let tracks = report.tracks.enumerated().filter { !$0.element.open.isEmpty }
        guard !tracks.isEmpty else { return lines.append(words.noOpenTasks) }
        for (position, (number, track)) in tracks.enumerated() {
            if position > 0 { lines.append("") }
            lines.append(contentsOf: ["**\(number + 1). \(words.trackTitle(track.title))**", ""])
            for task in track.open {
                lines.append(String(repeating: "  ", count: task.level) + "- " + words.openTask(task))
            }
        }
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private func escapeCell(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
