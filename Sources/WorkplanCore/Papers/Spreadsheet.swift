/// A workbook as offices exchange them, before it is written: sheets of typed cells under a
/// header row, each column with its width. Dates are real dates (Excel serial numbers shown as
/// `dd/mm/yyyy`), numbers are numbers, and the header row stays in view while scrolling.
public struct Spreadsheet: Sendable, Equatable {
    /// One cell.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        case date(PlanDate)
        case empty
    }

    /// One sheet.
    public struct Sheet: Sendable, Equatable {
        /// Its name on its tab (at most 31 characters, without `[]:*?/\`).
        public var name: String
        /// The header row's titles.
        public var columns: [String]
        /// Each column's width, in characters.
        public var widths: [Int]
        /// The rows under the header.
        public var rows: [[Cell]]
        /// The rows shown in bold (a track's group row).
        public var boldRows: Set<Int> = []
    }

    /// The sheets, in order.
    public var sheets: [Sheet]

    /// The Excel serial number of a day: days since 1899-12-30 (every plan's day comes after
    /// March 1900, where Excel's count of a 29 February 1900 no longer matters).
    static func serial(_ date: PlanDate) -> Int {
        date.dayNumber + 25_569
    }

    /// A column's letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    /// A width that fits the longest text of a column (header included), between 6 and 60.
    static func fittingWidth(_ texts: [String]) -> Int {
        min(60, max(6, (texts.map { TextWrapping.columns($0) }.max() ?? 0) + 2))
    }
}

extension Spreadsheet {
    /// The plan's task table as one sheet, "Kế hoạch": the appendix's columns, with the due day
    /// as a real date, a bold group row per track, and the task's id and status beside it so that
    /// the sheet reads back into the same plan.
    public static func plan(_ plan: Plan) -> Spreadsheet {
        let columns = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm",
                       "Ghi chú", "Mã", "Trạng thái"]
        let entries = PlanPaperText.entries(of: plan)
        let bold = Set(entries.indices.filter { if case .track = entries[$0] { true } else { false } })
        // The rows of a large plan are made on every core.
        let rows = ParallelRuns.map(entries.count, threshold: 4096) { range in
            entries[range].map { entry -> [Cell] in
                switch entry {
                case let .track(number, title):
                    return [.text(ReportPeriod.roman(number)), .text(PlanPaperText.trackTitle(title))]
                        + Array(repeating: .empty, count: columns.count - 2)
                case let .task(index, number):
                    let task = plan.tasks[index]
                    let text = { (value: String) -> Cell in value.isEmpty ? .empty : .text(value) }
                    return [
                        .text(number), .text(task.title), text(task.lead.map(plan.unitName) ?? ""),
                        text(task.coordinators.map(plan.unitName).joined(separator: ", ")),
                        task.due.map(Cell.date) ?? .empty, text(task.product ?? ""), text(PlanPaperText.tagsText(task)),
                        text(task.id ?? ""), text(task.status?.name(.vi) ?? ""),
                    ]
                }
            }
        }.flatMap { $0 }
        let widths = columns.indices.map { column in
            let texts = rows.prefix(2000).map { row -> String in
                switch row[column] {
                case let .text(text): text
                case .date: "dd/mm/yyyy"
                case let .number(number): "\(number)"
                case .empty: ""
                }
            }
            return fittingWidth([columns[column]] + texts)
        }
        return Spreadsheet(sheets: [Sheet(name: "Kế hoạch", columns: columns, widths: widths, rows: rows, boldRows: bold)])
    }
}
