import Testing

@testable import WorkplanCore

/// Edits change only the lines of the tasks they touch, and nothing else.
@Suite("Editing")
struct EditingTests {
    static let sample = """
        # Kế hoạch sửa
        ## Chuẩn bị kỳ họp
        - [ ] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10
          - [ ] Dự thảo chương trình  due:2021-06-20
          - [x] Gửi giấy mời  id:KH1.2 done:2021-06-01 lead:HC
            Ghi chú giấy mời.
        - [/] Việc không mã
        - [ ] Việc thứ ba  id:T1
        ## Nhiệm vụ thường xuyên
        - [ ] Tiếp công dân  id:TX1

        """

    /// Every line but `changed` keeps its bytes and ending; the line count is the same.
    func expectOnly(_ changed: Set<Int>, differ before: Plan, _ after: Plan,
                    sourceLocation: SourceLocation = #_sourceLocation) {
        let old = before.lineBytes
        let new = after.lineBytes
        #expect(old.count == new.count, sourceLocation: sourceLocation)
        for line in 0..<min(old.count, new.count) where !changed.contains(line) {
            #expect(old[line] == new[line], "line \(line) changed", sourceLocation: sourceLocation)
        }
        #expect(after.text.hasByteOrderMark == before.text.hasByteOrderMark, sourceLocation: sourceLocation)
    }

    // MARK: Status

    @Test("done adds done: with the given date and changes exactly one line")
    func done() throws {
        let before = Plan(Self.sample)
        var plan = before
        let change = plan.setStatus(ofTask: try index(plan, "KH1"), to: .done, today: try date("2021-07-15"))
        let after = "- [x] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10 done:2021-07-15"
        #expect(change == LineChange(line: 2, before: "- [ ] Kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10", after: after))
        #expect(plan.text.string(2) == after)
        expectOnly([2], differ: before, plan)
        #expect(plan.tasks[0].status == .done)
        #expect(plan.tasks[0].doneDate == (try date("2021-07-15")))
        #expect(plan.tasks.map(\.id) == before.tasks.map(\.id))
    }

    @Test("leaving done removes done:, keeping the other fields in order")
    func undone() throws {
        let before = Plan(Self.sample)
        var plan = before
        plan.setStatus(ofTask: try index(plan, "KH1.2"), to: .inProgress, today: try date("2021-07-15"))
        #expect(plan.text.string(4) == "  - [/] Gửi giấy mời  id:KH1.2 lead:HC")
        expectOnly([4], differ: before, plan)
        #expect(plan.tasks[2].doneDate == nil)
        #expect(plan.tasks[2].status == .inProgress)
    }

    @Test("done keeps a done date that is already there")
    func doneAgain() throws {
        let before = Plan(Self.sample)
        var plan = before
        plan.setStatus(ofTask: try index(plan, "KH1.2"), to: .done, today: try date("2021-07-15"))
        #expect(plan.bytes == before.bytes)
        var marked = Plan("- [X] Việc  id:A done:2021-01-02\n")
        marked.setStatus(ofTask: 0, to: .done, today: try date("2021-07-15"))
        #expect(marked.string == "- [x] Việc  id:A done:2021-01-02\n")
    }

    @Test("every status writes its mark")
    func everyStatus() throws {
        for status in TaskStatus.allCases {
            var plan = Plan("- [ ] Việc  id:A\n")
            plan.setStatus(ofTask: 0, to: status, today: try date("2021-07-15"))
            let done = status == .done ? " done:2021-07-15" : ""
            #expect(plan.string == "- [\(status.mark)] Việc  id:A\(done)\n")
            #expect(plan.tasks[0].status == status)
        }
    }

    @Test("an edited task under a parent with an id gets the parent's id and the first free .N")
    func idUnderParent() throws {
        let before = Plan(Self.sample)
        var plan = before
        plan.setStatus(ofTask: 1, to: .inProgress, today: try date("2021-07-15"))
        #expect(plan.text.string(3) == "  - [/] Dự thảo chương trình  id:KH1.1 due:2021-06-20")
        #expect(plan.tasks[1].id == "KH1.1")
        #expect(try index(plan, "KH1.1") == 1)
        expectOnly([3], differ: before, plan)
        var otherIds = plan.tasks.map(\.id)
        otherIds[1] = nil
        #expect(otherIds == before.tasks.map(\.id))
    }

