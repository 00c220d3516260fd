import Foundation
import PropertyBased
import Testing
import ZIPFoundation

@testable import WorkplanCore

/// The plan's task table as an Excel workbook: real dates, typed cells, the header frozen, and a
/// package whose parts a reader finds.
@Suite("Spreadsheets")
struct SpreadsheetTests {
    @Test("days are Excel serial numbers and columns are lettered A…Z, AA…")
    func numbering() throws {
        #expect(Spreadsheet.serial(try #require(PlanDate(iso: "2021-01-20"))) == 44_216)
        #expect(Spreadsheet.serial(try #require(PlanDate(iso: "1970-01-01"))) == 25_569)
        #expect([0, 25, 26, 51, 701, 702].map(Spreadsheet.columnName) == ["A", "Z", "AA", "AZ", "ZZ", "AAA"])
        #expect(Spreadsheet.fittingWidth(["STT"]) == 6 && Spreadsheet.fittingWidth([String(repeating: "x", count: 100)]) == 60)
    }

    @Test("the plan's sheet: a bold group row per track, tasks numbered as in the appendix, the due day a date, the rest beside; units and persons on their own sheets")
    func planSheet() throws {
        let plan = Plan("""
            # Kế hoạch công tác năm 2021

            ## Đơn vị
            - TH: Phòng Tổng hợp

            ## Người theo dõi
            - nam: Lê Văn Nam, Chuyên viên, TH

            ## Kỳ họp
            - [x] Kỳ họp giữa năm  id:A lead:TH due:2021-07-10 tag:thường_xuyên person:nam done:2021-07-09 room:P2
              Họp 2 ngày.
              - 2021-07-01: đã gửi giấy mời
              - [ ] Chuẩn bị & <in> ấn  id:A.1 due:2021-06-30 due-words:Quý_II/2021
              - [ ] Báo cáo  id:A.2 due:2021-07-15 due-words:Quý_II/2021

            ## Bầu cử
            - [/] Bầu cử  id:C

            """)
        let sheet = try #require(Spreadsheet.plan(plan).sheets.first)
        #expect(sheet.name == "Kế hoạch" && sheet.columns.count == 16)
        #expect(sheet.boldRows == [0, 4])
        #expect(sheet.rows[1] == [.text("1"), .text("Kỳ họp giữa năm\nHọp 2 ngày.\n- 2021-07-01: đã gửi giấy mời"),
                                  .text("Phòng Tổng hợp"), .empty, .date(try date("2021-07-10")), .empty, .text("thường xuyên"),
                                  .text("A"), .text("hoàn thành"), .text("nam"), .empty, .date(try date("2021-07-09")), .empty,
                                  .empty, .empty, .text("room:P2")])
        #expect(sheet.rows[2].first == .text("1.1") && sheet.rows[5].first == .text("1"))
        // The words a due date was given stand in its place while they still name it.
        let july15 = try date("2021-07-15")
        #expect(sheet.rows[2][4] == .text("Quý II/2021") && sheet.rows[3][4] == .date(july15))
        let sheets = Spreadsheet.plan(plan).sheets
        #expect(sheets.map(\.name) == ["Kế hoạch", "Đơn vị", "Người theo dõi"])
        #expect(sheets[1].rows == [[.text("TH"), .text("Phòng Tổng hợp")]])
        #expect(sheets[2].rows == [[.text("nam"), .text("Lê Văn Nam, Chuyên viên, TH")]])

        let bytes = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                             "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                             "xl/worksheets/sheet3.xml"])
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<c r=\"E3\" s=\"1\"><v>44387</v></c>"))
        #expect(xml.contains("Chuẩn bị &amp; &lt;in&gt; ấn"))
        // A cell names its column only after an empty one; without it, it is the next column.
        #expect(xml.contains("<row r=\"1\"><c s=\"2\" t=\"inlineStr\"><is><t>STT</t></is></c>"))
        #expect(xml.contains("</c><c t=\"inlineStr\"><is><t xml:space=\"preserve\">Kỳ họp giữa năm\nHọp 2 ngày."))
    }

    @Test("the list's workbook: the CSV's columns and values, levels and counts as numbers, days as dates")
    func listSheet() throws {
        let plan = Plan(BuiltinPlan.text)
        let today = try date("2021-10-29")
        let indexes = Array(0..<plan.taskCount)
        let sheet = try #require(Spreadsheet.list(indexes, of: plan, today: today, language: .vi).sheets.first)
        #expect(sheet.name == "Danh sách" && sheet.rows.count == plan.taskCount)
        #expect(sheet.columns == TaskCSVWriter(language: .vi, today: today).header())
        let id = try #require(sheet.columns.firstIndex(of: "Mã"))
        let row = try #require(sheet.rows.first { $0[id] == .text("KH2.2") })
        let column = { (name: String) throws -> Spreadsheet.Cell in row[try #require(sheet.columns.firstIndex(of: name))] }
        #expect(try column("Cấp") == .number(1) && column("Hạn") == .date(date("2021-03-12")))
        #expect(try column("Tiến độ") == .text("10/10") && column("Quá hạn") == .number(0))
        #expect(Spreadsheet.list(indexes, of: plan, today: today, language: .en).sheets[0].name == "Tasks")
    }

    @Test("the report's workbook: a sheet per table with the columns its rows fill, counts as numbers, rates as decimals, words in the language")
    func reportSheets() throws {
        let plan = Plan(BuiltinPlan.text)
        let report = PlanReport(plan: plan, asOf: try date("2021-10-29"), period: nil, meetings: [])
        let workbook = Spreadsheet.report(report, language: .vi)
        #expect(workbook.sheets.map(\.name) == ["Tổng hợp", "Đơn vị", "Người theo dõi", "Kết quả", "Chuyển tiếp"])
        let summary = workbook.sheets[0]
        #expect(summary.rows.count == report.tracks.count + 1)
        #expect(summary.rows.last?.first == .text("Toàn kế hoạch"))
        let total = try #require(summary.columns.firstIndex(of: "Tổng số"))
        #expect(summary.rows.last?[total] == .number(report.total.total))
        let rate = try #require(summary.columns.firstIndex(of: "Tỷ lệ hoàn thành nhiệm vụ đến hạn (%)"))
        #expect({ if case .decimal = summary.rows.last?[rate] { true } else { false } }())
        let open = workbook.sheets[4]
        #expect(!open.columns.contains("Phần") && open.columns.contains("Hạn"))
        let status = try #require(open.columns.firstIndex(of: "Trạng thái"))
        #expect(open.rows.allSatisfy { row in TaskStatus.allCases.contains { row[status] == .text($0.name(.vi)) } })
        #expect(Spreadsheet.report(report, language: .en).sheets.map(\.name) == ["Summary", "Units", "Persons", "Results", "Open tasks"])
    }

    @Test("the documents' text is composed: diacritics typed as combining marks reach Word and Excel as precomposed letters")
    func composedText() {
        #expect(XMLChunks.escaped("Quy\u{0301} II & Ke\u{0302}\u{0301} hoa\u{0323}ch") == "Quý II &amp; Kế hoạch")
        #expect(XMLChunks.escaped("Kế hoạch\nnăm", keepingLineBreaks: true) == "Kế hoạch\nnăm")
        #expect(XMLChunks.escaped("Kế hoạch\nnăm") == "Kế hoạchnăm")
    }

    @Test("XML measured is as long as XML written: entities, combining diacritics, line breaks, left-out characters, numbers")
    func measuredLength() async {
        let pieces = ["a", "ế", "e\u{0301}", "&", "<", ">", "\"", "\n", " ", "\t", "\u{1}", "\u{FFFE}", "\u{FB00}", "Đ", "😀"]
        let texts = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...12).map { $0.joined() }
        await propertyCheck(count: 300, input: texts, Gen.int(in: -1_000_000...1_000_000), Gen.bool) { text, number, lines in
            var written = XMLChunks()
            var measured = XMLLength()
            for xml in [text, "<c r=\"A1\">"] {
                written.emit(xml)
                measured.emit(xml)
            }
            written.emit(escaped: text, keepingLineBreaks: lines)
            measured.emit(escaped: text, keepingLineBreaks: lines)
            written.emit(number: number)
            measured.emit(number: number)
            #expect(measured.count == written.count && written.bytes.joined().count == written.count)
            #expect(String(decoding: written.bytes.joined(), as: UTF8.self).hasSuffix("\(number)"))
        }
    }

    @Test("a sheet of many rows is written on one thread while the zip reads it on another, and reads back whole")
    func streamedSheet() throws {
        let first = try #require(PlanDate(year: 2021, month: 1, day: 1))
        let rows = (0..<12_000).map { number -> [Spreadsheet.Cell] in
            [.text("\(number)"), .text("Việc \(number) & <b>\nghi chú"), .empty,
             PlanDate(dayNumber: first.dayNumber + number % 365).map(Spreadsheet.Cell.date) ?? .empty,
             .number(-number), .decimal(95.3), .text(" cách ")]
        }
        let workbook = Spreadsheet(sheets: [
            Spreadsheet.Sheet(name: "Kế hoạch", columns: ["STT", "Nội dung", "Chủ trì", "Hạn", "Số", "Tỷ lệ", "Ghi chú"],
                              widths: [6, 40, 10, 12, 6, 6, 10], rows: rows),
        ])
        let bytes = try SpreadsheetPackage.bytes(of: workbook)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        #expect(xml.count > 2 << 20, "several chunks of a megabyte")
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.hasSuffix("</worksheet>") && text.contains("<row r=\"12001\">"))
        #expect(text.contains("<t xml:space=\"preserve\">Việc 11999 &amp; &lt;b&gt;\nghi chú</t>"))
        #expect(try SpreadsheetPackage.bytes(of: workbook) == bytes, "the same workbook makes the same bytes")
    }

    @Test("a stream read in pieces gives its chunks' bytes in order, and says when it ends early or runs long")
    func chunkStream() throws {
        let stream = ChunkStream()
        let writer = Thread {
            for chunk: [UInt8] in [[1, 2, 3], [4], [5, 6, 7, 8, 9]] { stream.write(chunk) }
            stream.end()
        }
        writer.start()
        var reader = ChunkStreamReader(stream: stream)
        #expect(try reader.read(from: 0, count: 2) == Data([1, 2]))
        #expect(try reader.read(from: 2, count: 5) == Data([3, 4, 5, 6, 7]))
        #expect(throws: WordPackage.Failure.self) { try reader.read(from: 0, count: 1) }
        #expect(throws: WordPackage.Failure.self) { try reader.read(from: 7, count: 3) }

        let long = ChunkStream()
        long.write([1, 2])
        long.write([3])
        long.end()
        var longReader = ChunkStreamReader(stream: long)
        #expect(try longReader.read(from: 0, count: 2) == Data([1, 2]))
        let longEnds = longReader.isAtEnd()
        #expect(!longEnds)

        let exact = ChunkStream()
        exact.write([1, 2])
        exact.end()
        var exactReader = ChunkStreamReader(stream: exact)
        #expect(try exactReader.read(from: 0, count: 2) == Data([1, 2]))
        let exactEnds = exactReader.isAtEnd()
        #expect(exactEnds)
    }
}
