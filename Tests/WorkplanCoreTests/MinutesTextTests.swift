import Testing

@testable import WorkplanCore

/// The minutes as plain text for print: header, items, summary; wrapped at word boundaries,
/// never inside a Vietnamese letter.
@Suite("Minutes as text")
struct MinutesTextTests {
    private func sample() throws -> MeetingMinutes {
        var minutes = MeetingMinutes(
            title: "Họp giao ban tháng 3/2021", date: try date("2021-03-15"), started: try #require(ClockTime("08:00")),
            chair: "Đ/c Chánh Văn phòng",
            attendees: "Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ chức - Quản trị, Công tác đại biểu",
            agenda: ["KH1", "BC2", "TX1"])
        minutes.items.append(MinutesItem(
            taskId: "KH1", title: "Tham mưu nội dung kỳ họp", statusBefore: .inProgress, statusAfter: .done,
            dueBefore: try date("2021-07-10"), dueAfter: try date("2021-07-20"), progress: "3/4",
            outcome: "Đã xong dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND tỉnh và UBND tỉnh.\nCòn chờ ý kiến các Ban.",
            decision: "Hoàn thiện trước 20/7.", responsible: "Phòng Tổng hợp", followUp: true,
            from: ClockTime("08:05"), to: ClockTime("08:20")))
        minutes.items.append(MinutesItem(taskId: "BC2", title: "In phiếu bầu", statusBefore: .blocked,
                                         statusAfter: .blocked, dueBefore: try date("2021-05-01"),
                                         dueAfter: try date("2021-04-28")))
        return minutes
    }