    @Test("an edited task at the top of a track gets T and the first free number")
    func idAtTop() throws {
        let before = Plan(Self.sample)
        var plan = before
        plan.setStatus(ofTask: 3, to: .done, today: try date("2021-07-15"))
        #expect(plan.text.string(6) == "- [x] Việc không mã  id:T2 done:2021-07-15")
        expectOnly([6], differ: before, plan)
        #expect(try index(plan, "T2") == 3)
        #expect(try index(plan, "T1") == 4)
    }

    @Test("T numbers fill the first gap; a parent without an id gives a T number")
    func idGaps() throws {
        var plan = Plan("- [ ] A  id:T1\n- [ ] B  id:T3\n- [ ] C\n  - [ ] D\n")
        plan.setStatus(ofTask: 3, to: .inProgress, today: try date("2021-07-15"))
        #expect(plan.tasks[3].id == "T2")
        plan.setStatus(ofTask: 2, to: .inProgress, today: try date("2021-07-15"))
        #expect(plan.tasks[2].id == "T4")
        #expect(plan.string == "- [ ] A  id:T1\n- [ ] B  id:T3\n- [/] C  id:T4\n  - [/] D  id:T2\n")
    }

    @Test("on a CRLF file with a byte order mark, one line changes and keeps its CRLF")
    func crlfAndBOM() throws {
        let before = try Fixtures.plan("bom-crlf.md")
        var plan = before
        let child = try #require(plan.tasks.firstIndex { $0.title == "Thu thập ý kiến cử tri" })
        plan.setStatus(ofTask: child, to: .done, today: try date("2021-07-15"))
        expectOnly([4], differ: before, plan)
        #expect(plan.text.string(4) == "  - [x] Thu thập ý kiến cử tri  id:K1.1 lead:CTDB done:2021-07-15")
        #expect(plan.text.ending(4) == .crlf)
        let bytes = plan.bytes
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(bytes.count(where: { $0 == 10 }) == bytes.count(where: { $0 == 13 }))
        let reread = Plan(bytes: bytes)
        #expect(reread.tasks[child].id == "K1.1")
        #expect(reread.tasks[child].status == .done)
    }

    @Test("trailing white space and the gap before the fields are kept")
    func keepsSpacing() throws {
        var plan = try Fixtures.plan("trailing-spaces.md")
        plan.setStatus(ofTask: 0, to: .done, today: try date("2021-07-15"))
        #expect(plan.text.string(2) == "- [x] Việc có dấu cách cuối  id:S1 due:2021-05-05 done:2021-07-15   ")
        var oneSpace = Plan("* [ ]\tViệc id:A   \n")
        try oneSpace.setFields(ofTask: 0, [(key: "lead", value: "TH")])
        #expect(oneSpace.string == "* [ ]\tViệc id:A lead:TH   \n")
    }

    // MARK: Fields

    @Test("setFields replaces in place, appends new keys and removes, keeping the others' order")
    func fields() throws {
        let before = Plan(Self.sample)
        var plan = before
        let change = try plan.setFields(ofTask: 0, [(key: "due", value: "2021-07-20"), (key: "with", value: "HC,CTDB"),
                                                    (key: "lead", value: nil), (key: "owner", value: "anh.Nam")])
        let after = "- [ ] Kỳ họp giữa năm  id:KH1 due:2021-07-20 with:HC,CTDB owner:anh.Nam"
        #expect(change.after == after)
        #expect(change.line == 2)
        #expect(plan.text.string(2) == after)
        expectOnly([2], differ: before, plan)
        #expect(plan.tasks[0].fields.map(\.key) == ["id", "due", "with", "owner"])
        #expect(plan.tasks[0].coordinators == ["HC", "CTDB"])
    }

