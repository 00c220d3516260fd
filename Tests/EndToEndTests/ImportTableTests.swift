import Foundation
import Testing

/// `workplan import` on tables made as offices make them: a workbook written by openpyxl in the
/// office's layout, the same sheet saved as CSV by LibreOffice, and the plan's own workbook; each
/// imported by the real binary, checked clean by `workplan check`, and exported back.
@Suite("Import of office tables", .enabled(if: Programs.canReadPapers, Programs.papersNote), .serialized)
struct ImportTableTests {
    /// An appendix table as a provincial office sends it: the agency and national title above, the
    /// list's title, a header with a line break, the row of column numbers, Roman groups, 1, 1.1,
    /// a), a dash, units in full and abbreviated, times in words and as Excel dates, a remark.
    static let officeSheet = """
        import sys, datetime, openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Phụ lục"
        rows = [
            ["HĐND TỈNH QUẢNG NAM", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["VĂN PHÒNG"], [],
            ["DANH MỤC NHIỆM VỤ NĂM 2022 CỦA VĂN PHÒNG HĐND TỈNH"],
            ["(Kèm theo Kế hoạch số 05/KH-VP ngày 24/12/2021)"],
            ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian\\nhoàn thành", "Sản phẩm", "Ghi chú"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
            ["I", "CÔNG TÁC THAM MƯU KỲ HỌP"],
            ["1", "Kỳ họp thường lệ giữa năm 2022\\nDự kiến tổ chức trong 3 ngày", "Phòng Tổng hợp",
             "Ban KT-NS; Ban Pháp chế\\nVăn phòng UBND tỉnh", "Quý II/2022", "Nghị quyết", None],
            ["1.1", "Dự thảo chương trình kỳ họp", "Phòng Tổng hợp", None, datetime.date(2022, 6, 10), "Chương trình", None],
            ["1.2", "Tổng hợp ý kiến cử tri", "Phòng Công tác đại biểu", "Ban Thường trực UBMTTQ Việt Nam tỉnh",
             "Trước 30/6/2022", "Báo cáo", None],
            ["a)", "Nhận báo cáo của các Tổ đại biểu", "Phòng Công tác đại biểu", None, "Tháng 6/2022", None, None],
            ["2", "Kỳ họp cuối năm 2022", "Phòng Tổng hợp", "Sở Văn hóa, Thể thao và Du lịch", "6 tháng cuối năm 2022", None, None],
            ["II", "CÔNG TÁC DÂN NGUYỆN"],
            ["1", "Tiếp công dân định kỳ", "Phòng Thông tin - Dân nguyện", None, "Thường xuyên", None, "Thường xuyên"],
            ["2", "Xử lý đơn thư", "Phòng Thông tin - Dân nguyện", "Ban Pháp chế", "Sau khi có ý kiến của Thường trực", None,
             "Phối hợp với Sở Tư pháp khi cần."],
            ["-", "Phân loại đơn", "Phòng Thông tin - Dân nguyện", None, "Hằng tháng", None, None],
        ]
        for row in rows:
            sheet.append(row)
        sheet["E10"].number_format = "dd/mm/yyyy"
        sheet.merge_cells("A4:G4")
        book.save(sys.argv[1])
        """

    static func workplan(_ arguments: [String], in folder: TemporaryFolder) throws -> (status: Int32, output: String) {
        let result = try Spawn.run(try Fixtures.workplanBinary(), arguments,
                                   environment: ["HOME": folder.path, "WORKPLAN_TODAY": "2021-10-29"], capture: true)
        return (result.status, result.output)
    }

