import Foundation
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

    @Test("the plan's sheet: a bold group row per track, tasks numbered as in the appendix, the due day a date, the id and status beside")
    func planSheet() throws {
        let plan = Plan("""
            # Kế hoạch công tác năm 2021

            ## Đơn vị
            - TH: Phòng Tổng hợp

            ## Kỳ họp
            - [x] Kỳ họp giữa năm  id:A lead:TH due:2021-07-10 tag:thường_xuyên
              - [ ] Chuẩn bị & <in> ấn  id:A.1

            ## Bầu cử
            - [/] Bầu cử  id:C

            """)
        let sheet = try #require(Spreadsheet.plan(plan).sheets.first)
        #expect(sheet.name == "Kế hoạch" && sheet.columns.count == 9)
        #expect(sheet.boldRows == [0, 3])
        #expect(sheet.rows[1] == [.text("1"), .text("Kỳ họp giữa năm"), .text("Phòng Tổng hợp"), .empty,
                                  .date(try #require(PlanDate(iso: "2021-07-10"))), .empty, .text("thường xuyên"), .text("A"),
                                  .text("hoàn thành")])
        #expect(sheet.rows[2].first == .text("1.1") && sheet.rows[4].first == .text("1"))

        let bytes = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        #expect(Set(archive.map(\.path)) == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                                             "xl/styles.xml", "xl/worksheets/sheet1.xml"])
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(xml.contains("<c r=\"E3\" s=\"1\"><v>44387</v></c>"))
        #expect(xml.contains("Chuẩn bị &amp; &lt;in&gt; ấn"))
        #expect(xml.contains("<c r=\"A1\" s=\"2\" t=\"inlineStr\"><is><t>STT</t></is></c>"))
        #expect(xml.contains("<c r=\"B3\" t=\"inlineStr\"><is><t>Kỳ họp giữa năm</t></is></c>"))
    }
}
