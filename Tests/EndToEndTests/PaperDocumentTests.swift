import Foundation
import Testing

/// The office's papers as a records clerk gets them: `workplan export` on the example plan and its
/// meetings, each Word file converted to PDF by LibreOffice (which refuses a damaged package),
/// its text read back with pdftotext and its pages measured with pdfinfo.
@Suite("Papers in LibreOffice", .enabled(if: Programs.canReadPapers, Programs.papersNote), .serialized)
struct PaperDocumentTests {
    /// A folder with the example plan and one meeting's minutes beside it.
    static func folder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(prefix: "workplan-papers")
        try FileManager.default.copyItem(atPath: Fixtures.examplePlan2021, toPath: folder.path + "/plan.md")
        try FileManager.default.createDirectory(atPath: folder.path + "/plan.meetings", withIntermediateDirectories: true)
        try """
            # Họp giao ban tháng 10/2021

            - Ngày họp: 2021-10-05
            - Bắt đầu: 08:00
            - Chủ trì: Nguyễn Văn Hùng, Chánh Văn phòng
            - Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng
            - Chương trình: KH4, TX1

            ## 1. KH4 — Kỳ họp thường lệ cuối năm 2021
            - Thời gian: 08:05–08:40
            - Trạng thái: todo → doing
            - Kết quả: Đã dự thảo chương trình kỳ họp.
            - Kết luận, chỉ đạo: Phòng Tổng hợp trình Thường trực HĐND tỉnh trước ngày 20/11/2021.
            - Phụ trách: Phòng Tổng hợp
            - Theo dõi tiếp: yes

            - Kết thúc: 09:30

            """.write(toFile: folder.path + "/plan.meetings/2021-10-05-hop-giao-ban.md", atomically: true, encoding: .utf8)
        return folder
    }

    /// Runs a program found on PATH in the folder's environment and returns what it printed.
    static func run(_ program: String, _ arguments: [String], in folder: TemporaryFolder) throws -> String {
        let path = try #require(Programs.path(program) ?? (program == "workplan" ? try Fixtures.workplanBinary() : nil),
                                "\(program) is not installed")
        // The folder as HOME keeps LibreOffice's profile out of the user's; Python keeps its own
        // environment, where a version manager (pyenv) finds its interpreter through HOME.
        let environment = program == "python3" ? ProcessInfo.processInfo.environment
            : ["HOME": folder.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
               "WORKPLAN_TODAY": "2021-10-29", "LANG": "C.UTF-8"]
        let result = try Spawn.run(path, arguments, environment: environment, capture: true)
        #expect(result.status == 0, "\(program) \(arguments.joined(separator: " ")) exited with \(result.status)")
        return result.output
    }

    /// The text of each page of a paper, after writing it and converting it to PDF.
    static func pages(of kind: String, _ options: [String], in folder: TemporaryFolder) throws -> (text: String, info: String) {
        let workplan = try Fixtures.workplanBinary()
        let docx = folder.path + "/\(kind).docx"
        let written = try Spawn.run(workplan, ["export", kind, folder.path + "/plan.md", "-o", docx] + options,
                                    environment: ["HOME": folder.path, "WORKPLAN_TODAY": "2021-10-29"], capture: true)
        #expect(written.status == 0)
        #expect(written.output == "Đã ghi \(["plan": "kế hoạch", "report": "báo cáo", "minutes": "biên bản"][kind] ?? "") vào \(docx).\n")
        _ = try run("soffice", ["-env:UserInstallation=file://\(folder.path)/libreoffice", "--headless",
                                "--convert-to", "pdf", "--outdir", folder.path, docx], in: folder)
        let pdf = folder.path + "/\(kind).pdf"
        #expect(FileManager.default.fileExists(atPath: pdf), "LibreOffice made no PDF of \(kind).docx")
        return (try run("pdftotext", ["-layout", pdf, "-"], in: folder),
                try run("pdfinfo", ["-f", "1", "-l", "99", pdf], in: folder))
    }

    /// The sizes of the pages pdfinfo lists, portrait A4 as `P` and landscape A4 as `L`.
    static func pageShapes(_ info: String) -> String {
        info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains("size:") }.map { line in
            if line.contains("595.") && line.contains("x 841.") { return "P" }
            if line.contains("841.") && line.contains("x 595.") { return "L" }
            return "?"
        }.joined()
    }

    /// The words of a text with its spacing made single, for finding phrases across layout.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }).joined(separator: " ")
    }

    @Test("the plan is a KẾ HOẠCH on portrait A4 with its appendix table on landscape pages")
    func plan() throws {
        let folder = try Self.folder()
        let (text, info) = try Self.pages(of: "plan", ["--date", "2021-01-04"], in: folder)
        let words = Self.words(text)
        for phrase in ["HĐND TỈNH QUẢNG NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                       "Số: 05/KH-VP", "Quảng Nam, ngày 04 tháng 01 năm 2021", "KẾ HOẠCH", "Công tác năm 2021",
                       "I. NỘI DUNG NHIỆM VỤ", "II. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "Lưu: VT, VP.", "CHÁNH VĂN PHÒNG",
                       "Nguyễn Văn Hùng", "PHỤ LỤC", "Kèm theo Kế hoạch số 05/KH-VP ngày 04/01/2021", "STT",
                       "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Ghi chú",
                       "Chuẩn bị các kỳ họp HĐND tỉnh năm 2021", "Phòng Tổng hợp"] {
            #expect(words.contains(phrase), "the plan's PDF lacks \(phrase)")
        }
        let shapes = Self.pageShapes(info)
        #expect(shapes.hasPrefix("P") && shapes.contains("L") && !shapes.contains("?"), "pages: \(shapes)")
        #expect(shapes.firstIndex(of: "L").map { !shapes[$0...].contains("P") } == true)
        // Page numbers from page 2: the second page's text starts with its number.
        let pageTexts = text.split(separator: "\u{0C}")
        #expect(pageTexts.count >= 3)
        #expect(pageTexts.dropFirst().first?.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }?
            .trimmingCharacters(in: .whitespaces) == "2")
        #expect(!(pageTexts.first?.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }?
            .trimmingCharacters(in: .whitespaces) == "1"))
    }

    @Test("the report is a BÁO CÁO with the counts, the rate of tasks come due, the meeting's decision and the open tasks")
    func report() throws {
        let folder = try Self.folder()
        let (text, info) = try Self.pages(of: "report", ["--number", "12"], in: folder)
        let words = Self.words(text)
        for phrase in ["Số: 12/BC-VP", "Quảng Nam, ngày 29 tháng 10 năm 2021", "BÁO CÁO",
                       "Tình hình thực hiện kế hoạch công tác năm 2021", "Tính đến ngày 29/10/2021",
                       "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "tỷ lệ hoàn thành nhiệm vụ đến hạn",
                       "9 buổi tiếp công dân, 42 lượt công dân, 26 vụ việc", "Họp giao ban tháng 10/2021",
                       "Phòng Tổng hợp trình Thường trực HĐND tỉnh trước ngày 20/11/2021", "CHÁNH VĂN PHÒNG"] {
            #expect(words.contains(phrase), "the report's PDF lacks \(phrase)")
        }
        #expect(!words.contains("KH4 "), "the report's paper names tasks by their ids")
        #expect(words.contains("(chủ trì Phòng Tổng hợp; hạn") && !words.contains("chủ trì TH;"),
                "the report's paper names lead units by their codes")
        #expect(Self.pageShapes(info).allSatisfy { $0 == "P" })
    }

    @Test("the minutes are a BIÊN BẢN: no place-and-date line, the meeting in order, its closing line, two signatures")
    func minutes() throws {
        let folder = try Self.folder()
        let (text, info) = try Self.pages(of: "minutes", [], in: folder)
        let words = Self.words(text)
        for phrase in ["HĐND TỈNH QUẢNG NAM", "Số: 05/BB-VP", "BIÊN BẢN", "Họp giao ban tháng 10/2021",
                       "Thời gian bắt đầu: 08 giờ 00 phút, ngày 05 tháng 10 năm 2021", "Thành phần tham dự:",
                       "Chủ trì: Nguyễn Văn Hùng, Chánh Văn phòng", "1. Kỳ họp thường lệ cuối năm 2021",
                       "Trạng thái: chưa thực hiện → đang thực hiện", "Kết luận, chỉ đạo:",
                       "Cuộc họp kết thúc vào 09 giờ 30 phút, ngày 05 tháng 10 năm 2021./.", "THƯ KÝ", "CHỦ TRÌ",
                       "Nơi nhận:"] {
            #expect(words.contains(phrase), "the minutes' PDF lacks \(phrase)")
        }
        #expect(!words.contains("Quảng Nam, ngày"))
        #expect(!words.contains("08:05"))
        #expect(Self.pageShapes(info).allSatisfy { $0 == "P" })
    }

    @Test("the plan's table as an Excel workbook reads back in openpyxl with Vietnamese headers, real dates, a frozen header, and LibreOffice opens it")
    func workbook() throws {
        let folder = try Self.folder()
        let workbook = folder.path + "/plan.xlsx"
        let written = try Spawn.run(try Fixtures.workplanBinary(), ["export", "plan", folder.path + "/plan.md", "--format", "xlsx",
                                                                    "-o", workbook],
                                    environment: ["HOME": folder.path, "WORKPLAN_TODAY": "2021-10-29"], capture: true)
        #expect(written.status == 0 && written.output == "Đã ghi bảng nhiệm vụ vào \(workbook).\n")
        let script = """
            import sys, json, datetime, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book.worksheets[0]
            rows = list(sheet.iter_rows(values_only=True))
            kh1 = next(row for row in rows if row[7] == "KH1")
            print(json.dumps({
                "names": book.sheetnames, "header": list(rows[0]), "rows": len(rows), "frozen": sheet.freeze_panes,
                "group": [rows[1][0], rows[1][1]], "kh1": [kh1[0], kh1[2], kh1[8]],
                "due": kh1[4].strftime("%Y-%m-%d") if isinstance(kh1[4], datetime.datetime) else repr(kh1[4]),
                "format": sheet.cell(row=rows.index(kh1) + 1, column=5).number_format,
                "widths": [sheet.column_dimensions[c].width for c in "ABCDE"],
                "bold": sheet.cell(row=2, column=2).font.b, "font": sheet.cell(row=3, column=2).font.name}, ensure_ascii=False))
            """
        let read = try Self.run("python3", ["-c", script, workbook], in: folder)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [String: Any], "\(read)")
        #expect(facts["names"] as? [String] == ["Kế hoạch", "Đơn vị", "Người theo dõi"])
        #expect(facts["header"] as? [String] == ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                                 "Thời gian hoàn thành", "Sản phẩm", "Ghi chú", "Mã", "Trạng thái",
                                                 "Người theo dõi", "Bắt đầu", "Ngày hoàn thành", "Tiến độ", "Văn bản giao",
                                                 "Ngày văn bản", "Trường khác"])
        #expect(facts["rows"] as? Int == 1 + 122 + 4, "a header, the 122 tasks and a group row per track")
        #expect(facts["frozen"] as? String == "A2")
        #expect(facts["group"] as? [String] == ["I", "Chuẩn bị các kỳ họp HĐND tỉnh năm 2021"])
        #expect(facts["kh1"] as? [String] == ["1", "Phòng Tổng hợp", "hoàn thành"])
        #expect(facts["due"] as? String == "2021-01-20")
        #expect(facts["format"] as? String == "dd/mm/yyyy")
        #expect((facts["widths"] as? [Double]).map { $0[1] > $0[0] && $0.allSatisfy { $0 >= 6 } } == true)
        #expect(facts["bold"] as? Bool == true && facts["font"] as? String == "Times New Roman")
        _ = try Self.run("soffice", ["-env:UserInstallation=file://\(folder.path)/libreoffice", "--headless",
                                     // Comma-separated, quoted, in UTF-8 (76).
                                     "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path,
                                     workbook], in: folder)
        let csv = try String(contentsOfFile: folder.path + "/plan.csv", encoding: .utf8)
        #expect(csv.contains("Kỳ họp chuyên đề tháng 01/2021 của HĐND tỉnh khóa IX") && csv.contains("20/01/2021"), "\(csv)")
    }

    @Test("the report's tables and the list as workbooks read back in openpyxl: a sheet per table, numbers, rates and dates typed; LibreOffice opens them")
    func reportAndListWorkbooks() throws {
        let folder = try Self.folder()
        let report = folder.path + "/bao-cao.xlsx"
        let list = folder.path + "/danh-sach.xlsx"
        for arguments in [["report", folder.path + "/plan.md", "--format", "xlsx", "-o", report],
                          ["list", folder.path + "/plan.md", "--format", "xlsx", "--status", "open", "-o", list]] {
            let written = try Spawn.run(try Fixtures.workplanBinary(), arguments,
                                        environment: ["HOME": folder.path, "WORKPLAN_TODAY": "2021-10-29"], capture: true)
            #expect(written.status == 0, "\(arguments)")
        }
        let script = """
            import sys, json, datetime, openpyxl
            report = openpyxl.load_workbook(sys.argv[1])
            summary = list(report["Tổng hợp"].iter_rows(values_only=True))
            meetings = list(report["Cuộc họp"].iter_rows(values_only=True))
            tasks = list(openpyxl.load_workbook(sys.argv[2]).worksheets[0].iter_rows(values_only=True))
            head = list(summary[0])
            total = summary[-1]
            due = tasks[0].index("Hạn")
            print(json.dumps({
                "sheets": report.sheetnames, "total": [total[0], type(total[head.index("Tổng số")]).__name__,
                type(total[head.index("Tỷ lệ hoàn thành nhiệm vụ đến hạn (%)")]).__name__],
                "frozen": report["Tổng hợp"].freeze_panes, "decision": [row[0] for row in meetings[1:]],
                "tasks": len(tasks) - 1, "due": type(tasks[1][due]).__name__}, ensure_ascii=False))
            """
        let read = try Self.run("python3", ["-c", script, report, list], in: folder)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [String: Any], "\(read)")
        #expect(facts["sheets"] as? [String] == ["Tổng hợp", "Đơn vị", "Người theo dõi", "Kết quả", "Cuộc họp", "Chuyển tiếp"])
        #expect(facts["total"] as? [String] == ["Toàn kế hoạch", "int", "float"])
        #expect(facts["frozen"] as? String == "A2")
        #expect(facts["decision"] as? [String] == ["Cuộc họp", "Kết luận"])
        #expect(facts["tasks"] as? Int == 38 && facts["due"] as? String == "datetime")
        for workbook in [report, list] {
            _ = try Self.run("soffice", ["-env:UserInstallation=file://\(folder.path)/libreoffice", "--headless",
                                         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path,
                                         workbook], in: folder)
        }
        let csv = try String(contentsOfFile: folder.path + "/bao-cao.csv", encoding: .utf8)
        #expect(csv.contains("Toàn kế hoạch"), "\(csv)")
    }
}
