import Foundation
import Testing

@testable import WorkplanCore

/// Plans made from the tables offices keep: times in the office's words, numbering, unit names,
/// CSV and workbooks as Excel writes them, and a plan's own workbook read back into the same plan.
@Suite("Import")
struct ImportTests {
    /// The table read from a file holding `bytes` under `name`, in a fresh folder removed afterwards.
    private func table(_ bytes: [UInt8], named name: String) throws -> ImportTable {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("workplan-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            return try PlanImport.table(atPath: path)
        } catch {
            // Failures name the file as it was given: here, by its name alone.
            throw error.named(name, for: path)
        }
    }

    private func due(_ text: String, year: Int? = 2021) -> DueWords {
        DueWords(cell: ImportTable.Cell(text: text), year: year)
    }

    @Test("times in the office's words become due dates, the words kept; recurring times become tags")
    func dueWords() throws {
        let cases: [(String, String?)] = [
            ("Quý II/2021", "2021-06-30"), ("Quý I, II năm 2021", "2021-06-30"), ("quy 3/2021", "2021-09-30"),
            ("Tháng 6/2021", "2021-06-30"), ("tháng 02/2021", "2021-02-28"), ("Tháng 5, 6 năm 2021", "2021-06-30"),
            ("6 tháng đầu năm 2021", "2021-06-30"), ("6 thang cuoi nam 2021", "2021-12-31"), ("9 tháng đầu năm", "2021-09-30"),
            ("Trước 30/6/2021", "2021-06-30"), ("Từ 01/3/2021 đến 15/7/2021", "2021-07-15"), ("Năm 2022", "2022-12-31"),
            ("Trước ngày 15/12", "2021-12-15"), ("Quý III", "2021-09-30"), ("12/2021", "2021-12-31"),
            ("Sau kỳ họp", nil), ("Thường xuyên", nil),
        ]
        for (text, iso) in cases {
            let read = due(text)
            #expect(read.due?.iso == iso, "\(text)")
            #expect(read.words == text, "\(text)")
        }
        #expect(due("30/06/2021") == DueWords(cell: ImportTable.Cell(text: "30/06/2021"), year: nil))
        #expect(due("30/06/2021").words == nil && due("2021-07-10").due?.iso == "2021-07-10" && due("2021-07-10").words == nil)
        let serial = DueWords(cell: ImportTable.Cell(text: "44377", number: 44_377), year: nil)
        #expect(serial.due?.iso == "2021-06-30" && serial.words == nil)
        #expect(due("Thường xuyên").tag == "Thường xuyên" && !due("Thường xuyên").isUnreadable)
        #expect(due("Hằng tháng, trước ngày 25/12").tag == "Hằng tháng" && due("Hằng tháng, trước ngày 25/12").due?.iso == "2021-12-25")
        #expect(due("Sau kỳ họp").isUnreadable)
        #expect(due("Quý III", year: nil).isUnreadable)
    }

    @Test("numbering: Roman numerals are tracks, 1, 1.1, a), - go each a level deeper")
    func numbering() {
        #expect(TableNumbering.of(cell: "II") == .roman(2) && TableNumbering.of(cell: "XIV.") == .roman(14))
        #expect(TableNumbering.of(cell: "1") == .arabic(parts: 1) && TableNumbering.of(cell: "2.3.") == .arabic(parts: 2))
        #expect(TableNumbering.of(cell: "a)") == .letter && TableNumbering.of(cell: "-") == .bullet("-"))
        #expect(TableNumbering.of(cell: "") == nil && TableNumbering.of(cell: "Ghi chú") == nil)
        #expect(TableNumbering.leading("1. Tham mưu kỳ họp")?.rest == "Tham mưu kỳ họp")
        #expect(TableNumbering.leading("II. CÔNG TÁC DÂN NGUYỆN")?.numbering == .roman(2))
        #expect(TableNumbering.leading("10 nghị quyết được thông qua") == nil)
        #expect(TableNumbering.leading("- In phiếu bầu")?.numbering == .bullet("-"))
        var depths = NumberingDepths()
        let sequence: [TableNumbering] = [.arabic(parts: 1), .arabic(parts: 2), .letter, .bullet("-"), .letter,
                                          .arabic(parts: 2), .arabic(parts: 1), .bullet("-")]
        #expect(sequence.map { depths.depth(of: $0) } == [0, 1, 2, 3, 2, 1, 0, 1])
    }