    @Test("the Vietnamese text: centred header, chair and attendees, numbered items, summary, closing hour, signatures")
    func vietnamese() throws {
        var minutes = try sample()
        minutes.ended = ClockTime("09:30")
        #expect(MinutesText.render(minutes, .vi) == """
                                              BIÊN BẢN HỌP
                                       Họp giao ban tháng 3/2021
                                  Ngày 15/03/2021, từ 08:00 đến 09:30

            Chủ trì: Đ/c Chánh Văn phòng
            Thành phần: Lãnh đạo Văn phòng; Trưởng các phòng Tổng hợp, Hành chính - Tổ
                        chức - Quản trị, Công tác đại biểu

            1. KH1 — Tham mưu nội dung kỳ họp
               Thời gian: 08:05–08:20
               Trạng thái: đang thực hiện → hoàn thành
               Hạn: 10/07/2021 → 20/07/2021 (lùi 10 ngày)
               Tiến độ: 3/4
               Kết quả: Đã xong dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND
                        tỉnh và UBND tỉnh.
                        Còn chờ ý kiến các Ban.
               Kết luận, chỉ đạo: Hoàn thiện trước 20/7.
               Phụ trách: Phòng Tổng hợp
               Theo dõi tiếp: có

            2. BC2 — In phiếu bầu
               Trạng thái: vướng mắc (không đổi)
               Hạn: 01/05/2021 → 28/04/2021 (sớm hơn 3 ngày)
               Theo dõi tiếp: không

            Đã xem xét 2 nhiệm vụ; đổi trạng thái 1, điều chỉnh hạn 2, theo dõi tiếp 1.
            Chưa xem xét: TX1.
            Cuộc họp kết thúc lúc 09:30.

                             THƯ KÝ                                 CHỦ TRÌ
                      (Ký, ghi rõ họ tên)                     (Ký, ghi rõ họ tên)



                                                              Đ/c Chánh Văn phòng

            """)
    }

    @Test("the English text, of a meeting not yet finished")
    func englishUnfinished() throws {
        var minutes = try sample()
        minutes.items.removeLast()
        minutes.chair = ""
        minutes.attendees = ""
        #expect(MinutesText.render(minutes, .en) == """
                                            MEETING MINUTES
                                       Họp giao ban tháng 3/2021
                                On 2021-03-15, from 08:00 (not finished)

            1. KH1 — Tham mưu nội dung kỳ họp
               Time: 08:05–08:20
               Status: in progress → done
               Due: 2021-07-10 → 2021-07-20 (10 days later)
               Progress: 3/4
               Outcome: Đã xong dự thảo chương trình kỳ họp, gửi xin ý kiến các Ban của HĐND
                        tỉnh và UBND tỉnh.
                        Còn chờ ý kiến các Ban.
               Decision: Hoàn thiện trước 20/7.
               Responsible: Phòng Tổng hợp
               Follow-up: yes

            1 task reviewed; status changed for 1, due date moved for 1, follow-up for 1.
            Not reviewed: BC2, TX1.

            """)
    }

    @Test("a meeting with no item yet says so in its summary")
    func noItems() throws {
        var minutes = try sample()
        minutes.items = []
        let text = MinutesText.render(minutes, .vi)
        #expect(text.contains("(chưa kết thúc)"))
        #expect(text.hasSuffix("\n\nChưa có nhiệm vụ nào được xem xét.\nChưa xem xét: KH1, BC2, TX1.\n"))
        #expect(MinutesSummary(minutes).sentence(.en) == "No task reviewed.")
    }

    @Test("the summary counts changed statuses, moved due dates and follow-ups")
    func summary() throws {
        let summary = MinutesSummary(try sample())
        #expect(summary == MinutesSummary(try sample()))
        #expect((summary.reviewed, summary.statusChanged, summary.dueMoved, summary.followUps) == (2, 1, 2, 1))
        #expect(summary.notReviewed == ["TX1"])
    }

    @Test("at any width, lines fit and break at spaces; the words come back whole")
    func widths() throws {
        let minutes = try sample()
        for width in [30, 40, 60, 80, 100] {
            let text = MinutesText.render(minutes, .vi, width: width)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { TextWrapping.columns($0) <= width }, "width \(width):\n\(text)")
            #expect(lines.allSatisfy { $0.last != " " })
            #expect(lines.allSatisfy { !$0.drop(while: { $0 == " " }).hasPrefix("- ") })
            let words = text.split(whereSeparator: \.isWhitespace)
            #expect(words.contains("Thành") && words.contains("chính") && words.contains("HĐND"))
        }
    }

    @Test("a word longer than a line is cut between characters, NFC or NFD")
    func longWords() {
        let nfc = String(repeating: "Nghị", count: 6)
        let nfd = String(String.UnicodeScalarView(nfc.decomposedScalars))
        for word in [nfc, nfd] {
            let lines = TextWrapping.lines(word, first: "", rest: "", width: 7)
            #expect(lines.joined() == word)
            #expect(lines.allSatisfy { TextWrapping.columns($0) <= 7 })
            #expect(lines.allSatisfy { line in line.unicodeScalars.first.map { !$0.isCombining } ?? false })
            #expect(lines.count == 4)
        }
        #expect(TextWrapping.lines("Kỳ họp HĐND", first: "- ", rest: "  ", width: 1) == ["- K", "  ỳ", "  h", "  ọ",
                                                                                          "  p", "  H", "  Đ", "  N",
                                                                                          "  D"])
    }

    @Test("wide characters take two columns; control characters are shown as pictures")
    func columnsAndControls() throws {
        #expect(TextWrapping.columns("Đắk Glong") == 9)
        #expect(TextWrapping.columns("e\u{0302}\u{0301}") == 1)
        #expect(TextWrapping.columns("会議") == 4)
        var minutes = try sample()
        minutes.title = "Họp\u{1B}[31m đỏ"
        minutes.items[0].decision = "Tab\there"
        let text = MinutesText.render(minutes, .vi)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x09 })
        #expect(text.contains("Họp␛[31m đỏ"))
    }

    @Test("minutes saved with CRLF line endings read and print as with LF")
    func crlf() throws {
        var minutes = try sample()
        minutes.ended = ClockTime("09:30")
        let written = MinutesFormat.render(minutes, .vi)
        let crlf = written.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let read = try #require(MinutesReading.parse(crlf))
        #expect(read == minutes)
        #expect(MinutesText.render(read, .vi) == MinutesText.render(minutes, .vi))
        minutes.items[0].outcome = "Dòng một.\r\nDòng hai."
        #expect(MinutesText.render(minutes, .vi).contains("   Kết quả: Dòng một.\n            Dòng hai.\n"))
    }

    @Test("the list of meetings: day, hours or not finished, title, tasks reviewed, file name")
    func list() throws {
        var first = try sample()
        first.ended = ClockTime("09:30")
        var second = try sample()
        second.title = "Họp sơ kết công tác 6 tháng đầu năm 2021 của Văn phòng Đoàn ĐBQH và HĐND tỉnh"
        second.date = try date("2021-07-06")
        second.items.removeLast()
        let meetings = [(name: "2021-03-15-hop-giao-ban-thang-3-2021.md", minutes: first),
                        (name: "2021-07-06-hop-so-ket.md", minutes: second)]
        #expect(MinutesText.list(meetings, folder: "./plan.meetings", .vi) == """
            15/03/2021  08:00–09:30  Họp giao ban tháng 3/2021
                        xem xét 2 nhiệm vụ · 2021-03-15-hop-giao-ban-thang-3-2021.md

            06/07/2021  08:00, chưa kết thúc  Họp sơ kết công tác 6 tháng đầu năm 2021 của
                        Văn phòng Đoàn ĐBQH và HĐND tỉnh
                        xem xét 1 nhiệm vụ · 2021-07-06-hop-so-ket.md

            2 cuộc họp trong ./plan.meetings.

            """)
        #expect(MinutesText.list(Array(meetings.prefix(1)), folder: "./plan.meetings", .en) == """
            2021-03-15  08:00–09:30  Họp giao ban tháng 3/2021
                        2 tasks reviewed · 2021-03-15-hop-giao-ban-thang-3-2021.md

            1 meeting in ./plan.meetings.

            """)
    }
}

private extension Unicode.Scalar {
    /// True for a combining mark, which must never start a line.
    var isCombining: Bool { properties.canonicalCombiningClass != .notReordered }
}

private extension String {
    /// The scalars of the text in canonical decomposition (NFD), built from the precomposed
    /// Vietnamese letters the tests use.
    var decomposedScalars: [Unicode.Scalar] {
        unicodeScalars.flatMap { scalar -> [Unicode.Scalar] in
            switch scalar {
            case "ị": ["i", "\u{0323}"]
            default: [scalar]
            }
        }
    }
}
