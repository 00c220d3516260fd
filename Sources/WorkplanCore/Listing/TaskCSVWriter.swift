/// Tasks as a CSV table for a spreadsheet: a UTF-8 byte-order mark first (Excel on a
/// Vietnamese Windows reads a file without one as mojibake), a header row in the listing's
/// language, then one row a task with every field the file holds: its place, units and persons,
/// dates (ISO, which Excel takes as dates), progress, tags, the assigning document and the
/// output, the counted results, the dated entries, the note and any other key. RFC 4180, CRLF.
struct TaskCSVWriter {
    /// The language of the header and of the statuses.
    let language: Language
    /// The day against which overdue tasks are marked.
    let today: PlanDate

    /// The bytes a CSV file starts with so that spreadsheets read it as UTF-8.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// What a column's values are, for a workbook that types its cells: words, whole numbers or
    /// days (ISO in the CSV file).
    enum Kind: Sendable {
        case text, number, date
    }

    /// A column: its header in each language, what its values are, and its value in a task's row.
    private struct Column: Sendable {
        let vi: String
        let en: String
        var kind: Kind = .text
        let value: @Sendable (TaskRecord, Language) -> String
    }

    /// The keys the columns show by name; any other key goes to the last column but one.
    private static let named: Set<String> = [Field.Key.id, Field.Key.lead, Field.Key.with, Field.Key.person, Field.Key.due,
                                             Field.Key.start, Field.Key.done, Field.Key.progress, Field.Key.tag,
                                             Field.Key.document, Field.Key.documentDate, Field.Key.product,
                                             CountKey.received.rawValue, CountKey.eligible.rawValue,
                                             CountKey.handled.rawValue, CountedResult.unitKey]

    private static let columns: [Column] = [
        Column(vi: "Mã", en: "Id") { record, _ in record.id ?? "" },
        Column(vi: "Trạng thái", en: "Status") { record, language in record.statusName(language) },
        Column(vi: "Mảng", en: "Track") { record, _ in record.track },
        Column(vi: "Cấp", en: "Level", kind: .number) { record, _ in String(record.depth) },
        Column(vi: "Nhiệm vụ", en: "Task") { record, _ in record.title },
        Column(vi: "Chủ trì", en: "Lead") { record, _ in record.lead ?? "" },
        Column(vi: "Phối hợp", en: "With") { record, _ in record.with.joined(separator: ", ") },
        Column(vi: "Người theo dõi", en: "Followed by") { record, _ in record.persons.joined(separator: ", ") },
        Column(vi: "Bắt đầu", en: "Start", kind: .date) { record, _ in record.start ?? "" },
        Column(vi: "Hạn", en: "Due", kind: .date) { record, _ in record.due ?? "" },
        Column(vi: "Hoàn thành", en: "Done", kind: .date) { record, _ in record.done ?? "" },
        Column(vi: "Tiến độ", en: "Progress") { record, _ in record.progress ?? "" },
        Column(vi: "Quá hạn", en: "Overdue", kind: .number) { record, _ in record.overdue ? "1" : "0" },
        Column(vi: "Thẻ", en: "Tags") { record, _ in record.tags.map(words).joined(separator: ", ") },
        Column(vi: "Văn bản giao", en: "Assigned by") { record, _ in record.fields[Field.Key.document] ?? "" },
        Column(vi: "Ngày văn bản", en: "Document's date", kind: .date) { record, _ in record.fields[Field.Key.documentDate] ?? "" },
        Column(vi: "Sản phẩm", en: "Output") { record, _ in record.fields[Field.Key.product].map(words) ?? "" },
        Column(vi: "Tiếp nhận", en: "Received", kind: .number) { record, _ in record.fields[CountKey.received.rawValue] ?? "" },
        Column(vi: "Đủ điều kiện", en: "Eligible", kind: .number) { record, _ in record.fields[CountKey.eligible.rawValue] ?? "" },
        Column(vi: "Đã xử lý", en: "Handled", kind: .number) { record, _ in record.fields[CountKey.handled.rawValue] ?? "" },
        Column(vi: "Đơn vị tính", en: "Counted in") { record, _ in record.fields[CountedResult.unitKey].map(words) ?? "" },
        Column(vi: "Mục ghi", en: "Entries") { record, _ in record.entries.joined(separator: "\n") },
        Column(vi: "Ghi chú", en: "Note") { record, _ in record.note ?? "" },
        Column(vi: "Trường khác", en: "Other fields") { record, _ in
            record.otherFields.filter { !named.contains($0.key) }.map(\.token).joined(separator: " ")
        },
        Column(vi: "Dòng", en: "Line", kind: .number) { record, _ in String(record.line) },
    ]

    /// The header row's names, in the language.
    func header() -> [String] {
        Self.columns.map { language.pick(vi: $0.vi, en: $0.en) }
    }

    /// Each column's kind, in order.
    static var kinds: [Kind] { columns.map(\.kind) }

    /// The values of one task's row, in column order, as the CSV file writes them.
    func values(_ index: Int, of plan: Plan) -> [String] {
        let record = TaskRecord(plan: plan, index: index, today: today)
        return Self.columns.map { $0.value(record, language) }
    }

    /// Writes the table, in chunks, to `sink`.
    func write(_ indexes: [Int], of plan: Plan, to sink: ([UInt8]) -> Void) {
        var out = Self.byteOrderMark + Array((header().map(CSVField.quote).joined(separator: ",") + "\r\n").utf8)
        for index in indexes {
            let row = values(index, of: plan).map(CSVField.quote)
            out.append(contentsOf: (row.joined(separator: ",") + "\r\n").utf8)
            if out.count >= 1 << 16 {
                sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        sink(out)
    }

    /// Words written with `_` for a space, as a spreadsheet reader reads them.
    private static func words(_ value: String) -> String {
        value.replacing("_", with: " ")
    }
}

/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// The field, in double quotes when it holds a comma, a quote or a line break.
    static func quote(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
