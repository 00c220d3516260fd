/// A plan made from a table an office keeps in Excel or CSV (DOMAIN.md §6, docs/import.md): the
/// sheet's header row found by its column names, tracks from its group rows, nesting from its
/// numbering, units and persons matched to the office's codes or given new ones, times turned
/// into due dates with their words kept, and every word that is no field put in a task's note.
/// The text is checked by the plan's own reader before anyone writes it.
public struct PlanImport: Sendable {
    /// A unit the table named that the office had not declared, with the code it was given.
    public struct NewUnit: Sendable, Equatable {
        public let code: String
        public let name: String
        /// The row it was first met on.
        public let row: Int
    }

    /// The plan's text.
    public let text: String
    /// The sheet the tasks were read from ("" for a CSV file).
    public let sheet: String
    /// The row of column names.
    public let headerRow: Int
    /// How many rows under the header were read.
    public let rows: Int
    /// How many tracks and tasks the plan has.
    public let tracks: Int
    public let tasks: Int
    /// How many units were known before, and those the table added.
    public let knownUnits: Int
    public let newUnits: [NewUnit]
    /// The persons the table added, as `handle: name`.
    public let newPersons: [String]
    /// The cells that could not be read, in row order.
    public let problems: [ImportProblem]

    /// The table in a file: a workbook when its bytes are a zip (`.xlsx`), CSV when its name says
    /// so; an old binary workbook (`.xls`) and anything else refused. The file is only read.
    public static func table(atPath path: String) throws(ImportFailure) -> ImportTable {
        let bytes: [UInt8]
        do {
            bytes = try PlanStore().read(path).bytes
        } catch {
            throw .unreadable(error)
        }
        let lowered = path.lowercased()
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return try WorkbookTableReader.table(path: path) }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .oldExcel(path: path) }
        if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xlsm") { throw .damaged(path: path, detail: "zip") }
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") || lowered.hasSuffix(".txt") {
            return try CSVTableReader.table(bytes, path: path)
        }
        throw .notATable(path: path)
    }

    /// The plan made from `table`, read from `path`; the units and persons of `known` (the
    /// office's plan) are matched by name; words of the plan's own lines in `language`.
    public init(table: ImportTable, path: String, known: Plan?, language: Language) throws(ImportFailure) {
        guard let (sheet, columns) = table.sheets.lazy.compactMap({ sheet in TableColumns(rows: sheet.rows).map { (sheet, $0) } }).first
        else { throw .noTaskColumn(path: path) }
        var knownUnits = known?.units.map { ImportedUnits.Unit(code: $0.code, name: $0.name) } ?? []
        var knownPersons = known.map { plan in
            plan.persons.map { ImportedPersons.Person(handle: $0.handle, declaration: Self.declaration(of: $0, in: plan)) }
        } ?? []
        for other in table.sheets where other.name != sheet.name {
            Self.readDeclarations(other, units: &knownUnits, persons: &knownPersons)
        }
        let above = sheet.rows[..<columns.headerIndex].flatMap { $0.cells.map(\.text.trimmed) }.filter { !$0.isEmpty }
        let named = Self.namedTitle(above)
        let year = Self.year(title: named, rows: sheet.rows[(columns.headerIndex + 1)...], due: columns[.due])
        let headers = sheet.rows[columns.headerIndex].cells.map { ImportedRows.oneLine($0.text) }
        var reading = ImportedRows(columns: columns, headers: headers, year: year, units: ImportedUnits(known: knownUnits),
                                   persons: ImportedPersons(known: knownPersons))
        reading.read(sheet.rows[(columns.headerIndex + 1)...])
        let taskCount = reading.tracks.reduce(0) { $0 + $1.tasks.count }
        guard taskCount > 0 else { throw .noTasks(path: path) }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let title = named ?? language.pick(vi: "Kế hoạch công tác" + (year.map { " năm \($0)" } ?? ""),
                                           en: "Work plan" + (year.map { " \($0)" } ?? ""))
        let writer = ImportedPlanText(title: title, source: name, sheet: sheet.name, units: reading.units.units,
                                      persons: reading.persons.persons, tracks: reading.tracks, language: language)
        text = writer.text
        self.sheet = sheet.name
        headerRow = columns.headerRow
        rows = reading.rowCount
        tracks = reading.tracks.count
        tasks = taskCount
        self.knownUnits = reading.units.knownCount
        newUnits = reading.units.added.map { NewUnit(code: $0.unit.code, name: $0.unit.name, row: $0.row) }
        newPersons = reading.persons.added.map { $0.handle + ": " + $0.declaration }
        let written = Plan(writer.text).problems.map { problem in
            ImportProblem(row: problem.line + 1, column: "", text: problem.message(language), kind: .written)
        }
        problems = reading.problems + written
    }

    /// A person's declaration after the handle, as the plan wrote it.
    private static func declaration(of person: PlanPerson, in plan: Plan) -> String {
        let line = plan.text.string(person.line)
        guard let colon = line.firstIndex(of: ":") else { return person.name }
        return line[line.index(after: colon)...].trimmed
    }

    /// The units and persons of a sheet beside the plan's ("Đơn vị": code and name; "Người theo
    /// dõi": handle and declaration), as `export plan --format xlsx` writes them.
    private static func readDeclarations(_ sheet: ImportTable.Sheet, units: inout [ImportedUnits.Unit],
                                         persons: inout [ImportedPersons.Person]) {
        let kind = TableColumns.key(sheet.name)
        for row in sheet.rows.dropFirst() {
            let code = row.text(0)
            let rest = row.cells.dropFirst().map(\.text.trimmed).filter { !$0.isEmpty }.joined(separator: ", ")
            guard !code.isEmpty, !rest.isEmpty else { continue }
            if ["don vi", "units"].contains(kind), !units.contains(where: { $0.code.lowercased() == code.lowercased() }) {
                units.append(ImportedUnits.Unit(code: code, name: rest))
            } else if ["nguoi theo doi", "can bo", "persons"].contains(kind),
                      !persons.contains(where: { $0.handle.lowercased() == code.lowercased() }) {
                persons.append(ImportedPersons.Person(handle: code, declaration: rest))
            }
        }
    }

    /// The table's year: the one its title names, else the one most of its due dates have.
    private static func year(title: String?, rows: ArraySlice<ImportTable.Row>, due: Int?) -> Int? {
        if let title, let match = title.firstMatch(of: /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/), let year = Int(match.1) { return year }
        var counts: [Int: Int] = [:]
        for row in rows.prefix(2000) {
            let cell = row.cell(due)
            if let day = cell.number.flatMap(DueWords.excelDate) ?? PlanDate(written: cell.text.trimmed) {
                counts[day.year, default: 0] += 1
            } else if let match = cell.text.firstMatch(of: /((?:19|20)\d\d)/), let year = Int(match.1) {
                counts[year, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The line above the header that names the plan ("KẾ HOẠCH …", "DANH MỤC NHIỆM VỤ …"), if any.
    private static func namedTitle(_ above: [String]) -> String? {
        above.flatMap { $0.split(whereSeparator: \.isNewline).map { ImportedRows.oneLine($0) } }.first { line in
            let key = TableColumns.key(line)
            return ["ke hoach", "danh muc", "chuong trinh", "plan", "work plan"].contains { key.hasPrefix($0) }
        }
    }
}
