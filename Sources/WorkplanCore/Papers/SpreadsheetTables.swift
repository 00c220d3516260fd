/// The list's and the report's tables as workbooks: the same columns and values as their CSV
/// files (one source for both), with numbers as numbers and days as dates.
extension Spreadsheet {
    /// The tasks of `workplan list` as one sheet, "Danh sách" ("Tasks"): every field, as
    /// `list --format csv` has them, the header in `language`.
    public static func list(_ indexes: [Int], of plan: Plan, today: PlanDate, language: Language) -> Spreadsheet {
        let writer = TaskCSVWriter(language: language, today: today)
        let kinds = TaskCSVWriter.kinds
        let rows = ParallelRuns.map(indexes.count, threshold: 4096) { range in
            indexes[range].map { index in
                zip(writer.values(index, of: plan), kinds).map { value, kind in typed(value, kind) }
            }
        }.flatMap { $0 }
        let columns = writer.header()
        return Spreadsheet(sheets: [Sheet(name: language.pick(vi: "Danh sách", en: "Tasks"), columns: columns,
                                          widths: widths(columns, rows), rows: rows)])
    }

    /// The report's tables, a sheet each, from the rows of `report --format csv`: the counts and
    /// the deadline grid per track and for the whole plan, per unit, per person, the counted
    /// results and the sums of entries, the meetings' decisions, the open tasks. Each sheet has
    /// the columns its rows fill; a sheet without rows is left out.
    public static func report(_ report: PlanReport, language: Language) -> Spreadsheet {
        let rows = ReportCSVWriter.rows(report)
        let names = Dictionary(uniqueKeysWithValues: zip(ReportCSVWriter.columns, ReportCSVWriter.header(language)))
        let sheets: [(vi: String, en: String, sections: [String])] = [
            ("Tổng hợp", "Summary", ["track", "total"]), ("Đơn vị", "Units", ["unit"]), ("Người theo dõi", "Persons", ["person"]),
            ("Kết quả", "Results", ["result", "sum"]), ("Cuộc họp", "Meetings", ["meeting", "decision"]),
            ("Chuyển tiếp", "Open tasks", ["open"]),
        ]
        var workbook = Spreadsheet(sheets: [])
        for sheet in sheets {
            let chosen = rows.filter { sheet.sections.contains($0["section"] ?? "") }
            guard !chosen.isEmpty else { continue }
            let keys = ReportCSVWriter.columns.filter { key in
                (key != "section" || sheet.sections.count > 1) && chosen.contains { !($0[key] ?? "").isEmpty }
            }
            let cells = chosen.map { row in keys.map { typed(shown(row[$0] ?? "", key: $0, language), reportKind(of: $0)) } }
            let columns = keys.map { names[$0] ?? $0 }
            workbook.sheets.append(Sheet(name: language.pick(vi: sheet.vi, en: sheet.en), columns: columns,
                                         widths: widths(columns, cells), rows: cells))
        }
        return workbook
    }

    /// A value as an officer reads it: what a row is and a task's status in the language (the CSV
    /// file keeps the English keys, which programs read).
    private static func shown(_ value: String, key: String, _ language: Language) -> String {
        switch key {
        case "section":
            let names: [String: (vi: String, en: String)] = [
                "track": ("Mảng", "Track"), "total": ("Toàn kế hoạch", "Whole plan"), "result": ("Kết quả", "Result"),
                "sum": ("Cộng các mục ghi", "Sum of entries"), "meeting": ("Cuộc họp", "Meeting"), "decision": ("Kết luận", "Decision"),
            ]
            return names[value].map { language.pick(vi: $0.vi, en: $0.en) } ?? value
        case "status":
            return TaskStatus(keyword: value)?.name(language) ?? value
        default:
            return value
        }
    }

    /// The report's columns that count (whole numbers), give a rate (decimals) or a day.
    private static func reportKind(of key: String) -> TaskCSVWriter.Kind? {
        switch key {
        case "percent", "due_rate", "on_time_rate": nil
        case "due", "date", "extended_from", "extended_to": .date
        case "total", "done", "in_progress", "overdue", "not_started", "postponed", "blocked", "cancelled", "unknown",
             "done_later", "done_on_time", "done_late", "not_yet_due", "no_deadline", "received", "eligible", "handled",
             "level", "days_overdue", "working_days_overdue", "count", "extended", "entries":
            .number
        default: .text
        }
    }

    /// A value as a typed cell: a whole number or a day when the column holds them and the value
    /// is one, a decimal for a rate (`nil` kind), else the text.
    private static func typed(_ value: String, _ kind: TaskCSVWriter.Kind?) -> Cell {
        guard !value.isEmpty else { return .empty }
        switch kind {
        case .number: return Int(value).map(Cell.number) ?? .text(value)
        case .date: return PlanDate(iso: value).map(Cell.date) ?? .text(value)
        case nil: return Double(value).map(Cell.decimal) ?? .text(value)
        case .text: return .text(value)
        }
    }
}