    @Test("unit names match declared codes written in full, without their body, abbreviated or without diacritics; new ones get codes")
    func units() {
        var units = ImportedUnits(known: [
            .init(code: "TH", name: "Phòng Tổng hợp"), .init(code: "BKTNS", name: "Ban Kinh tế - Ngân sách HĐND tỉnh"),
            .init(code: "UBND", name: "Ủy ban nhân dân tỉnh"), .init(code: "VP", name: "Lãnh đạo Văn phòng"),
        ])
        #expect(units.codes(in: "Phong Tong hop; Ban KT-NS\nUBND tỉnh", row: 3) == ["TH", "BKTNS", "UBND"])
        #expect(units.codes(in: "Ban Kinh tế - Ngân sách, th", row: 3) == ["BKTNS", "TH"])
        #expect(units.codes(in: "Sở Văn hóa, Thể thao và Du lịch, Sở Tư pháp", row: 7) == ["SVHTTDL", "STP"])
        #expect(units.codes(in: "Sở Tư pháp; Văn phòng UBND tỉnh", row: 9) == ["STP", "VPUBNDT"])
        #expect(units.added.map(\.unit.code) == ["SVHTTDL", "STP", "VPUBNDT"] && units.added.map(\.row) == [7, 7, 9])
        #expect(units.added[0].unit.name == "Sở Văn hóa, Thể thao và Du lịch")
        // Two names in full never match by their initials.
        #expect(units.codes(in: "Phòng Thông tin", row: 10) == ["PTT"])
    }

    @Test("CSV: a byte-order mark, the separator Excel chose, quoted lines; UTF-16 read, other encodings refused")
    func csv() throws {
        let text = "STT;Nội dung nhiệm vụ;Thời gian\r\n1;\"Kỳ họp; giữa năm\r\nhai dòng\";Quý II/2021\r\n\r\n2;Khác;\r\n"
        let table = try CSVTableReader.table([0xEF, 0xBB, 0xBF] + Array(text.utf8), path: "a.csv")
        let rows = try #require(table.sheets.first?.rows)
        #expect(rows.map(\.number) == [1, 2, 4])
        #expect(rows[1].text(1) == "Kỳ họp; giữa năm\nhai dòng" && rows[0].text(0) == "STT")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "STT\tNội dung\n1\tĐọc".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try CSVTableReader.table(utf16, path: "b.csv").sheets[0].rows[1].text(1) == "Đọc")
        #expect(throws: ImportFailure.notUTF8(path: "c.csv")) { try CSVTableReader.table([0x4E, 0xF4, 0x69, 0x0A], path: "c.csv") }
        #expect(CSVTableReader.separator(firstLineOf: "\"a,b\";c;d\n1,2,3,4,5") == ";")
    }