    @Test("setFields keeps unknown fields and odd order")
    func oddOrder() throws {
        var plan = try Fixtures.plan("field-order.md")
        try plan.setFields(ofTask: 0, [(key: "progress", value: "4/4")])
        #expect(plan.text.string(2) == "- [ ] Việc A  due:2021-09-30 progress:4/4 with:HC,TH lead:TH id:O1")
        var unknown = try Fixtures.plan("unknown-fields.md")
        try unknown.setFields(ofTask: 0, [(key: "room", value: nil)])
        #expect(unknown.text.string(2) == "- [ ] Họp giao ban  id:U1 owner:anh.Nam lead:TH x-ref:QD_12 due:2021-03-01")
    }

    @Test("removing a key removes every field with it; setting one sets the first")
    func repeatedKeys() throws {
        var plan = Plan("- [ ] Việc  id:A tag:a tag:b\n")
        try plan.setFields(ofTask: 0, [(key: "tag", value: "c")])
        #expect(plan.string == "- [ ] Việc  id:A tag:c tag:b\n")
        try plan.setFields(ofTask: 0, [(key: "tag", value: nil)])
        #expect(plan.string == "- [ ] Việc  id:A\n")
    }

    @Test("invalid values and keys are refused and nothing changes", arguments: [
        ("due", "2021-02-30", EditError.invalidValue(key: "due", value: "2021-02-30")),
        ("start", "2021-7-1", EditError.invalidValue(key: "start", value: "2021-7-1")),
        ("done", "hôm nay", EditError.invalidValue(key: "done", value: "hôm nay")),
        ("progress", "abc", EditError.invalidValue(key: "progress", value: "abc")),
        ("progress", "12/0", EditError.invalidValue(key: "progress", value: "12/0")),
        ("owner", "anh Nam", EditError.invalidValue(key: "owner", value: "anh Nam")),
        ("owner", "", EditError.invalidValue(key: "owner", value: "")),
        ("owner", "a\tb", EditError.invalidValue(key: "owner", value: "a\tb")),
        ("link", "//x.org", EditError.invalidValue(key: "link", value: "//x.org")),
        ("id", "KH/1", EditError.invalidValue(key: "id", value: "KH/1")),
        ("đ", "x", EditError.invalidKey(key: "đ")),
        ("1x", "x", EditError.invalidKey(key: "1x")),
        ("a:b", "x", EditError.invalidKey(key: "a:b")),
        ("a b", "x", EditError.invalidKey(key: "a b")),
        ("", "x", EditError.invalidKey(key: "")),
    ])
    func refused(key: String, value: String, error: EditError) {
        let before = Plan(Self.sample)
        var plan = before
        #expect(throws: error) {
            try plan.setFields(ofTask: 0, [(key: "lead", value: "HC"), (key: key, value: value)])
        }
        #expect(plan.string == before.string)
        #expect(plan.tasks[0].fields == before.tasks[0].fields)
    }

    @Test("edit errors have a sentence in each language")
    func errorMessages() {
        #expect(EditError.invalidValue(key: "due", value: "x").message(.vi) == "giá trị \"x\" không hợp lệ cho trường due")
        #expect(EditError.invalidValue(key: "due", value: "x").message(.en) == "\"x\" is not a valid value for the field due")
        #expect(EditError.emptyTitle.message(.en) == "a task's title cannot be empty")
        #expect(EditError.unknownTask(id: "Z9").message(.vi) == "không có nhiệm vụ nào mang mã \"Z9\"")
    }

    // MARK: Titles

    @Test("setTitle stores NFC, whatever form it is given")
    func titleNFC() throws {
        let before = Plan(Self.sample)
        var plan = before
        let nfd = "Tổng hợp ý kiến cử tri".decomposedStringWithCanonicalMapping
        try plan.setTitle(ofTask: 0, to: nfd)
        #expect(TextForm.isNFC(plan.tasks[0].title))
        #expect(plan.tasks[0].title == "Tổng hợp ý kiến cử tri")
        #expect(Array(plan.text.content(2)) == Array("- [ ] Tổng hợp ý kiến cử tri  id:KH1 lead:TH due:2021-07-10".utf8))
        expectOnly([2], differ: before, plan)
    }

    @Test("a title whose last words read as fields is written with \\: and reads back the same", arguments: [
        ("Đọc tài liệu ref:A1", "Đọc tài liệu ref\\:A1"),
        ("a:b c:d", "a\\:b c\\:d"),
        ("Họp giao ban: tháng 3", "Họp giao ban: tháng 3"),
        ("Tỷ lệ 1:2", "Tỷ lệ 1:2"),
        ("Xem https://x.org", "Xem https://x.org"),
        ("x:1 y", "x:1 y"),
        ("ref:A1 cuối", "ref:A1 cuối"),
    ])
    func titleEscape(title: String, written: String) throws {
        var plan = Plan("- [ ] Cũ  id:A due:2021-07-10\n")
        try plan.setTitle(ofTask: 0, to: title)
        #expect(plan.string == "- [ ] \(written)  id:A due:2021-07-10\n")
        #expect(plan.tasks[0].title == title)
        #expect(plan.tasks[0].fields == [Field(key: "id", value: "A"), Field(key: "due", value: "2021-07-10")])
        let reread = Plan(bytes: plan.bytes)
        #expect(reread.tasks[0].title == title)
        #expect(reread.tasks[0].fields == plan.tasks[0].fields)
    }

    @Test("a title without fields gets an id; spaces around it are trimmed")
    func titleTrimmed() throws {
        var plan = Plan("- [ ] Cũ\n")
        try plan.setTitle(ofTask: 0, to: "  Mới \t")
        #expect(plan.string == "- [ ] Mới  id:T1\n")
    }

    @Test("an empty title is refused")
    func emptyTitle() {
        var plan = Plan(Self.sample)
        #expect(throws: EditError.emptyTitle) { try plan.setTitle(ofTask: 0, to: "  \t ") }
        #expect(plan.bytes == Plan(Self.sample).bytes)
    }

    /// `- [ ] id:T9 due:…` has an empty title: the new title must not run into the first field.
    @Test("setTitle on a task whose title is empty keeps its fields apart")
    func titleOnEmptyTitle() throws {
        var plan = Plan("- [ ] id:T9 due:2021-01-01\n")
        #expect(plan.tasks[0].title == "")
        try plan.setTitle(ofTask: 0, to: "Việc mới")
        #expect(plan.tasks[0].title == "Việc mới")
        #expect(plan.tasks[0].id == "T9")
        let reread = Plan(bytes: plan.bytes)
        #expect(reread.tasks[0].title == "Việc mới")
        #expect(reread.tasks[0].id == "T9")
        #expect(reread.tasks[0].due == (try date("2021-01-01")))
    }

    /// The reader splits fields at tabs as well as spaces, so the writer must escape there too.
    @Test("a field-like word after a tab in a new title stays in the title")
    func titleWithTab() throws {
        var plan = Plan("- [ ] Cũ  id:A\n")
        try plan.setTitle(ofTask: 0, to: "Đọc\tref:A1")
        let reread = Plan(bytes: plan.bytes)
        #expect(reread.tasks[0].fields == [Field(key: "id", value: "A")])
        #expect(reread.tasks[0].title.hasSuffix("ref:A1"))
        #expect(plan.tasks[0].title == reread.tasks[0].title)
    }

    /// A title with a line break must not split the task's line in two behind the plan's back.
    @Test("a line break in a new title is refused or kept out of the file's lines")
    func titleWithNewline() throws {
        var plan = Plan("- [ ] Cũ  id:A\n- [ ] Khác  id:B\n")
        do {
            try plan.setTitle(ofTask: 0, to: "Dòng một\n- [x] Dòng hai")
        } catch {
            return
        }
        let reread = Plan(bytes: plan.bytes)
        #expect(reread.text.lineCount == plan.text.lineCount)
        #expect(reread.tasks.count == plan.tasks.count)
        #expect(reread.tasks.map(\.title) == plan.tasks.map(\.title))
    }

    // MARK: Adding

    @Test("addSubtask under a parent goes after its whole subtree, notes included")
    func addUnderParent() throws {
        let before = Plan(Self.sample)
        var plan = before
        let (added, edit) = try plan.addSubtask(title: "Chuẩn bị hội trường", under: 0)
        #expect(edit.start + edit.new.count - 1 == 6)
        #expect(edit.new.last == "  - [ ] Chuẩn bị hội trường  id:KH1.1")
        var expected = before.lineBytes
        expected.insert(Array("  - [ ] Chuẩn bị hội trường  id:KH1.1\n".utf8), at: 6)
        #expect(plan.lineBytes == expected)
        #expect(added == 3)
        #expect(plan.tasks[added].parent == 0)
        #expect(plan.tasks[added].depth == 1)
        #expect(plan.tasks[added].id == "KH1.1")
        #expect(plan.tasks[0].descendantCount == 3)
        #expect(plan.note(of: 2) == "Ghi chú giấy mời.")
    }

    @Test("addSubtask under a childless parent indents two more and uses the parent's bullet")
    func addUnderLeaf() throws {
        var plan = Plan("## Mảng\n* [ ] Gốc  id:G\n* [ ] Khác  id:K\n")
        let (added, _) = try plan.addSubtask(title: "Con", status: .inProgress,
                                             fields: [Field(key: "due", value: "2021-08-01")], under: 0)
        #expect(plan.string == "## Mảng\n* [ ] Gốc  id:G\n  * [/] Con  id:G.1 due:2021-08-01\n* [ ] Khác  id:K\n")
        #expect(added == 1)
    }

    @Test("addTask at the top of a track goes after the track's last task")
    func addAtTop() throws {
        let before = Plan(Self.sample)
        var plan = before
        let (added, edit) = try plan.addTask(title: "Tiếp nhận đơn thư", fields: [Field(key: "lead", value: "TTDN")],
                                             inTrack: 1)
        #expect(edit.start + edit.new.count - 1 == 10)
        #expect(plan.string == Self.sample + "- [ ] Tiếp nhận đơn thư  id:T2 lead:TTDN\n")
        #expect(plan.tasks[added].track == 1)
        #expect(plan.tasks[added].parent == nil)
        let (second, _) = try plan.addTask(title: "Việc cuối mảng một", inTrack: 0)
        #expect(plan.text.string(8) == "- [ ] Việc cuối mảng một  id:T3")
        #expect(plan.tasks[second].track == 0)
        #expect(plan.tracks[0].tasks == 0..<6)
    }

    /// Indented free text after a track's last task belongs to no task; a task added above it
    /// must not take it over as its note.
    @Test("addTask at the top of a track does not turn free text into the new task's note")
    func addKeepsFreeText() throws {
        let before = Plan("## T\n- [ ] X  id:X\n    - [ ] Y  id:Y\n  chữ tự do thụt 2\n## U\n")
        #expect(before.tasks.allSatisfy { $0.noteLines.isEmpty })
        var plan = before
        let (added, _) = try plan.addTask(title: "Mới", inTrack: 0)
        #expect(plan.note(of: added) == "")
        #expect(plan.tasks.allSatisfy { $0.noteLines.isEmpty })
    }

    @Test("addTask keeps a given id and puts it first")
    func addWithId() throws {
        var plan = Plan("## Mảng\n")
        _ = try plan.addTask(title: "Việc", fields: [Field(key: "lead", value: "TH"), Field(key: "id", value: "X7")], inTrack: 0)
        #expect(plan.string == "## Mảng\n- [ ] Việc  id:X7 lead:TH\n")
    }

    @Test("addTask into an empty track goes right under its heading")
    func addToEmptyTrack() throws {
        var plan = Plan("# Kế hoạch\n## Trống\n## Có việc\n- [ ] Việc  id:T1\n")
        let (added, _) = try plan.addTask(title: "Việc đầu tiên", inTrack: 0)
        #expect(plan.string == "# Kế hoạch\n## Trống\n- [ ] Việc đầu tiên  id:T2\n## Có việc\n- [ ] Việc  id:T1\n")
        #expect(plan.tasks[added].track == 0)
        #expect(plan.tracks.map(\.tasks) == [0..<1, 1..<2])
    }

    @Test("addTask into a file without a final newline ends the old last line first")
    func addWithoutFinalNewline() throws {
        let bytes = try Fixtures.bytes("no-final-newline.md")
        var plan = Plan(bytes: bytes)
        _ = try plan.addTask(title: "Việc mới", inTrack: 0)
        let text = plan.string
        #expect(plan.bytes.starts(with: bytes + [10]))
        #expect(text.hasPrefix("# Không có dòng mới cuối tệp\n## Mảng\n- [ ] Việc cuối cùng  id:F1\n- [ ] Việc mới  id:T1"))
        #expect(plan.tasks.map(\.id) == ["F1", "T1"])
        #expect(Plan(bytes: plan.bytes).tasks.count == 2)

        let crlf = try Fixtures.bytes("crlf-no-final-newline.md")
        var crlfPlan = Plan(bytes: crlf)
        _ = try crlfPlan.addTask(title: "Việc ba", inTrack: 0)
        #expect(crlfPlan.bytes.starts(with: crlf + [13, 10] + Array("- [ ] Việc ba  id:T1".utf8)))
    }

    @Test("addTask in a CRLF file writes CRLF")
    func addCRLF() throws {
        let before = try Fixtures.plan("crlf.md")
        var plan = before
        _ = try plan.addSubtask(title: "Việc thêm", under: 0)
        #expect(plan.text.string(6) == "  - [ ] Việc thêm  id:C1.2")
        #expect(plan.text.ending(6) == .crlf)
        var expected = before.lineBytes
        expected.insert(Array("  - [ ] Việc thêm  id:C1.2\r\n".utf8), at: 6)
        #expect(plan.lineBytes == expected)
    }

    @Test("addTask into an empty file or a file without tracks")
    func addToEmptyFile() throws {
        var empty = Plan("")
        let (added, _) = try empty.addTask(title: "Việc đầu", inTrack: 0)
        #expect(empty.string == "- [ ] Việc đầu  id:T1\n")
        #expect(added == 0)
        var titled = Plan("# Kế hoạch\n")
        _ = try titled.addTask(title: "Việc đầu", inTrack: 0)
        #expect(titled.string == "# Kế hoạch\n- [ ] Việc đầu  id:T1\n")
    }

    @Test("addTask stores an NFC title and escapes it")
    func addTitle() throws {
        var plan = Plan("## Mảng\n")
        _ = try plan.addTask(title: "Đọc tài liệu ref:A1".decomposedStringWithCanonicalMapping, inTrack: 0)
        #expect(Array(plan.text.content(1)) == Array("- [ ] Đọc tài liệu ref\\:A1  id:T1".utf8))
        #expect(plan.tasks[0].title == "Đọc tài liệu ref:A1")
    }

    @Test("addTask refuses an empty title and invalid fields, and changes nothing")
    func addRefused() {
        let before = Plan(Self.sample)
        var plan = before
        #expect(throws: EditError.emptyTitle) { try plan.addTask(title: " ", inTrack: 1) }
        #expect(throws: EditError.invalidValue(key: "due", value: "2021-02-30")) {
            _ = try plan.addTask(title: "Việc", fields: [Field(key: "due", value: "2021-02-30")], inTrack: 1)
        }
        #expect(throws: EditError.invalidKey(key: "hạn")) {
            _ = try plan.addTask(title: "Việc", fields: [Field(key: "hạn", value: "x")], inTrack: 1)
        }
        #expect(plan.bytes == before.bytes)
    }

    @Test("a line break in a new task's title does not split the file's lines behind the plan's back")
    func addTitleWithNewline() throws {
        var plan = Plan("## Mảng\n- [ ] Việc  id:A\n")
        do {
            _ = try plan.addTask(title: "Dòng một\n## Dòng hai", inTrack: 0)
        } catch {
            return
        }
        let reread = Plan(bytes: plan.bytes)
        #expect(reread.text.lineCount == plan.text.lineCount)
        #expect(reread.tracks.count == plan.tracks.count)
        #expect(reread.tasks.map(\.title) == plan.tasks.map(\.title))
    }

    // MARK: Problems after edits

    @Test("fixing a bad date removes its problem; the other lines' problems stay")
    func fixesProblem() throws {
        var plan = Plan("- [ ] A  id:A due:2021-02-30\n- [ ] B  id:B due:2021-02-31\n")
        #expect(plan.problems.map(\.line) == [1, 2])
        try plan.setFields(ofTask: 0, [(key: "due", value: "2021-03-01")])
        #expect(plan.problems == [Problem(line: 2, column: 15, kind: .invalidDate(key: "due", value: "2021-02-31"))])
        #expect(plan.tasks[0].due == (try date("2021-03-01")))
    }

    @Test("a new status mends an unknown mark; a new undeclared unit is reported")
    func refreshesProblems() throws {
        var plan = Plan("## Đơn vị\n- TH: Tổng hợp\n## Mảng\n- [?] Việc  id:A\n")
        #expect(plan.problems.map(\.kind) == [.unknownStatus(mark: "?")])
        plan.setStatus(ofTask: 0, to: .blocked, today: try date("2021-07-15"))
        #expect(plan.problems.isEmpty)
        try plan.setFields(ofTask: 0, [(key: "with", value: "TH,XYZ")])
        #expect(plan.text.string(3) == "- [!] Việc  id:A with:TH,XYZ")
        #expect(plan.problems == [Problem(line: 4, column: 26, kind: .unknownUnit(code: "XYZ"))])
        #expect(plan.problems == Plan(bytes: plan.bytes).problems)
    }

    /// After any edit, the plan in memory is the plan its bytes read as.
    func expectMatchesReread(_ plan: Plan, sourceLocation: SourceLocation = #_sourceLocation) {
        let reread = Plan(bytes: plan.bytes)
        #expect(plan.problems == reread.problems, sourceLocation: sourceLocation)
        #expect(plan.tasks.map(\.fields) == reread.tasks.map(\.fields), sourceLocation: sourceLocation)
        #expect(plan.tasks.map(\.title) == reread.tasks.map(\.title), sourceLocation: sourceLocation)
        for task in reread.tasks {
            if let id = task.id {
                #expect(plan.taskIndex(id: id) == reread.taskIndex(id: id), "id \(id)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("renaming the first of two tasks that share an id leaves the second as the one with that id")
    func renameDuplicate() throws {
        var plan = Plan("- [ ] A  id:X\n- [ ] B  id:X\n")
        #expect(plan.problems.count == 1)
        try plan.setFields(ofTask: 0, [(key: "id", value: "Y")])
        #expect(plan.taskIndex(id: "X") == 1)
        #expect(plan.taskIndex(id: "Y") == 0)
        #expect(plan.problems.isEmpty)
        expectMatchesReread(plan)
    }

    @Test("a new title moves the column of a duplicate-id problem on the same line")
    func duplicateColumnAfterTitle() throws {
        var plan = Plan("- [ ] A  id:X\n- [ ] B  id:X\n")
        #expect(plan.problems == [Problem(line: 2, column: 10, kind: .duplicateId(id: "X", firstLine: 1))])
        try plan.setTitle(ofTask: 1, to: "Tên dài hơn")
        #expect(plan.text.string(1) == "- [ ] Tên dài hơn  id:X")
        #expect(plan.problems == [Problem(line: 2, column: 20, kind: .duplicateId(id: "X", firstLine: 1))])
        expectMatchesReread(plan)
    }

    @Test("a second id: on an edited line keeps its duplicate problem")
    func secondIdOnEditedLine() throws {
        var plan = Plan("- [ ] A  id:X\n- [ ] B  id:Y id:X\n")
        #expect(plan.problems == [Problem(line: 2, column: 15, kind: .duplicateId(id: "X", firstLine: 1))])
        plan.setStatus(ofTask: 1, to: .done, today: try date("2021-07-15"))
        #expect(plan.text.string(1) == "- [x] B  id:Y id:X done:2021-07-15")
        #expect(plan.problems == [Problem(line: 2, column: 15, kind: .duplicateId(id: "X", firstLine: 1))])
        expectMatchesReread(plan)

        var same = Plan("- [ ] Việc  id:A id:A\n")
        #expect(same.problems == [Problem(line: 1, column: 18, kind: .duplicateId(id: "A", firstLine: 1))])
        try same.setTitle(ofTask: 0, to: "Mới")
        #expect(same.problems == [Problem(line: 1, column: 17, kind: .duplicateId(id: "A", firstLine: 1))])
        expectMatchesReread(same)
    }

    @Test("giving a task an id that another task has is refused, naming that task's line")
    func duplicateBySetFields() {
        let before = Plan("- [ ] A  id:X\n- [ ] B  id:Y\n")
        var plan = before
        #expect(throws: EditError.duplicateId(id: "X", line: 1)) {
            try plan.setFields(ofTask: 1, [(key: "id", value: "X")])
        }
        #expect(throws: EditError.duplicateId(id: "X", line: 1)) {
            try plan.addTask(title: "C", fields: [Field(key: "id", value: "X")], inTrack: 0)
        }
        #expect(plan.string == before.string)
        #expect(EditError.duplicateId(id: "X", line: 1).message(.en) == "the id \"X\" already belongs to another task (line 1)")
    }

    @Test("an id cannot be taken away; setting a task's own id again is fine")
    func removeId() throws {
        let before = Plan("- [ ] A  id:X lead:TH\n")
        var plan = before
        #expect(throws: EditError.cannotRemoveId(id: "X")) {
            try plan.setFields(ofTask: 0, [(key: "id", value: nil)])
        }
        #expect(plan.string == before.string)
        try plan.setFields(ofTask: 0, [(key: "id", value: "X"), (key: "lead", value: "HC")])
        #expect(plan.string == "- [ ] A  id:X lead:HC\n")
        try plan.setFields(ofTask: 0, [(key: "id", value: "X2")])
        #expect(plan.string == "- [ ] A  id:X2 lead:HC\n")
        #expect(plan.taskIndex(id: "X") == nil)
        #expect(plan.taskIndex(id: "X2") == 0)
    }

    @Test("edits on the sample leave the plan equal to a fresh read of its bytes")
    func consistent() throws {
        var plan = Plan(Self.sample)
        plan.setStatus(ofTask: 1, to: .done, today: try date("2021-07-15"))
        expectMatchesReread(plan)
        try plan.setFields(ofTask: 3, [(key: "due", value: "2021-09-01"), (key: "progress", value: "50%")])
        expectMatchesReread(plan)
        try plan.setTitle(ofTask: 4, to: "Việc đổi tên ref:B2")
        expectMatchesReread(plan)
        _ = try plan.addSubtask(title: "Thêm", under: 1)
        expectMatchesReread(plan)
    }
}

/// Reading a plan again after an edit in place, when the edited line's bytes sit at the end of
/// the store and the lines are no longer in order there.
@Test("a task added after another task was edited in place reads the plan again without a fault")
func addAfterEditInPlace() throws {
    var plan = Plan("- [ ] A  id:A\n- [ ] B  id:B\n## T2\n- [ ] C  id:C\n")
    plan.setStatus(ofTask: 0, to: .done, today: try #require(PlanDate(year: 2021, month: 10, day: 29)))
    let (index, _) = try plan.addSubtask(title: "A con", under: 0)
    #expect(plan.tasks[index].title == "A con")
    #expect(plan.isValidUTF8)
    #expect(String(decoding: plan.bytes, as: UTF8.self) == "- [x] A  id:A done:2021-10-29\n  - [ ] A con  id:A.1\n- [ ] B  id:B\n## T2\n- [ ] C  id:C\n")
}
