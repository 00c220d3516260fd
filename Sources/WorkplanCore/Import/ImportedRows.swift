/// The tracks and tasks of an imported table, row by row, before they are written as a plan:
/// each row's numbering gives its track or its depth, each column its field, and every word
/// that is not a field goes to the task's note.
struct ImportedRows {
    /// A task as read from its row.
    struct Task {
        let row: Int
        var depth: Int
        var mark: Character = " "
        var title: String
        var id: String?
        var fields: [Field] = []
        var note: [String] = []
    }

    /// A track: its title as the table wrote it (nil before the first group row) and its tasks.
    struct Track {
        var title: String?
        var tasks: [Task] = []
    }

    private(set) var tracks: [Track] = []
    private(set) var problems: [ImportProblem] = []
    private(set) var rowCount = 0
    var units: ImportedUnits
    var persons: ImportedPersons

    private let columns: TableColumns
    private let headers: [String]
    private let year: Int?
    private var depths = NumberingDepths()
    private var takenIds: Set<String> = []
    private var dueCache: [String: DueWords] = [:]

    init(columns: TableColumns, headers: [String], year: Int?, units: ImportedUnits, persons: ImportedPersons) {
        self.columns = columns
        self.headers = headers
        self.year = year
        self.units = units
        self.persons = persons
    }

    /// Reads the rows under the header, in order.
    mutating func read(_ rows: ArraySlice<ImportTable.Row>) {
        for (offset, row) in rows.enumerated() {
            if offset == 0, TableColumns.isColumnNumbering(row) { continue }
            rowCount += 1
            read(row)
        }
    }

    private func header(_ role: TableColumns.Role) -> String {
        columns[role].flatMap { $0 < headers.count ? headers[$0] : nil } ?? role.rawValue
    }

    private mutating func read(_ row: ImportTable.Row) {
        var lines = row.text(columns[.title]).split(whereSeparator: \.isNewline).map { Self.oneLine($0) }.filter { !$0.isEmpty }
        var numbering = TableNumbering.of(cell: row.text(columns[.number]))
        if numbering == nil, let first = lines.first, let leading = TableNumbering.leading(first) {
            numbering = leading.numbering
            lines[0] = leading.rest
        }
        let others = columns.columns.filter { $0.key != .number && $0.key != .title && $0.key != .track && $0.key != .level }
            .filter { !row.text($0.value).isEmpty }
        if let column = columns[.track] {
            let name = row.text(column)
            if tracks.last?.title != (name.isEmpty ? nil : name) { startTrack(name.isEmpty ? nil : name) }
        }
        let capitals = lines.count == 1 && lines[0].filter(\.isLetter).count >= 3 && lines[0].filter(\.isLetter).allSatisfy(\.isUppercase)
        if case .roman = numbering, columns[.track] == nil {
            startTrack(lines.joined(separator: " "))
            return
        }
        if numbering == nil, columns[.track] == nil, others.isEmpty, capitals {
            startTrack(lines[0])
            return
        }
        guard let title = lines.first else {
            if !others.isEmpty, !tracks.isEmpty, !(tracks[tracks.count - 1].tasks.isEmpty) {
                let words = others.sorted { $0.value < $1.value }.map { header($0.key) + ": " + row.text($0.value) }
                tracks[tracks.count - 1].tasks[tracks[tracks.count - 1].tasks.count - 1].note += words
                problems.append(ImportProblem(row: row.number, column: "", text: "", kind: .noTask))
            }
            return
        }
        if tracks.isEmpty { startTrack(nil) }
        let previous = tracks[tracks.count - 1].tasks.last
        var depth: Int
        if let level = Int(row.text(columns[.level])), level >= 0 {
            depth = level
        } else if let numbering {
            depth = depths.depth(of: numbering)
        } else {
            depth = previous?.depth ?? 0
        }
        depth = min(depth, previous.map { $0.depth + 1 } ?? 0)
        var task = Task(row: row.number, depth: depth, title: title)
        task.note = Array(lines.dropFirst())
        fill(&task, from: row)
        tracks[tracks.count - 1].tasks.append(task)
    }

    private mutating func startTrack(_ title: String?) {
        tracks.append(Track(title: title))
        depths.reset()
    }

