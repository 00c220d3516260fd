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

    /// The columns' names in a Vietnamese header, for an officer who opens the table in a
    /// spreadsheet; in English the header keeps the keys, which programs read.
    static let vietnameseNames: [String: String] = [
        "section": "Phần", "track": "Mảng", "id": "Mã", "title": "Tên", "total": "Tổng số", "done": "Hoàn thành",
        "in_progress": "Đang thực hiện", "overdue": "Quá hạn", "not_started": "Chưa thực hiện", "postponed": "Tạm hoãn",
        "blocked": "Vướng mắc", "cancelled": "Hủy bỏ", "unknown": "Trạng thái không rõ",
        "done_later": "Hoàn thành sau ngày báo cáo", "percent": "Tỷ lệ (%)", "done_on_time": "Hoàn thành đúng hạn",
        "done_late": "Hoàn thành quá hạn", "not_yet_due": "Chưa đến hạn", "no_deadline": "Không có hạn",
        "due_rate": "Tỷ lệ hoàn thành nhiệm vụ đến hạn (%)", "on_time_rate": "Tỷ lệ đúng hạn (%)",
        "progress": "Tiến độ", "received": "Tiếp nhận", "eligible": "Đủ điều kiện", "handled": "Đã xử lý",
        "unit": "Đơn vị tính", "lead": "Chủ trì", "due": "Hạn", "status": "Trạng thái", "level": "Cấp",
        "days_overdue": "Số ngày quá hạn", "working_days_overdue": "Số ngày làm việc quá hạn", "date": "Ngày",
        "meeting": "Cuộc họp", "decision": "Kết luận", "responsible": "Phụ trách", "entries": "Số lần ghi",
        "count": "Số", "of": "Trên tổng", "extended": "Được gia hạn", "extended_from": "Gia hạn từ",
        "extended_to": "Gia hạn đến",
    ]

    /// The table, each row ending with CRLF, after a byte-order mark so that Excel on a
    /// Vietnamese Windows reads it as UTF-8; the header in `language`, the rows alike in both.
    static func write(_ report: PlanReport, language: Language) -> String {
        var out = "\u{FEFF}" + header(language).map(CSVField.quote).joined(separator: ",") + "\r\n"
        for row in rows(report) {
            out += columns.map { CSVField.quote(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// The header's names in `language`.
    static func header(_ language: Language) -> [String] {
        language == .vi ? columns.map { vietnameseNames[$0] ?? $0 } : columns
    }

    /// The report's rows, each a column's value by its key, `section` saying what the row is:
    /// the one table the CSV file writes and the workbook splits into sheets.
    static func rows(_ report: PlanReport) -> [[String: String]] {
        var rows: [[String: String]] = []
        for track in report.tracks { rows.append(counts(track.counts, section: "track", track: track.title)) }
        rows.append(counts(report.total, section: "total", track: ""))
        for group in report.units + report.persons {
            let section = group.kind == .unit ? "unit" : "person"
            rows.append(counts(group.counts, section: section, track: "")
                .merging(["id": group.code ?? "", "title": group.name ?? ""]) { _, new in new })
        }
        for track in report.tracks {
            for line in track.results {
                rows.append(result(line, track: track.title))
                for sum in line.entries?.sums ?? [] { rows.append(self.sum(sum, of: line, track: track.title)) }
            }
        }
        for meeting in report.meetings {
            let common = ["date": meeting.date.iso, "meeting": meeting.title]
            rows.append(common.merging(["section": "meeting"]) { first, _ in first })
            for decision in meeting.decisions {
                rows.append(common.merging(["section": "decision", "id": decision.taskId, "title": decision.title,
                                            "decision": decision.decision, "responsible": decision.responsible]) { first, _ in first })
            }
        }
        for track in report.tracks {
            for task in track.open { rows.append(open(task, track: track.title)) }
        }
        return rows
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
