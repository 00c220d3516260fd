import Foundation
import Testing
import ZIPFoundation

@testable import WorkplanCore

/// The office's papers: who issues them, read from the plan; the words the decree prescribes;
/// the plan's appendix table; and the Word package they are written in.
@Suite("Papers")
struct PaperTests {
    static let builtin = Plan(BuiltinPlan.text)

    @Test("the built-in plan names the Quảng Nam office, and reading the section reports what it cannot read")
    func identity() {
        let office = Self.builtin.office
        #expect(office.superior == "HĐND TỈNH QUẢNG NAM" && office.office == "VĂN PHÒNG" && office.abbreviation == "VP")
        #expect(office.place == "Quảng Nam" && office.signerTitle == "CHÁNH VĂN PHÒNG" && office.signer == "Nguyễn Văn Hùng")
        #expect(office.recipients.first == "Thường trực HĐND tỉnh" && office.recipients.count == 4)
        #expect(office.nextNumber == 5)
        #expect(Self.builtin.problems.isEmpty)
        #expect(!Self.builtin.tracks.contains { $0.title == "Cơ quan" })

        let plan = Plan("""
            # Kế hoạch

            ## Office
            - Superior: HĐND TỈNH X
            - NGUOI KY: Lê Văn A
            - màu: đỏ
            - số tiếp theo: năm
              không phải một mục

            """)
        #expect(plan.office.superior == "HĐND TỈNH X" && plan.office.signer == "Lê Văn A")
        #expect(plan.problems.map(\.line) == [6, 7, 8])
        #expect(plan.problems.map(\.column) == [3, 3, 3])
        #expect(plan.problems.map(\.kind) == [.officeLine(.unknownKey("màu")), .officeLine(.badNumber("năm")),
                                              .officeLine(.notAnItem)])
        #expect(plan.problems[0].message(.vi).contains("không có khóa \"màu\""))

        var config = OfficeIdentity()
        config.signer = "Trần B"
        let laid = plan.office.overlaid(with: config)
        #expect(laid.signer == "Trần B" && laid.superior == "HĐND TỈNH X")
    }

    @Test("numbers carry a leading zero below 10, dates the decree's zeros, and a paper without a number leaves it blank")
    func words() throws {
        let date = try #require(PlanDate(iso: "2021-02-05"))
        #expect(Paper.dateInWords(date) == "ngày 05 tháng 02 năm 2021")
        #expect(Paper.placeAndDate("Quảng Nam", try #require(PlanDate(iso: "2020-12-24")))
            == "Quảng Nam, ngày 24 tháng 12 năm 2020")
        #expect(Paper.placeAndDate(nil, try #require(PlanDate(iso: "2021-03-10"))) == "Ngày 10 tháng 3 năm 2021")
        var paper = Paper.plan(Self.builtin, identity: Self.builtin.office, number: 5, date: date)
        #expect(paper.numberLine == "Số: 05/KH-VP")
        paper.number = 12
        #expect(paper.numberLine == "Số: 12/KH-VP")
        paper.number = nil
        paper.identity.abbreviation = nil
        #expect(paper.numberLine == "Số:       /KH")
    }

    @Test("the plan's appendix has a group row per track and tasks numbered 1, 1.1, 1.1.1, units by their names")
    func appendix() throws {
        let plan = Plan("""
            # Kế hoạch công tác năm 2021

            Mở đầu của kế hoạch,
            viết trên hai dòng.

            ## Đơn vị
            - TH: Phòng Tổng hợp
            - HC: Phòng Hành chính

            ## Kỳ họp
            - [ ] Kỳ họp giữa năm  id:A lead:TH with:HC,XX due:2021-07-10 product:Nghị_quyết tag:thường_xuyên
              Ghi chú không in ra.
              - [x] Chuẩn bị  id:A.1 lead:HC
                - [ ] Hội trường  id:A.1.1
              - [ ] Tài liệu  id:A.2
            - [ ] Kỳ họp cuối năm  id:B

            ## Bầu cử
            - [ ] Bầu cử  id:C lead:TH

            """)
        let date = try #require(PlanDate(iso: "2021-01-04"))
        let paper = Paper.plan(plan, identity: OfficeIdentity(), number: nil, date: date)
        let rows = try #require(paper.appendix).table.rows
        #expect(rows.map { $0.cells[0] } == ["I", "1", "1.1", "1.1.1", "1.2", "2", "II", "1"])
        #expect(rows.map(\.isGroup) == [true, false, false, false, false, false, true, false])
        #expect(rows[1].cells == ["1", "Kỳ họp giữa năm", "Phòng Tổng hợp", "Phòng Hành chính, XX", "10/07/2021",
                                  "Nghị quyết", "thường xuyên"])
        #expect(paper.subject == ["Công tác năm 2021"])
        #expect(paper.body.first == .paragraph("Mở đầu của kế hoạch, viết trên hai dòng."))
        #expect(paper.body.contains(.item("Kỳ họp giữa năm (chủ trì: Phòng Tổng hợp);", level: 0)))
        #expect(!paper.body.contains(.item("Chuẩn bị (chủ trì: Phòng Hành chính);", level: 0)))
        #expect(paper.body.contains(.item("Phòng Tổng hợp: chủ trì 2 nhiệm vụ;", level: 0)))
        #expect(try #require(paper.appendix).reference == "(Kèm theo Kế hoạch số       /KH ngày 04/01/2021)")
    }

    @Test("the Word package holds the parts a reader needs, in A4 with the decree's header, escaped text and page numbers from page 2")
    func package() throws {
        var identity = Self.builtin.office
        identity.signer = "Nguyễn <Văn> & Hùng"
        let date = try #require(PlanDate(iso: "2021-10-29"))
        let paper = Paper.plan(Self.builtin, identity: identity, number: 5, date: date)
        let bytes = try WordPackage.bytes(of: paper)
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let names = Set(archive.map(\.path))
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                          "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                          "word/header1.xml", "word/header2.xml"])
        func part(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let document = try part("word/document.xml")
        #expect(try part("word/styles.xml").contains("w:ascii=\"Times New Roman\""))
        #expect(try part("word/header1.xml").contains(" PAGE "))
        for expected in ["HĐND TỈNH QUẢNG NAM", "VĂN PHÒNG", "Số: 05/KH-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 29 tháng 10 năm 2021", "KẾ HOẠCH",
                         "Nơi nhận:", "Lưu: VT, VP.", "CHÁNH VĂN PHÒNG", "Nguyễn &lt;Văn&gt; &amp; Hùng", "PHỤ LỤC",
                         "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", "w:orient=\"landscape\"", "<w:titlePg/>",
                         "<w:tblHeader/>", "<w:pStyle w:val=\"CellGroup\"/>"] {
            #expect(document.contains(expected), "document.xml lacks \(expected)")
        }
        #expect(!document.contains("Nguyễn <Văn>"))
        // The same paper makes the same bytes.
        #expect(try WordPackage.bytes(of: paper) == bytes)
    }

    @Test("a part in chunks reads as one run of bytes, from any position, in pieces of any size")
    func chunks() {
        let chunks: [[UInt8]] = [[1, 2, 3], [], [4], [5, 6, 7, 8], [9]]
        var reader = ChunkReader(chunks: chunks)
        #expect(reader.total == 9)
        var read: [UInt8] = []
        var position = 0
        for size in [2, 3, 1, 5] {
            let piece = reader.read(from: position, count: size)
            read += piece
            position += piece.count
        }
        #expect(read == Array(1...9))
        #expect([UInt8](reader.read(from: 3, count: 4)) == [4, 5, 6, 7])
        #expect([UInt8](reader.read(from: 0, count: 2)) == [1, 2])
        #expect(reader.read(from: 9, count: 4).isEmpty)
    }

    @Test("a large table written on several threads is byte for byte the table written on one")
    func tableInParts() {
        let rows = (0..<1200).map { number in
            Paper.Row(cells: number % 100 == 0 ? ["I", "Mảng \(number) & <b>"]
                                               : ["\(number)", "Việc \(number)\nhai dòng", "TH", "", "01/02/2021", "", ""],
                      isGroup: number % 100 == 0)
        }
        let table = Paper.Table(columns: ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm", "Ghi chú"],
                                weights: [1, 4, 2, 2, 1, 1, 1], rows: rows)
        var whole = WordXML()
        whole.dataTable(table, width: 14000, parts: 1)
        for parts in [2, 3, 7] {
            var cut = WordXML()
            cut.dataTable(table, width: 14000, parts: parts)
            #expect(cut.bytes.joined().elementsEqual(whole.bytes.joined()))
            #expect(cut.count == whole.count)
        }
        let text = String(decoding: whole.bytes.joined(), as: UTF8.self)
        #expect(text.contains("Mảng 1100 &amp; &lt;b&gt;") && text.contains("<w:t xml:space=\"preserve\">hai dòng</w:t>"))
        #expect(whole.count == whole.bytes.reduce(0) { $0 + $1.count })
    }

    @Test("minutes follow template 1.9: no place-and-date line, the meeting's order, the closing line, two signatures")
    func minutes() throws {
        let date = try #require(PlanDate(iso: "2021-03-15"))
        var item = MinutesItem(taskId: "KH1", title: "Kỳ họp thường lệ giữa năm")
        item.statusBefore = .notStarted
        item.statusAfter = .inProgress
        item.dueBefore = PlanDate(iso: "2021-07-10")
        item.dueAfter = PlanDate(iso: "2021-07-10")
        item.outcome = "Đã dự thảo chương trình.\nCòn chờ ý kiến."
        item.decision = "Hoàn thiện dự thảo."
        item.from = ClockTime(hour: 8, minute: 5)
        let minutes = MeetingMinutes(title: "Họp giao ban tháng 3/2021", date: date,
                                     started: try #require(ClockTime(hour: 8, minute: 0)),
                                     chair: "Đ/c Chánh Văn phòng", attendees: "Lãnh đạo Văn phòng", agenda: ["KH1"],
                                     items: [item], ended: ClockTime(hour: 9, minute: 30))
        let paper = Paper.minutes(minutes, identity: Self.builtin.office, number: 3)
        #expect(paper.date == nil && paper.numberLine == "Số: 03/BB-VP")
        #expect(paper.body == [
            .labelled(label: "Thời gian bắt đầu", text: "08 giờ 00 phút, ngày 15 tháng 3 năm 2021"),
            .labelled(label: "Thành phần tham dự", text: "Lãnh đạo Văn phòng"),
            .labelled(label: "Chủ trì", text: "Đ/c Chánh Văn phòng"),
            .labelled(label: "Nội dung", text: ""),
            .heading("1. Kỳ họp thường lệ giữa năm"),
            .labelled(label: "Trạng thái", text: "chưa thực hiện → đang thực hiện"),
            .labelled(label: "Kết quả", text: "Đã dự thảo chương trình.\nCòn chờ ý kiến."),
            .labelled(label: "Kết luận, chỉ đạo", text: "Hoàn thiện dự thảo."),
            .closingLine("Cuộc họp kết thúc vào 09 giờ 30 phút, ngày 15 tháng 3 năm 2021./."),
        ])
        #expect(paper.closing == .secretaryAndChair(secretary: nil, chair: "Đ/c Chánh Văn phòng",
                                                    recipients: Self.builtin.office.recipients))
        #expect(MinutesPaperText.signatureName("Nguyễn Văn Hùng, Chánh Văn phòng") == "Nguyễn Văn Hùng")
        #expect(MinutesPaperText.signatureName("  ") == nil)
        let document = String(decoding: WordDocument(paper: paper).document.joined(), as: UTF8.self)
        #expect(!document.contains("Quảng Nam, ngày"))
        #expect(document.contains("THƯ KÝ") && document.contains("CHỦ TRÌ"))
    }
}
