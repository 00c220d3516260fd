/// A workbook as offices exchange them, before it is written: sheets of typed cells under a
/// header row, each column with its width. Dates are real dates (Excel serial numbers shown as
/// `dd/mm/yyyy`), numbers are numbers, and the header row stays in view while scrolling.
public struct Spreadsheet: Sendable, Equatable {
    /// One cell.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
        /// A number with a decimal part: a rate in percent (95.3).
        case decimal(Double)
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
    /// The plan's workbook. "Kế hoạch": the appendix's columns (the task's note and entries as
    /// the further lines of its cell, the due day a real date unless the words it was given still
    /// name it, the tags as "Ghi chú"), a bold group row per track, then the columns that carry
    /// the rest of each task (id, status, persons, dates, progress, document, other fields);
    /// "Đơn vị" and "Người theo dõi": the declarations. `workplan import` reads it back into the
    /// same tasks, fields and nesting.
    public static func plan(_ plan: Plan) -> Spreadsheet {
        let columns = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm",
                       "Ghi chú", "Mã", "Trạng thái", "Người theo dõi", "Bắt đầu", "Ngày hoàn thành", "Tiến độ",
                       "Văn bản giao", "Ngày văn bản", "Trường khác"]
        let entries = PlanPaperText.entries(of: plan)
        let bold = Set(entries.indices.filter { if case .track = entries[$0] { true } else { false } })
        // The rows of a large plan are made on every core.
        let rows = ParallelRuns.map(entries.count, threshold: 4096) { range in
            var dueWords = DueWordsShown()
            return entries[range].map { entry -> [Cell] in
                switch entry {
                case let .track(number, title):
                    return [.text(ReportPeriod.roman(number)), .text(PlanPaperText.trackTitle(title))]
                        + Array(repeating: .empty, count: columns.count - 2)
                case let .task(index, number):
                    let task = plan.tasks[index]
                    let text = { (value: String) -> Cell in value.isEmpty ? .empty : .text(value) }
                    let date = { (key: String) -> Cell in task.firstValid(key) { PlanDate(iso: $0) }.map(Cell.date) ?? .empty }
                    let body = plan.noteAndEntries(of: index)
                    let words = dueWords.words(of: task)
                    let due: Cell = words.map(Cell.text) ?? task.due.map(Cell.date) ?? .empty
                    return [
                        .text(number), .text(body.isEmpty ? task.title : task.title + "\n" + body),
                        text(task.lead.map(plan.unitName) ?? ""),
                        text(task.coordinators.map(plan.unitName).joined(separator: ", ")),
                        due, text(task.product ?? ""), text(PlanPaperText.tagsText(task)),
                        text(task.id ?? ""), text(task.status?.name(.vi) ?? ""), text(task.persons.joined(separator: ", ")),
                        date(Field.Key.start), date(Field.Key.done),
                        text(task.firstValid(Field.Key.progress) { Progress($0) != nil ? $0 : nil } ?? ""),
                        text(task.value(Field.Key.document) ?? ""), date(Field.Key.documentDate),
                        text(unshown(task, wordsShown: words != nil).map(\.token).joined(separator: " ")),
                    ]
                }
            }
        }.flatMap { $0 }
        let units = plan.units.map { [Cell.text($0.code), .text($0.name)] }
        let persons = plan.persons.map { person -> [Cell] in
            let line = plan.text.string(person.line)
            let declaration = line.firstIndex(of: ":").map { line[line.index(after: $0)...].trimmed } ?? person.name
            return [.text(person.handle), .text(declaration)]
        }
        return Spreadsheet(sheets: [
            Sheet(name: "Kế hoạch", columns: columns, widths: widths(columns, rows), rows: rows, boldRows: bold),
            Sheet(name: "Đơn vị", columns: ["Mã", "Tên đơn vị"], widths: widths(["Mã", "Tên đơn vị"], units), rows: units),
            Sheet(name: "Người theo dõi", columns: ["Mã", "Họ tên, chức vụ, đơn vị"],
                  widths: widths(["Mã", "Họ tên, chức vụ, đơn vị"], persons), rows: persons),
        ])
    }

    /// The fields of a task that no column of the plan's sheet shows, in order, for its last
    /// column. The columns show the lists (`with`, `person`, `tag`) whole, the first `id`,
    /// `lead`, `product` and `doc`, and the first readable date and progress (the values the
    /// plan reads, `PlanTask`); a value written again, one that cannot be read and any other
    /// key stay as written, so that `workplan import` gives back every field.
    static func unshown(_ task: PlanTask, wordsShown: Bool) -> [Field] {
        // A task has a few fields: a list is cheaper than a set, made for each of 100,000 rows.
        var shown: [String] = []
        return task.fields.filter { field in
            let readable: Bool
            switch field.key {
            case Field.Key.with, Field.Key.person, Field.Key.tag:
                return false
            case Field.Key.id, Field.Key.lead, Field.Key.product, Field.Key.document:
                readable = true
            case Field.Key.due, Field.Key.start, Field.Key.done, Field.Key.documentDate:
                readable = PlanDate(iso: field.value) != nil
            case Field.Key.progress:
                readable = Progress(field.value) != nil
            case Field.Key.dueWords:
                readable = wordsShown
            default:
                return true
            }
            guard readable, !shown.contains(field.key) else { return true }
            shown.append(field.key)
            return false
        }
    }

    /// Widths that fit each column's header and the longest line of its first 2,000 cells.
    static func widths(_ columns: [String], _ rows: [[Cell]]) -> [Int] {
        columns.indices.map { column in
            let texts = rows.prefix(2000).map { row -> String in
                guard column < row.count else { return "" }
                switch row[column] {
                case let .text(text): return String(text.split(whereSeparator: \.isNewline).max { $0.count < $1.count } ?? "")
                case .date: return "dd/mm/yyyy"
                case let .number(number): return "\(number)"
                case let .decimal(number): return "\(number)"
                case .empty: return ""
                }
            }
            return fittingWidth([columns[column]] + texts)
        }
    }
}
