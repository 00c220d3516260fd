/// The report as one CSV table with a header row, for spreadsheets: the `section` column
/// tells what a row is (`track`, `total`, `unit`, `result`, `meeting`, `decision`, `open`) and each
/// row fills the columns that apply to it (see docs/report.md).
enum ReportCSVWriter {
    /// The columns, in order.
    static let columns = ["section", "track", "id", "title", "total", "done", "in_progress", "overdue", "not_started",
                          "postponed", "blocked", "cancelled", "unknown", "done_later", "percent",
                          "done_on_time", "done_late", "not_yet_due", "no_deadline", "due_rate", "on_time_rate",
                          "progress", "received", "eligible", "handled", "unit", "lead", "due", "status", "level",
                          "days_overdue", "working_days_overdue", "date", "meeting", "decision", "responsible",
                          "entries", "count", "of", "extended", "extended_from", "extended_to"]

    /// The table, each row ending with CRLF, after a byte-order mark so that Excel on a
    /// Vietnamese Windows reads it as UTF-8.
    static func write(_ report: PlanReport) -> String {
        var out = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n"
        func add(_ row: [String: String]) {
            out += columns.map { CSVField.quote(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
        }
        for track in report.tracks { add(counts(track.counts, section: "track", track: track.title)) }
        add(counts(report.total, section: "total", track: ""))
        for group in report.units + report.persons {
            let section = group.kind == .unit ? "unit" : "person"
            add(counts(group.counts, section: section, track: "")
                .merging(["id": group.code ?? "", "title": group.name ?? ""]) { _, new in new })
        }
        for track in report.tracks {
            for line in track.results {
                add(result(line, track: track.title))
                for sum in line.entries?.sums ?? [] { add(self.sum(sum, of: line, track: track.title)) }
            }
        }
        for meeting in report.meetings {
            let common = ["date": meeting.date.iso, "meeting": meeting.title]
            add(common.merging(["section": "meeting"]) { first, _ in first })
            for decision in meeting.decisions {
                add(common.merging(["section": "decision", "id": decision.taskId, "title": decision.title,
                                    "decision": decision.decision, "responsible": decision.responsible]) { first, _ in first })
            }
        }
        for track in report.tracks {
            for task in track.open { add(open(task, track: track.title)) }
        }
        return out
    }

    private static func counts(_ counts: PlanReport.Counts, section: String, track: String) -> [String: String] {
        let grid = counts.deadlines
        return ["section": section, "track": track, "total": "\(counts.total)", "done": "\(counts.done)",
                "in_progress": "\(counts.inProgress)", "overdue": "\(grid.overdue)", "not_started": "\(counts.notStarted)",
                "postponed": "\(counts.postponed)", "blocked": "\(counts.blocked)", "cancelled": "\(counts.cancelled)",
                "unknown": "\(counts.unknown)", "done_later": "\(counts.doneLater)",
                "percent": ReportValues.percent(permille: counts.donePermille),
                "done_on_time": "\(grid.doneOnTime)", "done_late": "\(grid.doneLate)", "not_yet_due": "\(grid.notYetDue)",
                "no_deadline": "\(grid.noDeadline)", "due_rate": grid.duePermille.map(ReportValues.percent) ?? "",
                "on_time_rate": grid.onTimePermille.map(ReportValues.percent) ?? "", "extended": "\(grid.extended)"]
    }

    private static func result(_ line: PlanReport.ResultLine, track: String) -> [String: String] {
        var row = ["section": "result", "track": track, "id": line.id ?? "", "title": line.title,
                   "progress": line.progress?.text ?? ""]
        row["percent"] = ReportValues.permille(line).map { ReportValues.percent(permille: $0) }
        row["received"] = line.counted?.received.map(String.init)
        row["eligible"] = line.counted?.eligible.map(String.init)
        row["handled"] = line.counted?.handled.map(String.init)
        row["unit"] = line.counted?.unit
        row["entries"] = line.entries.map { "\($0.countedEntries)" }
        return row
    }

    /// One kind of count summed from a task's entries: `count` and `unit`, and for the part of a
    /// share the words of its whole (`of`) and the share (`percent`).
    private static func sum(_ sum: EntryTotals.Sum, of line: PlanReport.ResultLine, track: String) -> [String: String] {
        ["section": "sum", "track": track, "id": line.id ?? "", "title": line.title, "count": "\(sum.count)",
         "unit": sum.words, "of": sum.whole ?? "", "percent": sum.permille.map { ReportValues.percent(permille: $0) } ?? ""]
    }

    private static func open(_ task: PlanReport.OpenTask, track: String) -> [String: String] {
        ["section": "open", "track": track, "id": task.id ?? "", "title": task.title, "lead": task.lead ?? "",
         "due": task.due?.iso ?? "", "status": ReportValues.status(task.status), "overdue": task.isOverdue ? "1" : "0",
         "level": "\(task.level)", "date": task.doneLater?.iso ?? "",
         "days_overdue": task.overdue.map { "\($0.days)" } ?? "",
         "working_days_overdue": task.overdue.map { "\($0.workingDays)" } ?? "",
         "extended_from": task.extendedFrom?.iso ?? "", "extended_to": task.extendedTo?.iso ?? ""]
    }
}