    @Test("an office's table: title rows, a header in two lines, the column numbers, groups and numbering, cells of several lines")
    func officeTable() throws {
        func row(_ number: Int, _ texts: [String?]) -> ImportTable.Row {
            ImportTable.Row(number: number, cells: texts.map { ImportTable.Cell(text: $0 ?? "") })
        }
        let sheet = ImportTable.Sheet(name: "Phụ lục", rows: [
            row(1, ["HĐND TỈNH QUẢNG NAM", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            row(3, ["DANH MỤC NHIỆM VỤ NĂM 2022"]),
            row(5, ["STT", "Nội dung nhiệm vụ", "Đơn vị\nchủ trì", "Đơn vị phối hợp", "Thời gian\nhoàn thành", "Sản phẩm", "Ghi chú"]),
            row(6, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]),
            row(7, ["I", "CÔNG TÁC KỲ HỌP"]),
            row(8, ["1", "Kỳ họp giữa năm\nDự kiến 3 ngày", "Phòng Tổng hợp", "Ban KT-NS; Sở Tư pháp", "Quý II", "Nghị quyết", nil]),
            row(9, ["1.1", "Dự thảo chương trình: kịch bản x:y", "Phòng Tổng hợp", nil, "10/6/2022", nil, nil]),
            row(10, ["a)", "- [ ] không phải nhiệm vụ con", "TH", nil, "Sau kỳ họp", nil, "Phối hợp khi cần."]),
            row(11, [nil, nil, nil, nil, nil, nil, "dòng thêm"]),
            row(12, ["II", "DÂN NGUYỆN"]),
            row(13, ["1", "Tiếp công dân", "Phòng Tổng hợp", nil, "Thường xuyên", nil, "Thường xuyên"]),
        ])
        let known = Plan("# Kế hoạch\n\n## Đơn vị\n- TH: Phòng Tổng hợp\n- BKTNS: Ban Kinh tế - Ngân sách HĐND tỉnh\n")
        let imported = try PlanImport(table: ImportTable(sheets: [sheet]), path: "/x/bang.xlsx", known: known, language: .vi)
        #expect(imported.text == """
            # DANH MỤC NHIỆM VỤ NĂM 2022

            Nhập từ bảng bang.xlsx (trang “Phụ lục”).

            ## Đơn vị
            - TH: Phòng Tổng hợp
            - BKTNS: Ban Kinh tế - Ngân sách HĐND tỉnh
            - STP: Sở Tư pháp

            ## CÔNG TÁC KỲ HỌP
            - [ ] Kỳ họp giữa năm  id:T1 lead:TH with:BKTNS,STP product:Nghị_quyết due:2022-06-30 due-words:Quý_II
              Dự kiến 3 ngày
              - [ ] Dự thảo chương trình: kịch bản x\\:y  id:T1.1 lead:TH due:2022-06-10
                - [ ] - [ ] không phải nhiệm vụ con  id:T1.1.1 lead:TH due-words:Sau_kỳ_họp
                  Phối hợp khi cần.
                  Ghi chú: dòng thêm

            ## DÂN NGUYỆN
            - [ ] Tiếp công dân  id:T2 lead:TH due-words:Thường_xuyên tag:Thường_xuyên

            """)
        #expect(Plan(imported.text).problems.isEmpty)
        #expect(imported.headerRow == 5 && imported.rows == 7 && imported.tracks == 2 && imported.tasks == 4)
        #expect(imported.newUnits == [PlanImport.NewUnit(code: "STP", name: "Sở Tư pháp", row: 8)])
        #expect(imported.problems.map(\.kind) == [.due, .noTask] && imported.problems.map(\.row) == [10, 11])
        #expect(imported.problems[0].message(.vi)
                == "dòng 10, cột “Thời gian hoàn thành”: không đọc được “Sau kỳ họp” thành một hạn; giữ nguyên chữ ở due-words")
    }

    @Test("a plan's own workbook imports back into the same tasks, fields, notes, entries and nesting")
    func workbookRoundTrip() throws {
        let plan = Plan(BuiltinPlan.text)
        let bytes = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
        let imported = try PlanImport(table: table(bytes, named: "ke-hoach.xlsx"), path: "ke-hoach.xlsx", known: nil,
                                      language: .vi)
        #expect(imported.problems.isEmpty && imported.newUnits.isEmpty)
        let back = Plan(imported.text)
        #expect(back.problems.isEmpty)
        try expectSameTasks(back, plan)
        #expect(back.units.map { [$0.code, $0.name] } == plan.units.map { [$0.code, $0.name] })
        #expect(back.persons.map(\.handle) == plan.persons.map(\.handle))
    }

    @Test("every field comes back through the workbook: values written again, values that cannot be read, words that no longer name the due date")
    func workbookKeepsEveryField() throws {
        let plan = Plan("""
            # Kế hoạch công tác năm 2021

            ## Đơn vị
            - TH: Phòng Tổng hợp
            - HC: Phòng Hành chính

            ## Kỳ họp
            - [/] Kỳ họp  id:A due:2021-13-01 due:2021-07-10 start:hôm-qua progress:abc lead:TH lead:HC room:P2 tag:a tag:b
              - [ ] Gia hạn  id:A.1 due:2021-07-15 due-words:Quý_II/2021 done:2021-07-01 done:2021-07-02 with:HC person:x

            """)
        let bytes = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
        let imported = try PlanImport(table: table(bytes, named: "k.xlsx"), path: "k.xlsx", known: nil, language: .vi)
        #expect(imported.problems.filter { $0.kind != .written }.isEmpty, "\(imported.problems)")
        let back = Plan(imported.text)
        try expectSameTasks(back, plan)
        // The same problems as the plan exported: the same values, read the same way (a key
        // written again may now be written again at another column).
        let kinds = { (plan: Plan) in plan.problems.map { String(describing: $0.kind).prefix { $0 != "(" } }.sorted() }
        #expect(kinds(back) == kinds(plan))
        #expect(back.tasks[0].due == plan.tasks[0].due && back.tasks[1].doneDate == plan.tasks[1].doneDate)
    }

    @Test("the CSV of workplan list imports back into the same tasks and nesting")
    func csvRoundTrip() throws {
        let plan = Plan(BuiltinPlan.text)
        var bytes: [UInt8] = []
        TaskCSVWriter(language: .vi, today: try date("2021-10-29")).write(Array(0..<plan.taskCount), of: plan) { bytes += $0 }
        let imported = try PlanImport(table: table(bytes, named: "list.csv"), path: "list.csv",
                                      known: plan, language: .vi)
        #expect(imported.problems.isEmpty && imported.newUnits.isEmpty && imported.newPersons.isEmpty)
        // A CSV row has the note and the entries in columns of their own: each comes back, not their order.
        try expectSameTasks(Plan(imported.text), plan, inFileOrder: false)
    }

    private func expectSameTasks(_ back: Plan, _ plan: Plan, inFileOrder: Bool = true,
                                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(back.taskCount == plan.taskCount, sourceLocation: sourceLocation)
        #expect(back.tracks.map(\.title) == plan.tracks.filter { !$0.tasks.isEmpty }.map(\.title), sourceLocation: sourceLocation)
        for index in 0..<plan.taskCount {
            let (a, b) = (back.tasks[index], plan.tasks[index])
            #expect(a.title == b.title && a.mark == b.mark && a.depth == b.depth, "\(b.title)", sourceLocation: sourceLocation)
            // Lists come back whole (`tag:a tag:b` as `tag:a,b`); every other field as written.
            let lists: Set<String> = [Field.Key.with, Field.Key.person, Field.Key.tag]
            let single = { (task: PlanTask) in Set(task.fields.filter { !lists.contains($0.key) }.map(\.token)) }
            #expect(single(a) == single(b), "\(b.title)", sourceLocation: sourceLocation)
            #expect(a.tags == b.tags && a.persons == b.persons && a.coordinators == b.coordinators, "\(b.title)",
                    sourceLocation: sourceLocation)
            if inFileOrder {
                #expect(back.noteAndEntries(of: index) == plan.noteAndEntries(of: index), "\(b.title)", sourceLocation: sourceLocation)
            } else {
                #expect(back.note(of: index) == plan.note(of: index), "\(b.title)", sourceLocation: sourceLocation)
                #expect(back.entries(of: index).map(\.text) == plan.entries(of: index).map(\.text), sourceLocation: sourceLocation)
            }
        }
    }

    @Test("a sheet larger than libxml2 parses from memory in one piece (12 MB) is read whole")
    func largeSheet() throws {
        let line = String(repeating: "Chuẩn bị kỳ họp ", count: 60)
        let rows = (0..<12_000).map { [Spreadsheet.Cell.text("\($0) " + line)] }
        let workbook = Spreadsheet(sheets: [Spreadsheet.Sheet(name: "Kế hoạch", columns: ["Nội dung"], widths: [60], rows: rows)])
        let read = try #require(try table(try SpreadsheetPackage.bytes(of: workbook), named: "lon.xlsx").sheets.first?.rows)
        #expect(read.count == 12_001 && read.last?.text(0) == "11999 " + line.trimmed)
    }

    @Test("damaged tables (bytes flipped, cut or repeated in a workbook and a CSV file) never crash: each gives a whole plan with its problems reported, or one sentence")
    func damagedTables() throws {
        let plan = Plan(BuiltinPlan.text)
        let workbook = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
        var csv: [UInt8] = []
        TaskCSVWriter(language: .vi, today: try date("2021-10-29")).write(Array(0..<plan.taskCount), of: plan) { csv += $0 }
        var outcomes: [String: Int] = [:]
        for seed in 0..<200 {
            var dice = Dice(seed)
            let (source, path) = seed.isMultiple(of: 2) ? (workbook, "k.xlsx") : (csv, "k.csv")
            var bytes = source
            for _ in 0...dice.below(4) {
                let at = dice.below(bytes.count)
                switch dice.below(3) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: dice.next())
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + dice.below(64) + 1))
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + dice.below(64) + 1)], at: at)
                }
            }
            do {
                let imported = try PlanImport(table: table(bytes, named: path), path: path, known: nil, language: .vi)
                // Every task read is written, and whatever the written plan's reader finds (a done
                // date on a postponed task, once the columns of a row have shifted) is reported.
                let written = Plan(imported.text)
                #expect(written.taskCount == imported.tasks, "seed \(seed)")
                #expect(written.problems.count == imported.problems.filter { $0.kind == .written }.count, "seed \(seed)")
                outcomes["plan", default: 0] += 1
            } catch let failure as ImportFailure {
                #expect(!failure.message(.vi).isEmpty)
                outcomes["\(failure)".prefix { $0 != "(" }.description, default: 0] += 1
            }
        }
        // Both ways are taken: damaged workbooks are refused, damaged CSV files import or are refused as not UTF-8.
        #expect((outcomes["plan"] ?? 0) > 25 && (outcomes["damaged"] ?? 0) > 50, "\(outcomes)")
    }

    @Test("bad input: not a table, an old or damaged workbook, no task column, no task; one sentence each")
    func failures() throws {
        #expect(throws: ImportFailure.notATable(path: "a.png")) { try table([0x89, 0x50, 0x4E, 0x47], named: "a.png") }
        #expect(throws: ImportFailure.oldExcel(path: "a.xls")) { try table([0xD0, 0xCF, 0x11, 0xE0, 0], named: "a.xls") }
        #expect(throws: ImportFailure.damaged(path: "a.xlsx", detail: "zip")) { try table([1, 2, 3], named: "a.xlsx") }
        #expect(throws: ImportFailure.damaged(path: "b.xlsx", detail: "zip")) {
            try table([0x50, 0x4B, 0x03, 0x04, 9, 9, 9], named: "b.xlsx")
        }
        // A part whose checksum is right but whose bytes are not UTF-8 (a tag's name among them).
        let parts: [(path: String, bytes: [[UInt8]])] = [
            ("xl/workbook.xml", [Array("<workbook><sheets><sheet name=\"A\" r:id=\"rId1\"/></sheets></workbook>".utf8)]),
            ("xl/worksheets/sheet1.xml", [Array("<worksheet><sheetData><row><c".utf8) + [0xE1, 0xFF] + Array("/></row>".utf8)]),
        ]
        #expect(throws: ImportFailure.damaged(path: "e.xlsx", detail: "xl/worksheets/sheet1.xml: UTF-8")) {
            try table(try ZipParts.bytes(parts), named: "e.xlsx")
        }
        // References past Excel's last row and column are no reason to stop, nor to overflow.
        let far: [(path: String, bytes: [[UInt8]])] = [
            ("xl/workbook.xml", [Array("<workbook><sheets><sheet name=\"A\"/></sheets></workbook>".utf8)]),
            ("xl/worksheets/sheet1.xml", [Array(("<worksheet><sheetData><row r=\"9223372036854775807\"><c r=\"ZZZZZZZZZZZZZZ1\" "
                + "t=\"inlineStr\"><is><t>STT</t></is></c></row><row><c t=\"inlineStr\"><is><t>Nhiệm vụ</t></is></c></row>"
                + "</sheetData></worksheet>").utf8)]),
        ]
        let farRows = try #require(try table(try ZipParts.bytes(far), named: "f.xlsx").sheets.first?.rows)
        #expect(farRows.map(\.number) == [1 << 20, (1 << 20)] && farRows[1].text(0) == "Nhiệm vụ")
        let noColumn = try table(Array("Tên,Tuổi\nAn,30\n".utf8), named: "c.csv")
        #expect(throws: ImportFailure.noTaskColumn(path: "c.csv")) {
            try PlanImport(table: noColumn, path: "c.csv", known: nil, language: .vi)
        }
        let noTask = try table(Array("STT,Nội dung nhiệm vụ\nI,MẢNG MỘT\n".utf8), named: "d.csv")
        #expect(throws: ImportFailure.noTasks(path: "d.csv")) { try PlanImport(table: noTask, path: "d.csv", known: nil, language: .vi) }
        #expect(ImportFailure.oldExcel(path: "a.xls").message(.en)
                == "a.xls is an Excel workbook in the old format (.xls); open it in Excel or LibreOffice and save it as .xlsx")
    }
}

extension ImportFailure {
    /// The same failure naming the file `name` where it named `path`, so that expectations can
    /// name files without the temporary folder they were read from.
    fileprivate func named(_ name: String, for path: String) -> ImportFailure {
        let rename = { (given: String) in given == path ? name : given }
        switch self {
        case .unreadable: return self
        case let .notATable(given): return .notATable(path: rename(given))
        case let .oldExcel(given): return .oldExcel(path: rename(given))
        case let .damaged(given, detail): return .damaged(path: rename(given), detail: detail)
        case let .notUTF8(given): return .notUTF8(path: rename(given))
        case let .noTaskColumn(given): return .noTaskColumn(path: rename(given))
        case let .noTasks(given): return .noTasks(path: rename(given))
        }
    }
}
