import Testing

@testable import WorkplanCore

@Suite("Parsing")
struct ParsingTests {
    static let structure = """
        # Kế hoạch thử nghiệm

        - [ ] Việc trước mảng  id:P0
        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH with:HC,CTDB due:2021-07-10
          - [x] Dự thảo chương trình  id:KH1.1 done:2021-06-18
          - [/] Hậu cần  id:KH1.2
            - [X] Hội trường  id:KH1.2.1
              Ghi chú hội trường.
            - [-] Xe đưa đón  id:KH1.2.2
          - [>] Tài liệu  id:KH1.3
        - [!] Kỳ họp cuối năm  id:KH2
        ##   Nhiệm vụ thường xuyên
        * [ ] Tiếp công dân  id:TX1 tag:tiep-cong-dan,dinh-ky
        + [/] Đơn thư  id:TX2 progress:121/127

        """

    @Test("title and tracks, with an unnamed track for tasks before the first heading")
    func titleAndTracks() {
        let plan = Plan(Self.structure)
        #expect(plan.title == "Kế hoạch thử nghiệm")
        #expect(plan.tracks.map(\.title) == ["", "Chuẩn bị kỳ họp", "Nhiệm vụ thường xuyên"])
        #expect(plan.tracks.map(\.line) == [nil, 3, 12])
        #expect(plan.tracks.map(\.tasks) == [0..<1, 1..<8, 8..<10])
        #expect(plan.tasks.map(\.track) == [0, 1, 1, 1, 1, 1, 1, 1, 2, 2])
        #expect(plan.problems.isEmpty)
        #expect(plan.units.isEmpty)
    }

    @Test("depth, parent, subtree and lines")
    func tree() throws {
        let plan = Plan(Self.structure)
        #expect(plan.tasks.map(\.id) == ["P0", "KH1", "KH1.1", "KH1.2", "KH1.2.1", "KH1.2.2", "KH1.3", "KH2", "TX1", "TX2"])
        #expect(plan.tasks.map(\.line) == [2, 4, 5, 6, 7, 9, 10, 11, 13, 14])
        #expect(plan.tasks.map(\.depth) == [0, 0, 1, 1, 2, 2, 1, 0, 0, 0])
        #expect(plan.tasks.map(\.indent) == [0, 0, 2, 2, 4, 4, 2, 0, 0, 0])
        #expect(plan.tasks.map(\.parent) == [nil, nil, 1, 1, 3, 3, 1, nil, nil, nil])
        #expect(plan.tasks.map(\.descendantCount) == [0, 5, 0, 2, 0, 0, 0, 0, 0, 0])
        #expect(plan.children(of: 1) == [2, 3, 6])
        #expect(plan.children(of: 3) == [4, 5])
        #expect(plan.children(of: 4).isEmpty)
        #expect(plan.ancestors(of: 4) == [3, 1])
        #expect(plan.ancestors(of: 1).isEmpty)
        #expect(plan.tasks[1].subtree(at: 1) == 1..<7)
        #expect(try index(plan, "KH1.2.2") == 5)
        #expect(plan.taskIndex(id: "nope") == nil)
    }

    @Test("a task is found by its line (1-based) or by @LINE")
    func byLine() {
        let plan = Plan(Self.structure)
        #expect(plan.taskIndex(line: 3) == 0)
        #expect(plan.taskIndex(line: 5) == 1)
        #expect(plan.taskIndex(line: 15) == 9)
        #expect(plan.taskIndex(line: 4) == nil)
        #expect(plan.taskIndex(line: 9) == nil)
        #expect(plan.taskIndex(line: 0) == nil)
        #expect(plan.taskIndex(line: 99) == nil)
        #expect(plan.taskIndex(reference: "@8") == 4)
        #expect(plan.taskIndex(reference: "KH1.2.1") == 4)
        #expect(plan.taskIndex(reference: "@x") == nil)
        #expect(plan.taskIndex(reference: "@1") == nil)
    }

