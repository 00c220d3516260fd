/// The report as plain text, laid out like the office's written reports: a title, the
/// period and day, then three numbered sections (results per track, the meetings'
/// decisions, the open tasks carried over).
struct ReportTextWriter {
    let words: ReportWords

    /// Writes the whole text, ending with a newline, into `out`.
    func write(_ report: PlanReport, into out: inout ReportText) {
        out.append(words.language.pick(vi: "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH", en: "PLAN PROGRESS REPORT"))
        if let title = report.planTitle { out.append(title) }
        if let period = words.periodLine(report) { out.append(period) }
        out.append(words.asOfLine(report))
        results(report, &out)
        meetings(report, &out)
        open(report, &out)
    }

    private func heading(_ number: Int, _ title: String, _ out: inout ReportText) {
        out.append("")
        out.append(ReportPeriod.roman(number) + ". " + title.uppercased())
    }

    private func results(_ report: PlanReport, _ out: inout ReportText) {
        heading(1, words.resultsSection, &out)
        for (number, track) in report.tracks.enumerated() {
            out.append("")
            out.append("\(number + 1). \(words.trackTitle(track.title))")
            out.append("   " + words.summary(track.counts, report))
            for result in track.results { out.append("   - " + words.result(result)) }
        }
        out.append("")
        out.append(words.totalTitle(report))
        out.append("   " + words.summary(report.total, report))
    }

    private func meetings(_ report: PlanReport, _ out: inout ReportText) {
        heading(2, words.meetingsSection, &out)
        out.append("")
        guard !report.meetings.isEmpty else { return out.append("   " + words.noMeetings) }
        for (number, meeting) in report.meetings.enumerated() {
            if number > 0 { out.append("") }
            out.append("\(number + 1). " + words.meetingTitle(meeting))
            if meeting.decisions.isEmpty { out.append("   " + words.noDecisions) }
            for decision in meeting.decisions {
                out.append("   - " + words.decisionTask(decision))
                labelled(words.decisionLabel, decision.decision, &out)
                if !decision.responsible.isEmpty { labelled(words.responsibleLabel, decision.responsible, &out) }
            }
        }
    }

    /// `     Label: first line`, further lines indented under it.
    private func labelled(_ label: String, _ value: String, _ out: inout ReportText) {
        for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            out.append((index == 0 ? "     \(label): " : "       ") + line)
        }
    }

    private func open(_ report: PlanReport, _ out: inout ReportText) {
        heading(3, words.openSection(report), &out)
        let tracks = report.tracks.enumerated().filter { !$0.element.open.isEmpty }
        guard !tracks.isEmpty else {
            out.append("")
            return out.append("   " + words.noOpenTasks)
        }
        for (number, track) in tracks {
            out.append("")
            out.append("\(number + 1). \(words.trackTitle(track.title))")
            for task in track.open {
                out.append(String(repeating: "  ", count: task.level) + "   - " + words.openTask(task))
            }
        }
    }
}