    @Test("an office's workbook imports into a plan that checks clean, and exports back to the same table")
    func officeWorkbook() throws {
        let folder = try PaperDocumentTests.folder()
        let table = folder.path + "/bang.xlsx"
        _ = try PaperDocumentTests.run("python3", ["-c", Self.officeSheet, table], in: folder)

        let dry = try Self.workplan(["import", table, "--units", folder.path + "/plan.md", "--dry-run"], in: folder)
        #expect(dry.status == 0)
        #expect(dry.output.contains("trang “Phụ lục”: tiêu đề ở dòng 6, 10 dòng, 2 mảng, 8 nhiệm vụ."), "\(dry.output)")
        #expect(dry.output.contains("dòng 9: Văn phòng UBND tỉnh → VPUBNDT") && dry.output.contains("→ SVHTTDL"), "\(dry.output)")
        #expect(dry.output.contains("dòng 16, cột “Thời gian hoàn thành”: không đọc được “Sau khi có ý kiến của Thường trực”"))
        #expect(dry.output.hasSuffix("Chạy thử: chưa ghi tệp nào.\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/bang.md"))

        let written = try Self.workplan(["import", table, "--units", folder.path + "/plan.md"], in: folder)
        #expect(written.status == 0 && written.output.contains("Đã tạo \(folder.path)/bang.md"), "\(written.output)")
        let plan = try String(contentsOfFile: folder.path + "/bang.md", encoding: .utf8)
        #expect(plan.contains("""
            - [ ] Kỳ họp thường lệ giữa năm 2022  id:T1 lead:TH with:BKTNS,BPC,VPUBNDT product:Nghị_quyết due:2022-06-30 due-words:Quý_II/2022
              Dự kiến tổ chức trong 3 ngày
              - [ ] Dự thảo chương trình kỳ họp  id:T1.1 lead:TH product:Chương_trình due:2022-06-10
              - [ ] Tổng hợp ý kiến cử tri  id:T1.2 lead:CTDB with:MTTQ product:Báo_cáo due:2022-06-30 due-words:Trước_30/6/2022
                - [ ] Nhận báo cáo của các Tổ đại biểu  id:T1.2.1 lead:CTDB due:2022-06-30 due-words:Tháng_6/2022
            """), "\(plan)")
        let check = try Self.workplan(["check", folder.path + "/bang.md"], in: folder)
        #expect(check.status == 0 && check.output.contains("không có vấn đề nào (8 nhiệm vụ)"), "\(check.output)")

        // Exported back: the same rows, texts, units by name and times in the table's words.
        let back = folder.path + "/back.xlsx"
        #expect(try Self.workplan(["export", "plan", folder.path + "/bang.md", "--format", "xlsx", "-o", back], in: folder).status == 0)
        let read = """
            import sys, json, openpyxl
            def rows(path, first):
                sheet = openpyxl.load_workbook(path).worksheets[0]
                return [[str(c) if c is not None else "" for c in row[1:5]]
                        for row in sheet.iter_rows(min_row=first, values_only=True) if row[1]]
            print(json.dumps([rows(sys.argv[1], 8), rows(sys.argv[2], 2)], ensure_ascii=False, default=str))
            """
        let pair = try PaperDocumentTests.run("python3", ["-c", read, table, back], in: folder)
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(pair.utf8)) as? [[[String]]], "\(pair)")
        try #require(tables.count == 2 && tables[0].count == tables[1].count, "\(pair)")
        for (office, exported) in zip(tables[0], tables[1]) {
            // A remark that is not tags ("Phối hợp … khi cần.") is a line of the task's note, and comes back under its text.
            #expect(exported[0] == office[0] || exported[0].hasPrefix(office[0] + "\n"), "the task's text")
            #expect(office[1] == exported[1], "the lead unit by its name")
            #expect(office[3].hasPrefix("2022-06-10") ? exported[3].hasPrefix("2022-06-10") : office[3] == exported[3], "\(office[3])")
        }
    }

    @Test("the same sheet saved as CSV by LibreOffice imports into the same plan")
    func officeCSV() throws {
        let folder = try PaperDocumentTests.folder()
        let table = folder.path + "/bang.xlsx"
        _ = try PaperDocumentTests.run("python3", ["-c", Self.officeSheet, table], in: folder)
        _ = try PaperDocumentTests.run("soffice", ["-env:UserInstallation=file://\(folder.path)/libreoffice", "--headless",
                                                   "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                                                   folder.path, table], in: folder)
        for (input, output) in [(table, "a.md"), (folder.path + "/bang.csv", "b.md")] {
            let run = try Self.workplan(["import", input, "--units", folder.path + "/plan.md", "-o", folder.path + "/" + output],
                                        in: folder)
            #expect(run.status == 0, "\(run.output)")
        }
        let lines = { (name: String) in
            try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("Nhập từ") }
        }
        #expect(try lines("a.md") == lines("b.md"))
    }

    @Test("the plan's own workbook imports back into the same task lines; a file that is not a table is refused and nothing written")
    func roundTripAndRefusal() throws {
        let folder = try PaperDocumentTests.folder()
        let workbook = folder.path + "/plan.xlsx"
        #expect(try Self.workplan(["export", "plan", folder.path + "/plan.md", "--format", "xlsx", "-o", workbook], in: folder).status == 0)
        let imported = try Self.workplan(["import", workbook, "-o", folder.path + "/back.md"], in: folder)
        #expect(imported.status == 0 && imported.output.contains("Đọc được mọi ô."), "\(imported.output)")
        let tasks = { (path: String) in
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix(" ") || $0.hasPrefix("- [") }
        }
        #expect(try tasks(folder.path + "/back.md") == tasks(folder.path + "/plan.md"))

        try Data([0x89, 0x50, 0x4E, 0x47, 0, 1]).write(to: URL(fileURLWithPath: folder.path + "/anh.png"))
        // The sentence itself is checked by the transcript import.t.
        let refused = try Self.workplan(["import", folder.path + "/anh.png"], in: folder)
        #expect(refused.status == 1 && refused.output.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/anh.md"))
    }
}
