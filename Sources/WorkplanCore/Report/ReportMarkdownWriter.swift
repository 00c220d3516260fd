/// The report as Markdown: the same three sections as the text, the numbers in tables: the
/// tracks by status (a column for each status that occurs), then the tracks and the lead units
/// by the deadline grid.
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
            return quantitative(report, &lines)
        }
        statusTable(report, &lines)
        lines.append(contentsOf: ["", "### " + words.byDeadline, ""])
        let trackTitle = words.language.pick(vi: "Mảng công tác", en: "Track")
        deadlineTable(trackTitle, report.tracks.map { (escapeCell(words.trackTitle($0.title)), $0.counts) }
                      + [("**" + words.totalTitle(report) + "**", report.total)], &lines)
        for (groups, title) in [(report.units, words.language.pick(vi: "Đơn vị", en: "Unit")),
                                (report.persons, words.language.pick(vi: "Người theo dõi", en: "Person"))]
        where !groups.isEmpty {
            lines.append(contentsOf: ["", "### " + words.groupsTitle(groups[0].kind), ""])
            deadlineTable(title, groups.map { (escapeCell(words.groupName($0)), $0.counts) }, &lines)
        }
        quantitative(report, &lines)
    }

    /// The quantitative results of the tracks that have some; with no task in the period, what
    /// the entries of the period gathered.
    private func quantitative(_ report: PlanReport, _ lines: inout ReportText) {
        let withResults = report.tracks.enumerated().filter { !$0.element.results.isEmpty }
        guard !withResults.isEmpty else { return }
        lines.append(contentsOf: ["", "### " + words.quantitative])
        for (number, track) in withResults {
            lines.append(contentsOf: ["", "**\(number + 1). \(words.trackTitle(track.title))**", ""])
            lines.append(contentsOf: track.results.map { "- " + words.result($0) })
        }
    }

    /// The tracks and the total by status: a column for done and in progress, and one for each
    /// other status that occurs; the statuses of a row add up to its total.
    private func statusTable(_ report: PlanReport, _ lines: inout ReportText) {
        let totals = words.statusCounts(report.total)
        let shown = totals.indices.filter { $0 < 2 || totals[$0].count > 0 }
        let header = [words.language.pick(vi: "Mảng công tác", en: "Track"), words.language.pick(vi: "Tổng số", en: "Total")]
            + shown.map { capitalized(totals[$0].name) }
            + [words.language.pick(vi: "Hoàn thành / tổng số", en: "Done of all")]
        table(header, rows: report.tracks.map { (escapeCell(words.trackTitle($0.title)), $0.counts) }
              + [("**" + words.totalTitle(report) + "**", report.total)], &lines) { counts in
            let statuses = words.statusCounts(counts)
            return [words.language.number(counts.total)] + shown.map { words.language.number(statuses[$0].count) }
                + [Percent.format(permille: counts.donePermille, words.language)]
        }
    }

    /// Groups by the deadline grid: the four states, the tasks left out, and the two rates
    /// (`—` while nothing has come due).
    private func deadlineTable(_ title: String, _ rows: [(String, PlanReport.Counts)], _ lines: inout ReportText) {
        let language = words.language
        let header = [title, language.pick(vi: "Tổng số", en: "Total")]
            + DeadlineState.allCases.map { capitalized($0.name(language)) }
            + [language.pick(vi: "Không xét hạn", en: "Left out"),
               language.pick(vi: "Tỷ lệ hoàn thành nhiệm vụ đến hạn", en: "Done of come due"),
               language.pick(vi: "Tỷ lệ đúng hạn", en: "On time")]
        table(header, rows: rows, &lines) { counts in
            let grid = counts.deadlines
            return [counts.total, grid[.doneOnTime], grid[.doneLate], grid[.notYetDue], grid[.overdue], grid.outside]
                .map(language.number)
                + [grid.duePermille, grid.onTimePermille].map { $0.map { Percent.format(permille: $0, language) } ?? "—" }
        }
    }

    /// A table: the header, then a row of each title and the cells its counts give.
    private func table(_ header: [String], rows: [(String, PlanReport.Counts)], _ lines: inout ReportText,
                       cells: (PlanReport.Counts) -> [String]) {
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " ---: |", count: header.count - 1))
        for (title, counts) in rows {
            lines.append("| " + ([title] + cells(counts)).joined(separator: " | ") + " |")
        }
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