    /// A cell's line as a title or note line: tabs and other controls as spaces, trimmed.
    static func oneLine(_ text: some StringProtocol) -> String {
        // Most cells hold no tab, control or space other than U+0020 (whose UTF-8 starts with C2,
        // E1 9A, E2 or E3; Vietnamese letters do not): they are only trimmed.
        var previous: UInt8 = 0
        let plain = !text.utf8.contains { byte in
            defer { previous = byte }
            return byte < 32 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || (previous == 0xE1 && byte == 0x9A)
        }
        guard !plain else { return text.trimmed }
        return String(text.map { $0.isWhitespace || ($0.asciiValue.map { $0 < 32 } ?? false) ? " " : $0 }).trimmed
    }

    private mutating func fill(_ task: inout Task, from row: ImportTable.Row) {
        let columns = self.columns
        let text = { (role: TableColumns.Role) in row.text(columns[role]) }
        if !text(.id).isEmpty {
            let id = text(.id)
            if Self.isId(id), !takenIds.contains(id) {
                task.id = id
                takenIds.insert(id)
            } else {
                problems.append(ImportProblem(row: row.number, column: header(.id), text: id, kind: .id))
            }
        }
        let leads = units.codes(in: text(.lead), row: row.number)
        var with = leads.dropFirst().map { $0 }
        for code in units.codes(in: text(.coordinators), row: row.number) where !with.contains(code) && code != leads.first {
            with.append(code)
        }
        if let lead = leads.first { task.fields.append(Field(key: Field.Key.lead, value: lead)) }
        if !with.isEmpty { task.fields.append(Field(key: Field.Key.with, value: with.joined(separator: ","))) }
        let handles = persons.handles(in: text(.persons))
        if !handles.isEmpty { task.fields.append(Field(key: Field.Key.person, value: handles.joined(separator: ","))) }
        if !text(.document).isEmpty {
            task.fields.append(Field(key: Field.Key.document, value: text(.document).split(whereSeparator: \.isWhitespace).joined()))
        }
        date(.documentDate, key: Field.Key.documentDate, row: row, into: &task)
        if !text(.product).isEmpty { task.fields.append(Field(key: Field.Key.product, value: TypedField.words(text(.product)))) }
        date(.start, key: Field.Key.start, row: row, into: &task)
        var tags: [String] = []
        let dueCell = row.cell(columns[.due])
        if !dueCell.text.trimmed.isEmpty {
            let due = dueCell.number == nil ? cachedDue(dueCell) : DueWords(cell: dueCell, year: year)
            if let day = due.due { task.fields.append(Field(key: Field.Key.due, value: day.iso)) }
            if let words = due.words { task.fields.append(Field(key: Field.Key.dueWords, value: TypedField.words(words))) }
            if let tag = due.tag { tags.append(TypedField.words(tag)) }
            if due.isUnreadable {
                problems.append(ImportProblem(row: row.number, column: header(.due), text: dueCell.text.trimmed, kind: .due))
            }
        }
        let doneBefore = task.fields.count
        date(.done, key: Field.Key.done, row: row, into: &task)
        let hasDone = task.fields.count > doneBefore
        status(text(.status), hasDone: hasDone, row: row, into: &task)
        if !text(.progress).isEmpty {
            let progress = text(.progress).replacing(",", with: ".").filter { !$0.isWhitespace }
            if Self.isProgress(progress) {
                task.fields.append(Field(key: Field.Key.progress, value: progress))
            } else {
                problems.append(ImportProblem(row: row.number, column: header(.progress), text: text(.progress), kind: .number))
                task.note.append(header(.progress) + ": " + text(.progress))
            }
        }
        for part in text(.tags).split(separator: ",").map({ $0.trimmed }) where !part.isEmpty { tags.append(TypedField.words(part)) }
        let remark = text(.remark)
        if Self.isTagList(remark) {
            for part in remark.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ $0.trimmed }) where !part.isEmpty {
                tags.append(TypedField.words(part))
            }
        } else if !remark.isEmpty {
            task.note += remark.split(whereSeparator: \.isNewline).map { Self.oneLine($0) }.filter { !$0.isEmpty }
        }
        var unique: [String] = []
        for tag in tags where !unique.contains(tag) { unique.append(tag) }
        if !unique.isEmpty { task.fields.append(Field(key: Field.Key.tag, value: unique.joined(separator: ","))) }
        for (role, key) in [(TableColumns.Role.received, CountKey.received.rawValue), (.eligible, CountKey.eligible.rawValue),
                            (.handled, CountKey.handled.rawValue)] where !text(role).isEmpty {
            if text(role).count <= 9, text(role).allSatisfy({ $0.isASCII && $0.isNumber }) {
                task.fields.append(Field(key: key, value: text(role)))
            } else {
                problems.append(ImportProblem(row: row.number, column: header(role), text: text(role), kind: .number))
                task.note.append(header(role) + ": " + text(role))
            }
        }
        if !text(.countUnit).isEmpty { task.fields.append(Field(key: CountedResult.unitKey, value: TypedField.words(text(.countUnit)))) }
        // "Trường khác": fields as written, a value written again or one that cannot be read among
        // them (the workbook's other columns show each key's first readable value).
        for token in text(.otherFields).split(whereSeparator: \.isWhitespace).map(String.init) {
            if TaskLineSyntax.looksLikeField(token), let colon = token.firstIndex(of: ":") {
                task.fields.append(Field(key: String(token[..<colon]), value: String(token[token.index(after: colon)...])))
            } else {
                task.note.append(token)
            }
        }
        if !text(.note).isEmpty {
            task.note += text(.note).split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingTrailing() }
        }
        for line in text(.entries).split(whereSeparator: \.isNewline).map({ Self.oneLine($0) }) where !line.isEmpty {
            task.note.append(line.hasPrefix("- ") ? line : "- " + line)
        }
        while task.note.last?.trimmed.isEmpty == true { task.note.removeLast() }
    }

    private mutating func cachedDue(_ cell: ImportTable.Cell) -> DueWords {
        if let known = dueCache[cell.text] { return known }
        let due = DueWords(cell: cell, year: year)
        dueCache[cell.text] = due
        return due
    }

    private mutating func date(_ role: TableColumns.Role, key: String, row: ImportTable.Row, into task: inout Task) {
        let cell = row.cell(columns[role])
        let text = cell.text.trimmed
        guard !text.isEmpty else { return }
        if let day = cell.number.flatMap(DueWords.excelDate) ?? PlanDate(written: text) {
            task.fields.append(Field(key: key, value: day.iso))
        } else {
            problems.append(ImportProblem(row: row.number, column: header(role), text: text, kind: .date))
            task.note.append(header(role) + ": " + text)
        }
    }

    private mutating func status(_ text: String, hasDone: Bool, row: ImportTable.Row, into task: inout Task) {
        guard !text.isEmpty else {
            if hasDone { task.mark = TaskStatus.done.mark }
            return
        }
        if let status = Self.status(named: text) {
            task.mark = status.mark
        } else {
            problems.append(ImportProblem(row: row.number, column: header(.status), text: text, kind: .status))
            task.note.append(header(.status) + ": " + text)
        }
    }

    /// The status a table's words name: the six statuses' names in either language and the words
    /// typed for them, with or without diacritics ("Đã hoàn thành", "dang thuc hien", "x").
    static func status(named text: String) -> TaskStatus? {
        if text.count == 1, let mark = text.first, let status = TaskStatus(mark: mark) { return status }
        let key = TableColumns.key(text)
        return statusOfName[key.hasPrefix("da ") ? String(key.dropFirst(3)) : key]
    }

    /// The statuses by their names and typed words, folded as `TableColumns.key` folds.
    private static let statusOfName: [String: TaskStatus] = {
        var table: [String: TaskStatus] = [:]
        for status in TaskStatus.allCases {
            for name in [status.name(.vi), status.name(.en)] + status.keywords {
                let key = TableColumns.key(name)
                if !key.isEmpty, table[key] == nil { table[key] = status }
            }
        }
        return table
    }()

    /// True for a value that can be an `id:`.
    static func isId(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first.isNumber else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
    }

    private static func isProgress(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 { return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } } }
        guard text.hasSuffix("%"), let number = Double(text.dropLast()) else { return false }
        return number >= 0 && number <= 100
    }

    /// True for a "Ghi chú" that reads as tags: one line of short phrases (four words at most),
    /// separated by commas or semicolons, without a sentence's punctuation. "Thường xuyên" is a
    /// tag; "Phối hợp với Sở Nội vụ trình UBND tỉnh." is a note.
    static func isTagList(_ text: String) -> Bool {
        guard !text.isEmpty, !text.contains(where: \.isNewline), !text.contains(where: { ".:!?()\"“”".contains($0) }) else { return false }
        return text.split(whereSeparator: { $0 == "," || $0 == ";" }).allSatisfy { $0.split(separator: " ").count <= 4 }
    }
}

extension String {
    /// The text without white space at its end.
    fileprivate func trimmingTrailing() -> String {
        var text = Substring(self)
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