    @Test("statuses, marks and fields")
    func statusesAndFields() throws {
        let plan = Plan(Self.structure)
        #expect(plan.tasks.map(\.status) == [.notStarted, .notStarted, .done, .inProgress, .done, .cancelled,
                                             .postponed, .blocked, .notStarted, .inProgress])
        #expect(plan.tasks[4].mark == "X")
        #expect(plan.tasks[2].mark == "x")
        let meeting = plan.tasks[1]
        #expect(meeting.title == "Kỳ họp giữa năm")
        #expect(meeting.fields == [Field(key: "id", value: "KH1"), Field(key: "lead", value: "TH"),
                                   Field(key: "with", value: "HC,CTDB"), Field(key: "due", value: "2021-07-10")])
        #expect(meeting.lead == "TH")
        #expect(meeting.coordinators == ["HC", "CTDB"])
        #expect(meeting.due == (try date("2021-07-10")))
        #expect(meeting.doneDate == nil)
        #expect(plan.tasks[2].doneDate == (try date("2021-06-18")))
        #expect(plan.tasks[8].tags == ["tiep-cong-dan", "dinh-ky"])
        #expect(plan.tasks[9].progress == .count(done: 121, total: 127))
        #expect(plan.tasks[9].isOpen)
        #expect(!plan.tasks[5].isOpen)
        #expect(!plan.tasks[2].isOpen)
        #expect(plan.tasks[6].isOpen)
        #expect(plan.tasks[7].isOpen)
    }

    @Test("an indented line under a task is its note")
    func note() {
        let plan = Plan(Self.structure)
        #expect(plan.tasks[4].noteLines == 8..<9)
        #expect(plan.note(of: 4) == "Ghi chú hội trường.")
        #expect(plan.tasks[5].noteLines.isEmpty)
        #expect(plan.note(of: 5) == "")
    }

    @Test("blank lines inside a note belong to it")
    func blankLinesInNote() {
        let plan = Plan("""
            - [/] Tổng hợp ý kiến cử tri  id:TX2 lead:CTDB
              Đã nhận báo cáo của 9/10 Tổ đại biểu.

              Còn thiếu Tổ đại biểu huyện Đắk Glong.
            - [ ] Next task

            """)
        #expect(plan.tasks.count == 2)
        #expect(plan.tasks[0].noteLines == 1..<4)
        #expect(plan.note(of: 0) == "Đã nhận báo cáo của 9/10 Tổ đại biểu.\n\nCòn thiếu Tổ đại biểu huyện Đắk Glong.")
        #expect(plan.tasks[1].parent == nil)
    }

    @Test("a blank line followed by an unindented line ends a note")
    func noteEndedByUnindentedLine() {
        let plan = Plan("""
            - [ ] Việc A  id:A
              ghi chú một
              ghi chú hai


            Đoạn văn tự do.
              không phải ghi chú
            - [ ] Việc B  id:B

            """)
        #expect(plan.tasks[0].noteLines == 1..<3)
        #expect(plan.note(of: 0) == "ghi chú một\nghi chú hai")
        #expect(plan.tasks[1].noteLines.isEmpty)
        #expect(plan.tasks[1].line == 7)
    }

    @Test("trailing blank lines before the next task are not part of the note")
    func trailingBlanks() {
        let plan = Plan("- [ ] A\n  ghi chú\n\n\n- [ ] B\n")
        #expect(plan.tasks[0].noteLines == 1..<2)
    }

    @Test("a list item without a checkbox under a task is a note line")
    func listItemAsNote() {
        let plan = Plan("""
            - [ ] Việc A  id:A
              - mục không có ô đánh dấu
              * mục khác
              - [ ] Việc con  id:A.1
                ## không phải tiêu đề mảng

            """)
        #expect(plan.tasks.count == 2)
        #expect(plan.tasks[0].noteLines == 1..<3)
        #expect(plan.note(of: 0) == "- mục không có ô đánh dấu\n* mục khác")
        #expect(plan.tasks[1].parent == 0)
        #expect(plan.tasks[1].depth == 1)
        #expect(plan.note(of: 1) == "## không phải tiêu đề mảng")
        #expect(plan.tracks.count == 1)
        #expect(plan.tracks[0].title == "")
    }

    @Test("a note keeps its relative indentation")
    func noteIndentation() {
        let plan = Plan("- [ ] A\n    bốn\n      sáu\n    bốn\n")
        #expect(plan.note(of: 0) == "bốn\n  sáu\nbốn")
    }

    /// A tab advances to the next multiple of four, so a tab and four spaces are the same margin.
    @Test("a note indented with a tab and with four spaces dedents to the same margin")
    func noteTabs() {
        #expect(Plan("- [ ] A\n\tmột\n    hai\n").note(of: 0) == "một\nhai")
        #expect(Plan("- [ ] A\n\tmột\n\t  hai\n").note(of: 0) == "một\n  hai")
    }

    @Test("fields are read only at the end of the line", arguments: [
        ("- [ ] Họp: tháng 3", "Họp: tháng 3", [Field]()),
        ("- [ ] Họp giao ban: tháng 3  id:H1", "Họp giao ban: tháng 3", [Field(key: "id", value: "H1")]),
        ("- [ ] Tỷ lệ 1:2", "Tỷ lệ 1:2", []),
        ("- [ ] Tỷ lệ 1:2  id:H2", "Tỷ lệ 1:2", [Field(key: "id", value: "H2")]),
        ("- [ ] Xem https://x.org", "Xem https://x.org", []),
        ("- [ ] Xem https://x.org  due:2021-01-05", "Xem https://x.org", [Field(key: "due", value: "2021-01-05")]),
        ("- [ ] id:X ở giữa tiêu đề  lead:TH", "id:X ở giữa tiêu đề", [Field(key: "lead", value: "TH")]),
        ("- [ ] Việc id:H4", "Việc", [Field(key: "id", value: "H4")]),
        ("- [ ] Việc a:b c", "Việc a:b c", []),
        ("- [ ] Việc _x:1", "Việc _x:1", []),
        ("- [ ] Việc 1a:b", "Việc 1a:b", []),
        ("- [ ] Việc ghi:", "Việc ghi:", []),
        ("- [ ] Việc đường:dẫn", "Việc đường:dẫn", []),
        ("- [ ] Việc x-y_z9:v", "Việc", [Field(key: "x-y_z9", value: "v")]),
        ("- [ ] Việc\tid:H5\tdue:2021-01-01", "Việc", [Field(key: "id", value: "H5"), Field(key: "due", value: "2021-01-01")]),
        ("- [ ] Việc  owner:anh.Nam room:P2  ", "Việc", [Field(key: "owner", value: "anh.Nam"), Field(key: "room", value: "P2")]),
        ("- [ ] Việc  note:a:b", "Việc", [Field(key: "note", value: "a:b")]),
        ("- [ ] Đọc tài liệu ref\\:A1  id:E1", "Đọc tài liệu ref:A1", [Field(key: "id", value: "E1")]),
        ("- [ ] Đọc tài liệu ref\\:A1", "Đọc tài liệu ref:A1", []),
    ])
    func fieldsAtEnd(line: String, title: String, fields: [Field]) throws {
        let plan = Plan(line + "\n")
        let task = try #require(plan.tasks.first)
        #expect(task.title == title)
        #expect(task.fields == fields)
    }

    @Test("lines that are not tasks", arguments: [
        "-[ ] x", "- [ ]x", "- [] x", "1. [ ] x", "- [ab] x", "-  [ ] x", "- ( ) x", "> - [ ] x", "- [", "- [ ",
        "text - [ ] x",
    ])
    func notTasks(line: String) {
        #expect(Plan("## Mảng\n" + line + "\n").tasks.isEmpty)
    }

    @Test("a task may have an empty title")
    func emptyTitle() throws {
        let plan = Plan("- [ ]\n- [x] \n")
        #expect(plan.tasks.map(\.title) == ["", ""])
        #expect(plan.tasks.map(\.status) == [.notStarted, .done])
    }

    @Test("any other mark is read with an unknown status")
    func unknownMark() throws {
        let plan = Plan("- [?] Việc lạ  id:Q1\n- [ư] Việc lạ hai  id:Q2\n")
        #expect(plan.tasks.count == 2)
        #expect(plan.tasks[0].status == nil)
        #expect(plan.tasks[0].mark == "?")
        #expect(plan.tasks[0].isOpen)
        #expect(plan.tasks[1].mark == "ư")
        #expect(plan.tasks[1].title == "Việc lạ hai")
    }

    @Test("a tab advances indentation to the next multiple of four")
    func tabs() throws {
        let plan = Plan("""
            - [ ] A
            \t- [ ] B
            \t\t- [ ] C
            \t - [ ] D
              - [ ] E
             \t- [ ] F
            \t\t\t- [ ] G
                \t- [ ] H

            """)
        #expect(plan.tasks.map(\.title) == ["A", "B", "C", "D", "E", "F", "G", "H"])
        #expect(plan.tasks.map(\.indent) == [0, 4, 8, 5, 2, 4, 12, 8])
        #expect(plan.tasks.map(\.parent) == [nil, 0, 1, 1, 0, 4, 5, 5])
        #expect(plan.tasks.map(\.depth) == [0, 1, 2, 2, 1, 2, 3, 3])
    }

    @Test("the tabs fixture nests by columns")
    func tabsFixture() throws {
        let plan = try Fixtures.plan("tabs.md")
        #expect(plan.tasks.map(\.id) == ["TB1", "TB1.1", "TB1.1.1", "TB1.2", "TB2"])
        #expect(plan.tasks.map(\.depth) == [0, 1, 2, 1, 0])
        #expect(plan.tasks.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(plan.note(of: 2) == "Ghi chú thụt ba tab.")
        #expect(plan.tasks[4].title == "Tab sau dấu ngoặc")
        #expect(plan.tasks[4].due == (try date("2021-01-05")))
    }

    @Test("odd indentation: any consistent indentation works")
    func oddIndentation() throws {
        let plan = try Fixtures.plan("odd-indent.md")
        #expect(plan.tasks.map(\.id) == ["I1", "I1.1", "I1.1.1", "I1.2", "I2"])
        #expect(plan.tasks.map(\.depth) == [0, 1, 2, 1, 0])
        #expect(plan.tasks.map(\.parent) == [nil, 0, 1, 0, nil])
        #expect(plan.note(of: 3) == "Ghi chú thụt 2 của con thụt 1.")
    }

    @Test("ten levels of nesting")
    func deepNesting() throws {
        let plan = try Fixtures.plan("deep-nesting.md")
        #expect(plan.tasks.count == 11)
        #expect(plan.tasks.map(\.depth) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0])
        #expect(plan.tasks[0].descendantCount == 9)
        #expect(plan.ancestors(of: 9) == [8, 7, 6, 5, 4, 3, 2, 1, 0])
        #expect(plan.note(of: 9) == "Ghi chú ở cấp sâu nhất.")
        #expect(plan.tasks[10].parent == nil)
        #expect(plan.problems.isEmpty)
    }

    @Test("units section named Đơn vị")
    func unitsVietnamese() throws {
        let plan = try Fixtures.plan("units-vi.md")
        #expect(plan.units.map(\.code) == ["TH", "HC"])
        #expect(plan.units.map(\.name) == ["Phòng Tổng hợp", "Phòng Hành chính - Tổ chức - Quản trị"])
        #expect(plan.units.map(\.line) == [3, 4])
        #expect(plan.tracks.map(\.title) == ["Mảng"])
        #expect(plan.unitName("HC") == "Phòng Hành chính - Tổ chức - Quản trị")
        #expect(plan.unitName("XYZ") == "XYZ")
        #expect(plan.unit(code: "th")?.code == "TH")
        #expect(plan.problems.isEmpty)
    }

    @Test("units section named Units, with any bullet")
    func unitsEnglish() throws {
        let plan = try Fixtures.plan("units-en.md")
        #expect(plan.units.map(\.code) == ["OFF", "HR"])
        #expect(plan.units.map(\.name) == ["Office", "Human resources"])
        #expect(plan.tracks.map(\.title) == ["Track"])
        #expect(plan.tasks.count == 1)
        #expect(plan.problems.isEmpty)
    }

    @Test("a heading that only starts with Đơn vị is a track")
    func notUnits() {
        let plan = Plan("## Đơn vị hành chính\n- [ ] Việc\n## Units of work\n- [ ] Task\n")
        #expect(plan.units.isEmpty)
        #expect(plan.tracks.map(\.title) == ["Đơn vị hành chính", "Units of work"])
        #expect(plan.tasks.count == 2)
    }

    @Test("the units section ends at the next level-2 heading")
    func unitsEnd() {
        let plan = Plan("""
            ## Đơn vị
            - TH: Phòng Tổng hợp
            ### Ghi chú
            - HC: Phòng Hành chính
            ## Mảng
            - TV: không phải đơn vị

            """)
        #expect(plan.units.map(\.code) == ["TH", "HC"])
        #expect(plan.tracks.map(\.title) == ["Mảng"])
    }

    @Test("only the first level-1 heading is the title; other headings are free text")
    func headings() {
        let plan = Plan("#Không phải tiêu đề\n# Tiêu đề\n# Tiêu đề khác\n### Mục ba\n####### bảy\n")
        #expect(plan.title == "Tiêu đề")
        #expect(plan.tracks.isEmpty)
        #expect(Plan("Không có tiêu đề\n").title == nil)
    }

    @Test("free text of every kind is not read as tasks or tracks")
    func freeText() throws {
        let plan = try Fixtures.plan("free-text.md")
        #expect(plan.title == "Văn bản tự do")
        #expect(plan.tracks.map(\.title) == ["Mảng có văn bản tự do"])
        #expect(plan.tasks.compactMap(\.id) == ["FT1", "FT2"])
        #expect(plan.problems.isEmpty)
    }

    @Test("unknown fields are kept in their place")
    func unknownFields() throws {
        let plan = try Fixtures.plan("unknown-fields.md")
        #expect(plan.tasks[0].fields.map(\.key) == ["id", "owner", "room", "lead", "x-ref", "due"])
        #expect(plan.tasks[0].value("owner") == "anh.Nam")
        #expect(plan.tasks[1].fields.map(\.key) == ["ngay_hop", "id"])
        #expect(plan.tasks[1].id == "U2")
    }

    @Test("NFD text is read as written and found by NFC ids and titles")
    func nfd() throws {
        let plan = try Fixtures.plan("nfd.md")
        #expect(plan.problems.isEmpty)
        #expect(plan.tasks.count == 3)
        #expect(plan.title == "Kế hoạch viết ở dạng tổ hợp (NFD)")
        #expect(plan.tracks.map(\.title) == ["Bầu cử đại biểu Quốc hội và HĐND"])
        #expect(plan.tasks[0].title == "Chuẩn bị bầu cử đại biểu HĐND tỉnh")
        #expect(!TextForm.isNFC(plan.tasks[0].title))
        #expect(plan.tasks[1].parent == 0)
        #expect(plan.note(of: 0) == "Ghi chú: tiếp xúc cử tri ở các huyện.")
    }

    @Test("the escaped-colon fixture reads titles with colons")
    func escapedColon() throws {
        let plan = try Fixtures.plan("escaped-colon.md")
        #expect(plan.tasks.map(\.title) == ["Đọc tài liệu ref:A1", "Họp giao ban: tháng 3", "Tỷ lệ 1:2 và a:b c:d",
                                            "Xem https://x.org"])
        #expect(plan.tasks.map(\.fields.count) == [1, 1, 0, 0])
    }

    @Test("trailing white space is not part of titles, fields or track names")
    func trailingSpaces() throws {
        let plan = try Fixtures.plan("trailing-spaces.md")
        #expect(plan.title == "Dấu cách cuối dòng")
        #expect(plan.tracks.map(\.title) == ["Mảng"])
        #expect(plan.tasks.map(\.title) == ["Việc có dấu cách cuối", "Việc có tab cuối", "Tiêu đề không trường"])
        #expect(plan.tasks[0].due == (try date("2021-05-05")))
        #expect(plan.tasks[1].id == "S2")
    }

    @Test("CRLF files read like LF files")
    func crlf() throws {
        let plan = try Fixtures.plan("crlf.md")
        #expect(plan.title == "Kế hoạch công tác (CRLF)")
        #expect(plan.tasks.map(\.id) == ["C1", "C1.1", "C2"])
        #expect(plan.tasks[0].due == (try date("2021-07-10")))
        #expect(plan.note(of: 1) == "Ghi chú của nhiệm vụ, dòng kết thúc bằng CRLF.")
        #expect(plan.problems.isEmpty)
    }
}
