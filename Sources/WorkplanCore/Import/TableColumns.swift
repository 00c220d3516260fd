/// What each column of an imported table holds, found from its header row by the names offices
/// give their columns, with or without diacritics, in Vietnamese or in English: "Nội dung nhiệm
/// vụ", "Noi dung", "Đơn vị chủ trì", "Thời gian hoàn thành", and the names `workplan` itself
/// writes in its CSV and workbooks, so that what it exports it reads back.
struct TableColumns: Sendable {
    /// A column's meaning.
    enum Role: String, Sendable, CaseIterable {
        case number, title, lead, coordinators, due, product, remark, tags, id, status, persons, track, level
        case start, done, progress, document, documentDate, note, entries, received, eligible, handled, countUnit
        case otherFields, ignored
    }

    /// The row that names the columns.
    let headerRow: Int
    /// The index of the header row among the sheet's rows.
    let headerIndex: Int
    /// The column of each role found.
    let columns: [Role: Int]

    subscript(role: Role) -> Int? { columns[role] }

    /// The names of each role, folded (`TextFolding.fold`, punctuation as spaces, spaces collapsed).
    /// A header matches a role when it is one of them.
    private static let names: [Role: [String]] = [
        .number: ["stt", "tt", "so tt", "so thu tu", "no", "number"],
        .title: ["noi dung nhiem vu", "noi dung cong viec", "noi dung", "nhiem vu", "ten nhiem vu", "cong viec",
                 "ten cong viec", "noi dung cong tac", "task", "tasks", "title"],
        .lead: ["don vi chu tri", "chu tri", "co quan chu tri", "don vi chu tri thuc hien", "co quan chu tri thuc hien",
                "don vi thuc hien", "co quan thuc hien", "lead", "lead unit"],
        .coordinators: ["don vi phoi hop", "phoi hop", "co quan phoi hop", "don vi phoi hop thuc hien", "with",
                        "coordinating units"],
        .due: ["thoi gian hoan thanh", "thoi han hoan thanh", "thoi han", "han", "han hoan thanh", "thoi gian",
               "thoi gian thuc hien", "tien do thuc hien", "due", "deadline"],
        .product: ["san pham", "san pham dau ra", "hinh thuc san pham", "output", "product"],
        .remark: ["ghi chu", "remarks"],
        .tags: ["the", "tags", "tag"],
        .id: ["ma", "ma nhiem vu", "id"],
        .status: ["trang thai", "tinh trang", "status"],
        .persons: ["nguoi theo doi", "can bo theo doi", "chuyen vien theo doi", "nguoi thuc hien", "followed by",
                   "persons"],
        .track: ["mang", "mang cong tac", "track"],
        .level: ["cap", "level"],
        .start: ["bat dau", "ngay bat dau", "start"],
        .done: ["hoan thanh", "ngay hoan thanh", "done"],
        .progress: ["tien do", "progress"],
        .document: ["van ban giao", "van ban giao nhiem vu", "assigned by"],
        .documentDate: ["ngay van ban", "document s date"],
        .note: ["note", "notes"],
        .entries: ["muc ghi", "entries"],
        .received: ["tiep nhan", "received"],
        .eligible: ["du dieu kien", "eligible"],
        .handled: ["da xu ly", "handled"],
        .countUnit: ["don vi tinh", "counted in"],
        .otherFields: ["truong khac", "other fields"],
        .ignored: ["dong", "line", "qua han", "overdue"],
    ]

    private static let roleOfName: [String: Role] = {
        var table: [String: Role] = [:]
        for (role, names) in names { for name in names { table[name] = role } }
        return table
    }()

    /// A header's text as it is matched: folded, punctuation as spaces, spaces collapsed.
    static func key(_ text: String) -> String {
        let folded = TextFolding.fold(text).map { $0.isLetter || $0.isNumber ? $0 : " " }
        return String(folded).split(separator: " ").joined(separator: " ")
    }

    /// The columns of the first row, among a sheet's first 30, that names a task column and the
    /// most others; nil when none does. "Ghi chú" is the task's note when the table also has a
    /// column of tags, and a remark (tags or note, by its words) when it has not.
    init?(rows: [ImportTable.Row]) {
        var best: (index: Int, columns: [Role: Int])?
        for (index, row) in rows.prefix(30).enumerated() {
            var found: [Role: Int] = [:]
            for (column, cell) in row.cells.enumerated() {
                guard let role = Self.roleOfName[Self.key(cell.text)], found[role] == nil else { continue }
                found[role] = column
            }
            guard found[.title] != nil, found.count >= 2 || row.cells.filter({ !$0.text.trimmed.isEmpty }).count == 1 else { continue }
            if found.count > (best?.columns.count ?? 0) { best = (index, found) }
        }
        guard let (index, found) = best else { return nil }
        var columns = found
        if columns[.tags] != nil, let remark = columns.removeValue(forKey: .remark), columns[.note] == nil {
            columns[.note] = remark
        }
        columns.removeValue(forKey: .ignored)
        headerIndex = index
        headerRow = rows[index].number
        self.columns = columns
    }

    /// True for the row of column numbers many tables put under their header: "(1)", "(2)", …
    /// or 1, 2, 3, … in at least three cells and nothing else.
    static func isColumnNumbering(_ row: ImportTable.Row) -> Bool {
        let texts = row.cells.map(\.text.trimmed).filter { !$0.isEmpty }
        guard texts.count >= 3 else { return false }
        let numbers = texts.compactMap { text -> Int? in
            let digits = text.hasPrefix("(") && text.hasSuffix(")") ? String(text.dropFirst().dropLast()) : text
            return Int(digits)
        }
        guard numbers.count == texts.count, let first = numbers.first else { return false }
        return numbers == Array(first..<(first + numbers.count))
    }
}
