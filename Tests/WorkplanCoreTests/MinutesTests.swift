import Foundation
import Testing

@testable import WorkplanCore

/// Meeting minutes: written piece by piece, read back in either language, kept in a folder
/// beside the plan.
@Suite("Minutes")
struct MinutesTests {
    private func sample() throws -> MeetingMinutes {
        let started = try #require(ClockTime(hour: 8, minute: 0))
        var minutes = MeetingMinutes(title: "Họp giao ban tháng 3/2021", date: try date("2021-03-15"), started: started,
                                     chair: "Đ/c Chánh Văn phòng", attendees: "Lãnh đạo Văn phòng; Trưởng các phòng",
                                     agenda: ["KH1", "BC2", "TX1"])
        minutes.items.append(MinutesItem(taskId: "KH1", title: "Tham mưu nội dung kỳ họp", statusBefore: .inProgress,
                                         statusAfter: .done, dueBefore: try date("2021-07-10"),
                                         dueAfter: try date("2021-07-20"), progress: "3/4",
                                         outcome: "Đã xong dự thảo.\nCòn chờ ý kiến các Ban.",
                                         decision: "Hoàn thiện trước 20/7.", responsible: "Phòng Tổng hợp",
                                         followUp: true, from: ClockTime(hour: 8, minute: 5), to: ClockTime(hour: 8, minute: 20)))
        minutes.items[0].opinions = "Phòng Công tác đại biểu đề nghị bổ sung khách mời.\nBan Pháp chế đồng ý."
        minutes.items.append(MinutesItem(taskId: "BC2", title: "In phiếu bầu", statusBefore: .blocked, statusAfter: .blocked))
        minutes.place = "Phòng họp số 2,\nVăn phòng HĐND tỉnh"
        minutes.chairTitle = "Chánh Văn phòng"
        minutes.secretary = "Trần Thị Mai"
        return minutes
    }

