import Testing

@testable import WorkplanCore

/// Every kind of problem, at its exact line and column (columns count characters, not bytes).
@Suite("Problems")
struct ProblemTests {
    static let sample = """
        # Kiểm tra lỗi
        ## Đơn vị
        - HC: Phòng Hành chính
        - TH: Phòng Tổng hợp
        - [ ] Nhiệm vụ đặt nhầm chỗ  id:X0
        ## Chuẩn bị kỳ họp
        - [ ] Họp giao ban tháng 3  id:P1 due:2021-02-30
        - [/] Tổng hợp đơn thư  id:P2 progress:12/0
        - [/] Đánh giá tiến độ  id:P3 progress:abc
        - [ ] Kỳ họp cuối năm  id:P1
        - [ ] Kiểm tra hồ sơ  lead:HC with:HC,XYZ
        - [?] Việc chưa rõ trạng thái  id:P4
          - [ư] Việc con  id:P5
        - [ ] Báo cáo tổng kết  start:2021-13-01 done:2021-7-1 id:P6
        - [ ] Phối hợp với Ủy ban  lead:ABC with:TH,DEF

        """

    @Test("every problem of the sample, in order, with line and column")
    func all() {
        let plan = Plan(Self.sample)
        #expect(plan.problems == [
            Problem(line: 5, column: 1, kind: .taskInUnitsSection),
            Problem(line: 7, column: 35, kind: .invalidDate(key: "due", value: "2021-02-30")),
            Problem(line: 8, column: 31, kind: .invalidProgress(value: "12/0")),
            Problem(line: 9, column: 31, kind: .invalidProgress(value: "abc")),
            Problem(line: 10, column: 24, kind: .duplicateId(id: "P1", firstLine: 7)),
            Problem(line: 11, column: 39, kind: .unknownUnit(code: "XYZ")),
            Problem(line: 12, column: 4, kind: .unknownStatus(mark: "?")),
            Problem(line: 13, column: 6, kind: .unknownStatus(mark: "ư")),
            Problem(line: 14, column: 25, kind: .invalidDate(key: "start", value: "2021-13-01")),
            Problem(line: 14, column: 42, kind: .invalidDate(key: "done", value: "2021-7-1")),
            Problem(line: 14, column: 42, kind: .doneOnOpenTask(status: .notStarted)),
            Problem(line: 15, column: 33, kind: .unknownUnit(code: "ABC")),
            Problem(line: 15, column: 45, kind: .unknownUnit(code: "DEF")),
        ])
        #expect(plan.isValidUTF8)
    }

    @Test("a task in the units section does not count as a task")
    func taskInUnits() {
        let plan = Plan(Self.sample)
        #expect(plan.taskIndex(id: "X0") == nil)
        #expect(plan.units.map(\.code) == ["HC", "TH"])
        #expect(plan.tasks.first?.id == "P1")
    }

    @Test("a file with problems still reads every task")
    func stillReads() throws {
        let plan = Plan(Self.sample)
        #expect(plan.tasks.count == 9)
        #expect(plan.tasks[0].due == nil)
        #expect(plan.tasks[0].value("due") == "2021-02-30")
        #expect(plan.tasks[1].progress == nil)
        #expect(plan.tasks[5].status == nil)
        #expect(try index(plan, "P1") == 0)
        #expect(plan.bytes == Array(Self.sample.utf8))
    }

    @Test("unit codes are checked only when the plan declares units")
    func unitsOnlyWhenDeclared() {
        let plan = Plan("## Mảng\n- [ ] Việc  lead:XYZ with:ABC,DEF\n")
        #expect(plan.problems.isEmpty)
    }

    @Test("each unknown code in a with: list is reported at its own column")
    func unknownCodesInList() {
        let plan = Plan("## Đơn vị\n- HC: Hành chính\n## Mảng\n- [ ] Kiểm tra  with:HC,XYZ,HC,ĐƠN\n")
        #expect(plan.problems == [
            Problem(line: 4, column: 25, kind: .unknownUnit(code: "XYZ")),
            Problem(line: 4, column: 32, kind: .unknownUnit(code: "ĐƠN")),
        ])
    }

    @Test("ids are compared in NFC: an NFD copy of an id is a duplicate")
    func duplicateNFD() {
        let nfc = "Ê1"
        let nfd = nfc.decomposedStringWithCanonicalMapping
        let plan = Plan("- [ ] Một  id:\(nfc)\n- [ ] Hai  id:\(nfd)\n")
        #expect(plan.problems.count == 1)
        #expect(plan.problems.first?.line == 2)
        #expect(plan.problems.first?.column == 12)
        #expect(plan.taskIndex(id: nfd) == 0)
    }

    /// Run in a child process: the reader used to index its task list before the task was added.
    @Test("the same id twice on one line is a duplicate, not a crash")
    func sameIdTwiceOnOneLine() async {
        await #expect(processExitsWith: .success) {
            let plan = Plan("- [ ] Việc  id:A id:A\n")
            precondition(plan.tasks.count == 1)
            precondition(plan.problems == [Problem(line: 1, column: 18, kind: .duplicateId(id: "A", firstLine: 1))])
        }
    }

    @Test("a third use of an id names the first line")
    func thirdDuplicate() {
        let plan = Plan("- [ ] A  id:K\n- [ ] B  id:K\n- [ ] C  id:K\n")
        #expect(plan.problems.map(\.kind) == [.duplicateId(id: "K", firstLine: 1), .duplicateId(id: "K", firstLine: 1)])
        #expect(plan.problems.map(\.line) == [2, 3])
    }

    @Test("invalid UTF-8 is reported at the first bad byte, by characters")
    func invalidUTF8() {
        let bytes = Array("# Tiêu đề\n- [ ] Việc ".utf8) + [0xE9] + Array(" sai  id:U1\nđúng\n".utf8) + [0xC3]
        let plan = Plan(bytes: bytes)
        #expect(!plan.isValidUTF8)
        #expect(plan.problems == [
            Problem(line: 2, column: 12, kind: .invalidUTF8),
            Problem(line: 4, column: 1, kind: .invalidUTF8),
        ])
        #expect(plan.tasks.first?.id == "U1")
        #expect(plan.bytes == bytes)
    }

    @Test("a cut-off multi-byte character is invalid UTF-8")
    func truncatedSequence() {
        let bytes = Array("Việc ".utf8) + [0xE1, 0xBB] + Array("\n".utf8)
        let plan = Plan(bytes: bytes)
        #expect(!plan.isValidUTF8)
        #expect(plan.problems == [Problem(line: 1, column: 6, kind: .invalidUTF8)])
    }

    @Test("malformed UTF-8 of every kind is reported at its first byte", arguments: [
        [0xC0, 0xAF],             // overlong "/"
        [0xED, 0xA0, 0x80],       // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0x80],                   // a lone continuation byte
        [0xFE], [0xFF],
    ] as [[UInt8]])
    func malformed(bytes: [UInt8]) {
        let plan = Plan(bytes: Array("- [ ] Việc ".utf8) + bytes + Array(" cuối\n".utf8))
        #expect(!plan.isValidUTF8)
        #expect(plan.problems == [Problem(line: 1, column: 12, kind: .invalidUTF8)])
        #expect(plan.tasks.count == 1)
    }

    @Test("the latin1 fixture is not valid UTF-8")
    func latin1Fixture() throws {
        let plan = try Fixtures.plan("latin1.md")
        #expect(!plan.isValidUTF8)
        #expect(plan.problems == [Problem(line: 3, column: 10, kind: .invalidUTF8)])
    }

    @Test("a NUL byte is reported at its column; the file is still valid UTF-8")
    func nul() throws {
        let plan = try Fixtures.plan("nul-byte.md")
        #expect(plan.isValidUTF8)
        #expect(plan.problems == [Problem(line: 3, column: 11, kind: .nulByte)])
    }

    @Test("NUL and invalid UTF-8 on one line are both reported, in column order")
    func nulAndInvalid() {
        let bytes = Array("Đoạn ".utf8) + [0xFF, 0x20, 0x00]
        let plan = Plan(bytes: bytes)
        #expect(plan.problems == [
            Problem(line: 1, column: 6, kind: .invalidUTF8),
            Problem(line: 1, column: 8, kind: .nulByte),
        ])
    }

    @Test("lines are counted the same in CRLF files, and after a byte order mark")
    func crlfAndBOM() {
        let crlf = Plan("# Tiêu đề\r\n\r\n- [?] Việc  due:2021-02-29\r\n")
        #expect(crlf.problems == [
            Problem(line: 3, column: 4, kind: .unknownStatus(mark: "?")),
            Problem(line: 3, column: 13, kind: .invalidDate(key: "due", value: "2021-02-29")),
        ])
        let bom = Plan(bytes: [0xEF, 0xBB, 0xBF] + Array("- [?] Việc\n".utf8))
        #expect(bom.problems == [Problem(line: 1, column: 4, kind: .unknownStatus(mark: "?"))])
    }

    @Test("messages in Vietnamese")
    func vietnamese() {
        let messages = Plan(Self.sample).problems.map { $0.message(.vi) }
        #expect(messages == [
            "nhiệm vụ nằm trong mục Đơn vị hoặc Người theo dõi sẽ không được tính",
            "ngày không hợp lệ \"2021-02-30\" ở trường due (cần dạng NNNN-TT-NN có thật)",
            "tiến độ không hợp lệ \"12/0\" (cần dạng a/b hoặc N%)",
            "tiến độ không hợp lệ \"abc\" (cần dạng a/b hoặc N%)",
            "mã \"P1\" bị trùng, đã dùng ở dòng 7",
            "đơn vị \"XYZ\" chưa được khai báo trong mục Đơn vị",
            "trạng thái \"[?]\" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])",
            "trạng thái \"[ư]\" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])",
            "ngày không hợp lệ \"2021-13-01\" ở trường start (cần dạng NNNN-TT-NN có thật)",
            "ngày không hợp lệ \"2021-7-1\" ở trường done (cần dạng NNNN-TT-NN có thật)",
            "có ngày hoàn thành (done:) nhưng nhiệm vụ đang ở trạng thái chưa thực hiện",
            "đơn vị \"ABC\" chưa được khai báo trong mục Đơn vị",
            "đơn vị \"DEF\" chưa được khai báo trong mục Đơn vị",
        ])
        #expect(Problem(line: 1, column: 1, kind: .invalidUTF8).message(.vi)
            == "byte không hợp lệ theo UTF-8; tệp sẽ không được ghi lại")
        #expect(Problem(line: 1, column: 1, kind: .nulByte).message(.vi) == "ký tự NUL trong tệp")
    }

    @Test("messages in English")
    func english() {
        let messages = Plan(Self.sample).problems.map { $0.message(.en) }
        #expect(messages == [
            "a task inside the Units or Persons section does not count",
            "invalid date \"2021-02-30\" in field due (expected a real YYYY-MM-DD date)",
            "invalid progress \"12/0\" (expected a/b or N%)",
            "invalid progress \"abc\" (expected a/b or N%)",
            "duplicate id \"P1\", already used on line 7",
            "unit \"XYZ\" is not declared in the Units section",
            "unknown status \"[?]\" (use [ ], [/], [x], [-], [>] or [!])",
            "unknown status \"[ư]\" (use [ ], [/], [x], [-], [>] or [!])",
            "invalid date \"2021-13-01\" in field start (expected a real YYYY-MM-DD date)",
            "invalid date \"2021-7-1\" in field done (expected a real YYYY-MM-DD date)",
            "a done: date on a task that is not started",
            "unit \"ABC\" is not declared in the Units section",
            "unit \"DEF\" is not declared in the Units section",
        ])
        #expect(Problem(line: 1, column: 1, kind: .invalidUTF8).message(.en)
            == "invalid UTF-8 bytes; the file will not be written back")
        #expect(Problem(line: 1, column: 1, kind: .nulByte).message(.en) == "NUL byte in the file")
    }

    @Test("FILE:LINE:COLUMN: message")
    func formatted() throws {
        let problem = try #require(Plan(Self.sample).problems.first { $0.line == 7 })
        #expect(problem.formatted(file: "plan.md", .vi)
            == "plan.md:7:35: ngày không hợp lệ \"2021-02-30\" ở trường due (cần dạng NNNN-TT-NN có thật)")
        #expect(problem.formatted(file: "/tmp/kế hoạch.md", .en)
            == "/tmp/kế hoạch.md:7:35: invalid date \"2021-02-30\" in field due (expected a real YYYY-MM-DD date)")
    }

    @Test("control characters in a formatted problem are shown as pictures")
    func visible() throws {
        let problem = try #require(Plan("- [ ] Việc  due:20\u{1B}21\n").problems.first)
        #expect(problem == Problem(line: 1, column: 13, kind: .invalidDate(key: "due", value: "20\u{1B}21")))
        #expect(problem.formatted(file: "kế\thoạch.md", .en)
            == "kế hoạch.md:1:13: invalid date \"20\u{241B}21\" in field due (expected a real YYYY-MM-DD date)")
    }

    @Test("the problem-free fixtures have no problems")
    func cleanFixtures() throws {
        for name in try Fixtures.names() where !["latin1.md", "nul-byte.md"].contains(name) {
            #expect(try Fixtures.plan(name).problems.isEmpty, "\(name) has problems")
        }
    }
}
