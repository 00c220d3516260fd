/// The report as one JSON object for programs: ISO dates, percentages as numbers, statuses
/// as English words; absent values are left out (the shape is in docs/report.md).
enum ReportJSONWriter {
    /// The object, ending with a newline, handed to `sink` in chunks.
    static func write(_ report: PlanReport, to sink: (String) -> Void) {
        var members: [(String, ReportJSONValue)] = []
        if let title = report.planTitle { members.append(("title", .string(title))) }
        members.append(("asOf", .string(report.asOf.iso)))
        if report.basis == .original { members.append(("against", .string("original"))) }
        if let period = report.period {
            members.append(("period", .object([("kind", .string(kind(period.kind))), ("from", .string(period.from.iso)),
                                               ("to", .string(period.to.iso))])))
        }
        members.append(("tracks", .array(report.tracks.map(track))))
        members.append(("total", .object(counts(report.total))))
        members.append(("units", .array(report.units.map(group))))
        members.append(("persons", .array(report.persons.map(group))))
        members.append(("meetings", .array(report.meetings.map(meeting))))
        ReportJSONValue.object(members).write(to: sink)
    }

    private static func kind(_ kind: ReportPeriod.Kind) -> String {
        switch kind {
        case .month: "month"
        case .quarter: "quarter"
        case .year: "year"
        case .range: "range"
        }
    }

    private static func track(_ track: PlanReport.TrackSummary) -> ReportJSONValue {
        .object([("title", .string(track.title))] + counts(track.counts)
                + [("results", .array(track.results.map(result))),
                   ("open", .each(track.open.count) { open(track.open[$0]) })])
    }

    private static func group(_ group: PlanReport.GroupSummary) -> ReportJSONValue {
        .object([("code", group.code.map(ReportJSONValue.string) ?? .null),
                 ("name", group.name.map(ReportJSONValue.string) ?? .null)] + counts(group.counts))
    }

    /// A group's counts, as members of the group's object: the statuses (which add up to
    /// `total`), the share done of all, the four states of the deadline grid, the tasks left
    /// out of it, and its two rates in percent (null while no task has come due).
    private static func counts(_ counts: PlanReport.Counts) -> [(String, ReportJSONValue)] {
        let grid = counts.deadlines
        let rate = { (permille: Int?) in permille.map { ReportJSONValue.number(ReportValues.percent(permille: $0)) } ?? .null }
        return [("total", .int(counts.total)), ("done", .int(counts.done)), ("inProgress", .int(counts.inProgress)),
                ("notStarted", .int(counts.notStarted)), ("postponed", .int(counts.postponed)),
                ("blocked", .int(counts.blocked)), ("cancelled", .int(counts.cancelled)),
                ("unknown", .int(counts.unknown)), ("doneLater", .int(counts.doneLater)),
                ("donePercent", .number(ReportValues.percent(permille: counts.donePermille))),
                ("doneOnTime", .int(grid.doneOnTime)), ("doneLate", .int(grid.doneLate)),
                ("notYetDue", .int(grid.notYetDue)), ("overdue", .int(grid.overdue)),
                ("noDeadline", .int(grid.noDeadline)), ("comeDue", .int(grid.comeDue)),
                ("dueRate", rate(grid.duePermille)), ("onTimeRate", rate(grid.onTimePermille)),
                ("extended", .int(grid.extended))]
    }

    private static func result(_ line: PlanReport.ResultLine) -> ReportJSONValue {
        var members: [(String, ReportJSONValue)] = []
        if let id = line.id { members.append(("id", .string(id))) }
        members.append(("title", .string(line.title)))
        if let progress = line.progress { members.append(("progress", .string(progress.text))) }
        if let counted = line.counted {
            if let received = counted.received { members.append(("received", .int(received))) }
            if let eligible = counted.eligible { members.append(("eligible", .int(eligible))) }
            if let handled = counted.handled { members.append(("handled", .int(handled))) }
            if let unit = counted.unit { members.append(("unit", .string(unit))) }
        }
        if let permille = ReportValues.permille(line) {
            members.append(("percent", .number(ReportValues.percent(permille: permille))))
        }
        if let entries = line.entries { members += self.entries(entries) }
        return .object(members)
    }

    /// A task's entries in the span: how many hold counts and how many are progress notes, the
    /// sums (`count`, `unit`, and for the part of a share its `of` and `percent`), the text in
    /// the office's words and the latest progress note.
    private static func entries(_ entries: EntryTotals) -> [(String, ReportJSONValue)] {
        let sums = entries.sums.map { sum in
            var members: [(String, ReportJSONValue)] = [("count", .int(sum.count)), ("unit", .string(sum.words))]
            if let whole = sum.whole { members.append(("of", .string(whole))) }
            if let permille = sum.permille { members.append(("percent", .number(ReportValues.percent(permille: permille)))) }
            return ReportJSONValue.object(members)
        }
        var members: [(String, ReportJSONValue)] = [
            ("entries", .int(entries.countedEntries)), ("progressNotes", .int(entries.progressNotes)),
            ("totals", .array(sums)),
        ]
        if let note = entries.latestNote {
            members.append(("latestProgressNote", .object([("date", .string(note.date.iso)), ("text", .string(note.text))])))
        }
        return members
    }

    private static func open(_ task: PlanReport.OpenTask) -> ReportJSONValue {
        var members: [(String, ReportJSONValue)] = []
        if let id = task.id { members.append(("id", .string(id))) }
        members.append(("title", .string(task.title)))
        if let lead = task.lead { members.append(("lead", .string(lead))) }
        if let due = task.due { members.append(("due", .string(due.iso))) }
        if let first = task.extendedFrom { members.append(("extendedFrom", .string(first.iso))) }
        if let later = task.extendedTo { members.append(("extendedTo", .string(later.iso))) }
        if let counted = task.countedTo { members.append(("countedTo", .string(counted.iso))) }
        members.append(("status", .string(ReportValues.status(task.status))))
        if let done = task.doneLater { members.append(("doneLater", .string(done.iso))) }
        members.append(("overdue", .bool(task.isOverdue)))
        if let age = task.overdue {
            members.append(("daysOverdue", .int(age.days)))
            members.append(("workingDaysOverdue", .int(age.workingDays)))
        }
        members.append(("level", .int(task.level)))
        return .object(members)
    }

    private static func meeting(_ meeting: PlanReport.MeetingSummary) -> ReportJSONValue {
        .object([("date", .string(meeting.date.iso)), ("title", .string(meeting.title)),
                 ("decisions", .array(meeting.decisions.map { decision in
                     .object([("id", .string(decision.taskId)), ("title", .string(decision.title)),
                              ("decision", .string(decision.decision)), ("responsible", .string(decision.responsible))])
                 }))])
    }
}