    @Test("a task added to the agenda during the meeting rewrites only the agenda line, in the file's own words")
    func agendaRewritten() throws {
        let text = "# Họp\r\n\r\n- Ngày họp: 15/03/2021\r\n- Agenda: KH1, BC2\r\nThư ký ghi thêm: x\r\n\r\n## 1. KH1 — A\r\n"
        #expect(MinutesFormat.replacingAgenda(in: text, with: ["KH1", "BC2", "TX1"], .vi)
            == "# Họp\r\n\r\n- Ngày họp: 15/03/2021\r\n- Agenda: KH1, BC2, TX1\r\nThư ký ghi thêm: x\r\n\r\n## 1. KH1 — A\r\n")
        let without = "# Họp\n\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00\n\n## 1. KH1 — A\n- Chương trình: không phải\n"
        #expect(MinutesFormat.replacingAgenda(in: without, with: ["KH1"], .vi)
            == "# Họp\n\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00\n- Chương trình: KH1\n\n## 1. KH1 — A\n- Chương trình: không phải\n")
        let plain = "# Họp\n\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00\n\n## 1. KH1 — A\n"
        let minutes = try #require(MinutesReading.parse(MinutesFormat.replacingAgenda(in: plain, with: ["KH1", "BC2"], .en)))
        #expect(minutes.agenda == ["KH1", "BC2"])
    }

    @Test("the place, the chair's title, the secretary and the opinions are written in the template's order")
    func templateFacts() throws {
        let text = MinutesFormat.render(try sample(), .vi)
        #expect(text.contains("""
            - Bắt đầu: 08:00
            - Địa điểm: Phòng họp số 2,
              Văn phòng HĐND tỉnh
            - Chủ trì: Đ/c Chánh Văn phòng
            - Chức vụ chủ trì: Chánh Văn phòng
            - Thư ký: Trần Thị Mai
            - Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng

            """))
        #expect(text.contains("""
            - Kết quả: Đã xong dự thảo.
              Còn chờ ý kiến các Ban.
            - Ý kiến: Phòng Công tác đại biểu đề nghị bổ sung khách mời.
              Ban Pháp chế đồng ý.
            - Kết luận, chỉ đạo: Hoàn thiện trước 20/7.

            """))
        let english = MinutesFormat.render(try sample(), .en)
        #expect(english.contains("- Place: Phòng họp số 2,\n") && english.contains("- Secretary: Trần Thị Mai\n")
                && english.contains("- Chair's title: Chánh Văn phòng\n") && english.contains("- Opinions: "))
        let paper = Paper.minutes(try sample(), identity: OfficeIdentity(), number: nil)
        #expect(paper.body.contains(.labelled(label: "Địa điểm", text: "Phòng họp số 2,\nVăn phòng HĐND tỉnh")))
        #expect(paper.body.contains(.labelled(label: "Chủ trì", text: "Đ/c Chánh Văn phòng, Chánh Văn phòng")))
        #expect(paper.body.contains(.labelled(label: "Thư ký", text: "Trần Thị Mai")))
        #expect(paper.body.contains(.labelled(label: "Ý kiến",
                                              text: "Phòng Công tác đại biểu đề nghị bổ sung khách mời.\nBan Pháp chế đồng ý.")))
        #expect(paper.closing == .secretaryAndChair(secretary: "Trần Thị Mai", chair: "Đ/c Chánh Văn phòng", recipients: []))
    }

    @Test("minutes read back as written, in Vietnamese and in English")
    func roundTrip() throws {
        var minutes = try sample()
        minutes.ended = ClockTime(hour: 9, minute: 30)
        for language in Language.allCases {
            let text = MinutesFormat.render(minutes, language)
            #expect(MinutesReading.parse(text) == minutes, "\(text)")
        }
    }

    @Test("a progress changed in the meeting is written before → after, read back, and recorded for the screens",
          arguments: Language.allCases)
    func progressChange(language: Language) throws {
        var minutes = try sample()
        minutes.items[0].progressBefore = "70%"
        minutes.items[0].progress = "80%"
        minutes.items[1].progressBefore = ""
        minutes.items[1].progress = "1/2"
        let text = MinutesFormat.render(minutes, language)
        let label = MinutesLabel.progress.text(language)
        let none = language.pick(vi: "không có", en: "none")
        #expect(text.contains("- \(label): 70% → 80%\n"))
        #expect(text.contains("- \(label): \(none) → 1/2\n"))
        #expect(MinutesReading.parse(text) == minutes)
        #expect(minutes.items[0].recorded(language).contains { $0.label == .progress && $0.value == "70% → 80%" })
    }

    @Test("the Vietnamese minutes read as a secretary writes them")
    func vietnameseText() throws {
        var minutes = try sample()
        minutes.ended = ClockTime(hour: 9, minute: 30)
        #expect(MinutesFormat.render(minutes, .vi) == """
            # Họp giao ban tháng 3/2021

            - Ngày họp: 15/03/2021
            - Bắt đầu: 08:00
            - Địa điểm: Phòng họp số 2,
              Văn phòng HĐND tỉnh
            - Chủ trì: Đ/c Chánh Văn phòng
            - Chức vụ chủ trì: Chánh Văn phòng
            - Thư ký: Trần Thị Mai
            - Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng
            - Chương trình: KH1, BC2, TX1

            ## 1. KH1 — Tham mưu nội dung kỳ họp
            - Thời gian: 08:05–08:20
            - Trạng thái: đang thực hiện → hoàn thành
            - Hạn: 10/07/2021 → 20/07/2021
            - Tiến độ: 3/4
            - Kết quả: Đã xong dự thảo.
              Còn chờ ý kiến các Ban.
            - Ý kiến: Phòng Công tác đại biểu đề nghị bổ sung khách mời.
              Ban Pháp chế đồng ý.
            - Kết luận, chỉ đạo: Hoàn thiện trước 20/7.
            - Phụ trách: Phòng Tổng hợp
            - Theo dõi tiếp: có

            ## 2. BC2 — In phiếu bầu
            - Trạng thái: vướng mắc
            - Theo dõi tiếp: không

            - Kết thúc: 09:30

            """)
    }

    @Test("what an item recorded, for a screen: changes only when they changed, texts kept on their lines")
    func recorded() throws {
        let items = try sample().items
        let first = items[0].recorded(.vi).map { ($0.label.text(.vi), $0.value) }
        #expect(first.map(\.0) == ["Trạng thái", "Hạn", "Tiến độ", "Kết quả", "Kết luận, chỉ đạo", "Phụ trách", "Theo dõi tiếp"])
        #expect(first.map(\.1) == ["đang thực hiện → hoàn thành", "10/07/2021 → 20/07/2021", "3/4",
                                    "Đã xong dự thảo.\nCòn chờ ý kiến các Ban.", "Hoàn thiện trước 20/7.", "Phòng Tổng hợp", "có"])
        #expect(items[1].recorded(.en).isEmpty, "the status did not change and nothing was written")
        var escaped = items[1]
        escaped.outcome = "a\u{1B}b"
        #expect(escaped.recorded(.en).map(\.value) == ["a\u{241B}b"])
    }

    @Test("a title from a plan written in NFD, and typed text in NFD, are written in NFC")
    func writtenInNFC() throws {
        let decomposed = "Tham mu\u{031B}u no\u{0323}\u{0302}i dung ky\u{0300} ho\u{0323}p"
        var minutes = try sample()
        minutes.title = "Ho\u{0323}p giao ban"
        minutes.items[0].title = decomposed
        minutes.items[0].decision = "Hoa\u{0300}n thie\u{0323}\u{0302}n"
        let text = MinutesFormat.render(minutes, .vi)
        #expect(TextForm.isNFC(text))
        #expect(text.hasPrefix("# Họp giao ban\n"))
        #expect(text.contains("## 1. KH1 — Tham mưu nội dung kỳ họp\n"))
        #expect(text.contains("- Kết luận, chỉ đạo: Hoàn thiện\n"))
    }

    @Test("a meeting without its closing line is unfinished; what remains is the agenda not yet reviewed")
    func unfinished() throws {
        let text = MinutesFormat.header(try sample(), .vi) + MinutesFormat.item(try sample().items[0], number: 1, .vi)
        let minutes = try #require(MinutesReading.parse(text))
        #expect(!minutes.isFinished)
        #expect(minutes.remaining == ["BC2", "TX1"])
    }

    @Test("lines a person added are left alone; a text that is no minutes gives nil")
    func tolerant() throws {
        let text = MinutesFormat.render(try sample(), .vi).replacingOccurrences(
            of: "## 2.", with: "Ghi chú của thư ký: họp đúng giờ.\n\n## 2.")
        #expect(MinutesReading.parse(text)?.items.count == 2)
        #expect(MinutesReading.parse("# Chỉ là một tiêu đề\n") == nil)
    }

    @Test("file names: the date and the title's words in ASCII")
    func fileNames() throws {
        #expect(MeetingArchive.fileName(date: try date("2021-03-15"), title: "Họp giao ban tháng 3/2021")
                    == "2021-03-15-hop-giao-ban-thang-3-2021.md")
        #expect(MeetingArchive.fileName(date: try date("2021-12-20"), title: "Hội nghị Tổng kết — Đánh giá!")
                    == "2021-12-20-hoi-nghi-tong-ket-danh-gia.md")
        #expect(MeetingArchive.fileName(date: try date("2021-12-20"), title: "—") == "2021-12-20.md")
        #expect(MeetingArchive(planPath: "/data/ke-hoach.md").folder == "/data/ke-hoach.meetings")
        #expect(MeetingArchive(planPath: "plan.md").folder == "./plan.meetings")
    }

    @Test("the minutes of a 0600 plan are 0600 in a 0700 folder; of a 0664 plan, 0664 in a 0775 folder", arguments: [
        (0o600, 0o700), (0o664, 0o775),
    ])
    func minutesTakeThePlansBits(plan: Int, folderBits: Int) throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PlanStore().create(Array("# Kế hoạch\n".utf8), at: folder + "/plan.md", makeFolders: false)
        try FileManager.default.setAttributes([.posixPermissions: plan], ofItemAtPath: folder + "/plan.md")
        let file = try MinutesFile.create(try sample(), in: MeetingArchive(planPath: folder + "/plan.md"), .vi)
        try file.append("Thêm một dòng.\n")
        let bits = { (path: String) in
            (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int).map { $0 & 0o777 }
        }
        #expect(try bits(file.path) == plan)
        #expect(try bits(folder + "/plan.meetings") == folderBits)
        #expect(try bits(folder + "/plan.meetings/.2021-03-15-hop-giao-ban-thang-3-2021.md.lock") == plan)
    }

    @Test("a meeting written piece by piece to its file: header, items, end; listed, resumed, searched by task")
    func writtenAsItGoes() throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = MeetingArchive(planPath: folder + "/plan.md")
        let minutes = try sample()
        let file = try MinutesFile.create(minutes, in: archive, .vi)
        #expect(file.path == folder + "/plan.meetings/2021-03-15-hop-giao-ban-thang-3-2021.md")
        try file.append(MinutesFormat.item(minutes.items[0], number: 1, .vi))
        #expect(archive.unfinished()?.minutes.remaining == ["BC2", "TX1"])
        try file.append(MinutesFormat.item(minutes.items[1], number: 2, .vi))
        try file.append(MinutesFormat.closing(try #require(ClockTime(hour: 9, minute: 30)), .vi))
        #expect(archive.unfinished() == nil)
        let again = try MinutesFile.create(minutes, in: archive, .vi)
        #expect(again.path.hasSuffix("2021-03-15-hop-giao-ban-thang-3-2021-2.md"))
        #expect(archive.meetings().count == 2)
        #expect(archive.history(ofTask: "KH1").count == 1)
        #expect(archive.history(ofTask: "KH1").first?.item.decision == "Hoàn thiện trước 20/7.")
        #expect(archive.history(ofTask: "TX1").isEmpty)
    }

    @Test("two meetings of one day and title, begun the same minute, sort in the order they were held; a title's own number is no sequence")
    func sameNameOrder() throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = MeetingArchive(planPath: folder + "/plan.md")
        var first = try sample()
        first.items = []
        let older = try MinutesFile.create(first, in: archive, .vi)
        try older.append(MinutesFormat.closing(try #require(ClockTime(hour: 9, minute: 30)), .vi))
        let newer = try MinutesFile.create(first, in: archive, .vi)
        #expect(archive.meetings().map(\.path) == [older.path, newer.path])
        #expect(archive.unfinished()?.path == newer.path, "the later meeting is the one cut off")
        let taken: Set<String> = ["2021-03-15-thang-3.md", "2021-03-15-thang-3-2.md", "2021-03-15-hop-12.md"]
        #expect(MeetingArchive.sequence(of: "2021-03-15-thang-3.md", among: taken) == ("2021-03-15-thang-3", 1))
        #expect(MeetingArchive.sequence(of: "2021-03-15-thang-3-2.md", among: taken) == ("2021-03-15-thang-3", 2))
        #expect(MeetingArchive.sequence(of: "2021-03-15-hop-12.md", among: taken) == ("2021-03-15-hop-12", 1))
    }

    @Test("a meeting cut off is closed without going on: at its last item's time, its items kept; then none is cut off")
    func closeCutOff() throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = MeetingArchive(planPath: folder + "/plan.md")
        #expect(try archive.closeUnfinished(.vi) == nil)
        let minutes = try sample()
        let file = try MinutesFile.create(minutes, in: archive, .vi)
        try file.record(minutes.items[0], agenda: minutes.agenda, .vi)
        let closed = try #require(try archive.closeUnfinished(.vi))
        #expect(closed.ended == minutes.items[0].to)
        #expect(closed.items.count == 1)
        #expect(archive.unfinished() == nil)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.hasSuffix("- Kết thúc: \(try #require(minutes.items[0].to))\n"))
    }

    @Test("minutes that are no longer valid UTF-8 keep every byte: the item goes at the end")
    func invalidUTF8MinutesKeepTheirBytes() throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let minutes = try sample()
        let file = try MinutesFile.create(minutes, in: MeetingArchive(planPath: folder + "/plan.md"), .vi)
        let latin1 = try PlanStore().read(file.path).bytes + [0x43, 0x61, 0x66, 0xE9, 0x0A]
        try PlanStore().write(latin1, to: file.path, expecting: nil)
        try file.record(minutes.items[0], agenda: minutes.agenda, .vi)
        let after = try PlanStore().read(file.path).bytes
        #expect(after.starts(with: latin1))
        #expect(String(decoding: after.dropFirst(latin1.count), as: UTF8.self).hasPrefix("## 1. KH1"))
    }

    @Test("text a person added to the file while the meeting goes on is kept")
    func keepsOutsideEdits() throws {
        var template = Array("/tmp/workplan-minutes-XXXXXX".utf8CString)
        let folder = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let archive = MeetingArchive(planPath: folder + "/plan.md")
        let minutes = try sample()
        let file = try MinutesFile.create(minutes, in: archive, .vi)
        let added = try String(contentsOfFile: file.path, encoding: .utf8) + "Thư ký ghi thêm."
        try added.write(toFile: file.path, atomically: true, encoding: .utf8)
        try file.append(MinutesFormat.item(minutes.items[0], number: 1, .vi))
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.contains("Thư ký ghi thêm.\n## 1. KH1"))
    }

    @Test("an item without a title reads back with its id alone")
    func untitledItem() throws {
        var minutes = try sample()
        minutes.items = [MinutesItem(taskId: "A2", title: "")]
        let text = MinutesFormat.render(minutes, .vi)
        #expect(text.contains("## 1. A2\n"))
        #expect(MinutesReading.parse(text)?.items.first?.taskId == "A2")
        #expect(MinutesReading.parse(text.replacingOccurrences(of: "## 1. A2\n", with: "## 1. A2 — \n"))?.items.first?.taskId == "A2")
    }

    @Test("clock times: 8:05, 08:05 and 8h05; out of range is nil")
    func clockTimes() {
        #expect(ClockTime("8:05")?.description == "08:05")
        #expect(ClockTime("08:05") == ClockTime(hour: 8, minute: 5))
        #expect(ClockTime("8h05")?.minutesOfDay == 485)
        #expect(ClockTime("24:00") == nil)
        #expect(ClockTime("8:5") == nil)
    }
}
