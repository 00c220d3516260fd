/// The report as plain text, laid out like the office's written reports: a title, the
/// period and day, then three numbered sections (results per track, the whole plan and per
/// lead unit, by status and by deadline; the meetings' decisions; the open tasks carried over). It makes the report's typed lines; the text is
/// those lines printed.
struct ReportTextWriter {
    /// The words, in the report's language.
    let words: ReportWords

    /// The indent of the lines under a group heading.
    private static let listIndent = 3

    /// Fewer open tasks than this in a track are written on one thread.
    private static let parallelThreshold = 2048

    /// Adds the report's lines, in order, to `out`.
    func write(_ report: PlanReport, into out: inout some ReportLineSink) {
        out.add(ReportLine(.title, words.language.pick(vi: "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH",
                                                       en: "PLAN PROGRESS REPORT")))
        if let title = report.planTitle { out.add(ReportLine(.planTitle, title)) }
        if let period = words.periodLine(report) { out.add(ReportLine(.period, period)) }
        out.add(ReportLine(.asOf, words.asOfLine(report)))
        results(report, &out)
        meetings(report, &out)
        open(report, &out)
    }

    /// A blank line, then `II. TITLE`: a section's heading.
    private func heading(_ number: Int, _ title: String, _ out: inout some ReportLineSink) {
        out.add(.blank)
        out.add(ReportLine(.section, marker: ReportPeriod.roman(number) + ". ", title.uppercased()))
    }

    /// `3. Title`: a numbered group's heading.
    private func group(_ group: ReportLine.Group, _ number: Int, _ title: String, _ out: inout some ReportLineSink) {
        out.add(ReportLine(.group(group), marker: "\(number). ", title))
    }

    /// `   - Text`: an item of a list, two spaces further in for each level.
    private func item(_ item: ReportLine.Item, level: Int = 0, _ text: String, _ out: inout some ReportLineSink) {
        out.add(ReportLine(.item(item, level: level), indent: Self.listIndent + 2 * level, marker: "- ", text))
    }

    /// `   Tổng số 14 nhiệm vụ: …` and `   Theo hạn: …`: the counts of the group above, by status
    /// and by the deadline grid.
    private func counts(_ counts: PlanReport.Counts, _ report: PlanReport, _ out: inout some ReportLineSink) {
        out.add(ReportLine(.counts(donePermille: counts.total > 0 ? counts.donePermille : nil), indent: Self.listIndent,
                           words.summary(counts, report)))
        guard counts.total > 0 else { return }
        out.add(ReportLine(.deadlines(duePermille: counts.deadlines.duePermille), indent: Self.listIndent,
                           words.deadlineSummary(counts.deadlines)))
    }

    /// `   Không có …`: a sentence that there is nothing to list.
    private func note(_ text: String, _ out: inout some ReportLineSink) {
        out.add(ReportLine(.note, indent: Self.listIndent, text))
    }

    /// Section I: each track's counts and results, then the total's counts.
    private func results(_ report: PlanReport, _ out: inout some ReportLineSink) {
        heading(1, words.resultsSection, &out)
        let isEmpty = report.period != nil && report.total.total == 0
        if isEmpty {
            out.add(.blank)
            note(words.emptyPeriod(report), &out)
        }
        // With no task due or done in the period, a track still shows what its entries gathered.
        for (number, track) in report.tracks.enumerated() where !isEmpty || !track.results.isEmpty {
            out.add(.blank)
            group(.track, number + 1, words.trackTitle(track.title), &out)
            if !isEmpty { counts(track.counts, report, &out) }
            for result in track.results { item(.result, words.result(result), &out) }
        }
        if isEmpty { return }
        out.add(.blank)
        out.add(ReportLine(.group(.total), words.totalTitle(report)))
        counts(report.total, report, &out)
        groups(report.units, heading: .units, item: .unit, &out)
        groups(report.persons, heading: .persons, item: .person, &out)
    }

    /// A heading and a line per group, when there are groups (a plan that names no lead unit,
    /// or no person, has none).
    private func groups(_ groups: [PlanReport.GroupSummary], heading: ReportLine.Group, item kind: ReportLine.Item,
                        _ out: inout some ReportLineSink) {
        guard let first = groups.first else { return }
        out.add(.blank)
        out.add(ReportLine(.group(heading), words.groupsTitle(first.kind)))
        for group in groups { item(kind, words.group(group), &out) }
    }

    /// Section II: each meeting with the tasks it decided on, the decision and who is responsible.
    private func meetings(_ report: PlanReport, _ out: inout some ReportLineSink) {
        heading(2, words.meetingsSection, &out)
        out.add(.blank)
        guard !report.meetings.isEmpty else { return note(words.noMeetings, &out) }
        for (number, meeting) in report.meetings.enumerated() {
            if number > 0 { out.add(.blank) }
            group(.meeting, number + 1, words.meetingTitle(meeting), &out)
            if meeting.decisions.isEmpty { note(words.noDecisions, &out) }
            for decision in meeting.decisions {
                item(.decisionTask, words.decisionTask(decision), &out)
                labelled(.decision, words.decisionLabel, decision.decision, &out)
                if !decision.responsible.isEmpty {
                    labelled(.responsible, words.responsibleLabel, decision.responsible, &out)
                }
            }
        }
    }

    /// `     Label: first line`, further lines two spaces further in, under the label.
    private func labelled(_ label: ReportLine.Label, _ name: String, _ value: String,
                          _ out: inout some ReportLineSink) {
        for (index, line) in value.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            out.add(index == 0
                ? ReportLine(.labelled(label, continued: false), indent: Self.listIndent + 2, "\(name): \(line)")
                : ReportLine(.labelled(label, continued: true), indent: Self.listIndent + 4, String(line)))
        }
    }

    /// Section III: the open tasks of each track that has any, nested as in the plan.
    private func open(_ report: PlanReport, _ out: inout some ReportLineSink) {
        heading(3, words.openSection(report), &out)
        let tracks = report.tracks.enumerated().filter { !$0.element.open.isEmpty }
        guard !tracks.isEmpty else {
            out.add(.blank)
            return note(words.noOpenTasks, &out)
        }
        for (number, track) in tracks {
            out.add(.blank)
            group(.track, number + 1, words.trackTitle(track.title), &out)
            // The sentences of a large plan's open tasks are made on every core, then added in order.
            let sentences = ParallelRuns.map(track.open.count, threshold: Self.parallelThreshold) { [words] run in
                track.open[run].map(words.openTask)
            }
            for (task, sentence) in zip(track.open, sentences.joined()) {
                item(.openTask, level: task.level, sentence, &out)
            }
        }
    }
}
