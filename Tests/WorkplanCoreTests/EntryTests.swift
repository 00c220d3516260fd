import Foundation
import PropertyBased
import Testing

@testable import WorkplanCore

/// Dated entries under a task (docs/format.md, Entries): reading them, the problems `check`
/// reports, adding one line with `addEntry`, the note that leaves them alone, their totals and
/// the report that writes them in the office's words.
@Suite("Entries")
struct EntryTests {
    static let sample = """
        # Kế hoạch công tác năm 2021
        ## Nhiệm vụ thường xuyên
        - [/] Tiếp công dân định kỳ  id:TX1 lead:TTDN due:2021-12-31 share:vụ_việc_đã_giải_quyết/vụ_việc
          Tiếp công dân ngày 15 hằng tháng tại trụ sở.
          - 2021-01-15: 1 buổi tiếp công dân, 4 lượt công dân, 3 vụ việc, 2 vụ việc đã giải quyết
          - 15/02/2021: 1 buổi tiếp công dân, 6 lượt công dân; 4 Vụ việc, chủ yếu về đất đai
          - 2021-03-15: Đã chuyển 2 vụ việc sang Ban Pháp chế.
          - 2021-03-15: 1 buổi tiếp công dân, 1.005 lượt công dân
          ```
          - 2021-04-15: 9 buổi trong khối mã không phải mục ghi
          ```
          - 10:30 họp giao ban, không phải mục ghi
          - [ ] Chuẩn bị phòng tiếp dân  id:TX1.1
        - [ ] Tổng hợp ý kiến cử tri  id:TX2

        """

    static let today = PlanDate(year: 2021, month: 10, day: 29)!

    @Test("entries are read with their days, counts and words; other note lines are not entries")
    func reading() throws {
        let plan = Plan(bytes: Array(Self.sample.utf8))
        let entries = plan.entries(of: try index(plan, "TX1"))
        #expect(entries.map(\.date.iso) == ["2021-01-15", "2021-02-15", "2021-03-15", "2021-03-15"])
        #expect(entries.map(\.line) == [4, 5, 6, 7])
        #expect(entries[0].counts.map(\.count) == [1, 4, 3, 2])
        #expect(entries[0].counts.map(\.words) == ["buổi tiếp công dân", "lượt công dân", "vụ việc", "vụ việc đã giải quyết"])
        #expect(entries[1].counts.map(\.words) == ["buổi tiếp công dân", "lượt công dân", "Vụ việc"])
        #expect(entries[2].isProgressNote)
        #expect(entries[2].text == "Đã chuyển 2 vụ việc sang Ban Pháp chế.")
        #expect(entries[3].counts.map(\.count) == [1, 1005])
        #expect(plan.entries(of: try index(plan, "TX1.1")).isEmpty)
        #expect(plan.problems.isEmpty)
        #expect(plan.note(of: try index(plan, "TX1")) == """
            Tiếp công dân ngày 15 hằng tháng tại trụ sở.
            ```
            - 2021-04-15: 9 buổi trong khối mã không phải mục ghi
            ```
            - 10:30 họp giao ban, không phải mục ghi
            """)
    }

    @Test("totals add up each kind of count, case aside, with the share asked for and the latest note")
    func totals() throws {
        let plan = Plan(bytes: Array(Self.sample.utf8))
        let totals = plan.entryTotals(of: try index(plan, "TX1"))
        #expect(totals.formatted(.vi) == "3 buổi tiếp công dân, 1.015 lượt công dân, 7 vụ việc, 2 vụ việc đã giải quyết (đạt 28,6%)")
        #expect(totals.formatted(.en) == "3 buổi tiếp công dân, 1,015 lượt công dân, 7 vụ việc, 2 vụ việc đã giải quyết (28.6%)")
        #expect(totals.countedEntries == 3)
        #expect(totals.progressNotes == 1)
        #expect(totals.latestNote?.text == "Đã chuyển 2 vụ việc sang Ban Pháp chế.")
        #expect(totals.sums.last?.whole == "vụ việc")
        let february = plan.entryTotals(of: try index(plan, "TX1"), from: try date("2021-02-01"), to: try date("2021-02-28"))
        #expect(february.formatted(.vi) == "1 buổi tiếp công dân, 6 lượt công dân, 4 Vụ việc")
        #expect(february.latestNote == nil)
    }

    @Test("check reports an entry it cannot read at its line and column, and a bad share")
    func problems() {
        let text = """
            ## Việc
            - [ ] Tiếp dân  id:A share:đơn
              - 2021-02-30: 1 buổi
              - 15/3/2021: 1 buổi, 1,5 tỷ đồng
              - 2021-03-20:
              - 2021-03-21: 5
              - 2021-03-22: 95% kiến nghị đã trả lời
              - 2021-03-23: 12345678901 đơn
            - 2021-02-30: free text at the margin is no entry
            """
        let plan = Plan(bytes: Array(text.utf8))
        let found = plan.problems.map { "\($0.line):\($0.column): \($0.message(.en))" }
        #expect(found == [
            "2:22: share:đơn is not valid: write two units of count with a / between them, such as share:đơn_đã_xử_lý/đơn",
            "3:5: the entry's date \"2021-02-30\" is not valid (write 2021-03-15 or 15/03/2021)",
            "4:24: cannot read \"1,5 tỷ đồng\" in the entry: write a whole number (1234 or 1.234), then what it counts, such as \"5 lượt công dân\"",
            "5:16: the entry has a date and nothing after it",
            "6:17: cannot read \"5\" in the entry: write a whole number (1234 or 1.234), then what it counts, such as \"5 lượt công dân\"",
            "7:17: cannot read \"95% kiến nghị đã trả lời\" in the entry: write a whole number (1234 or 1.234), then what it counts, such as \"5 lượt công dân\"",
            "8:17: cannot read \"12345678901 đơn\" in the entry: write a whole number (1234 or 1.234), then what it counts, such as \"5 lượt công dân\"",
        ])
        #expect(plan.entries(of: 0).isEmpty)
    }

    @Test("adding an entry writes one line after the task's note and entries, before its subtasks")
    func adding() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let before = plan.lineBytes
        let task = try index(plan, "TX1")
        let edit = try plan.addEntry(toTask: task, date: try date("2021-04-15"), text: "  1 buổi tiếp công dân,\n3 lượt công dân ")
        let after = plan.lineBytes
        #expect(after.count == before.count + 1)
        #expect(Array(after[..<12]) == Array(before[..<12]))
        #expect(String(decoding: after[12], as: UTF8.self) == "  - 2021-04-15: 1 buổi tiếp công dân, 3 lượt công dân\n")
        #expect(Array(after[13...]) == Array(before[12...]))
        #expect(edit == LineBlockEdit(start: 11, old: ["  - 10:30 họp giao ban, không phải mục ghi"],
                                      new: ["  - 10:30 họp giao ban, không phải mục ghi",
                                            "  - 2021-04-15: 1 buổi tiếp công dân, 3 lượt công dân"], taskId: "TX1"))
        #expect(plan.entries(of: task).count == 5)
        #expect(plan.tasks[try index(plan, "TX1.1")].parent == task)
    }

    @Test("an entry under a task without a note goes right under it; a task without an id gets one")
    func addingUnderBareTask() throws {
        var plan = Plan(bytes: Array("## Việc\n- [ ] Một  id:A\n  - [ ] Con\n- [ ] Hai\n".utf8))
        _ = try plan.addEntry(toTask: 0, date: try date("2021-05-04"), text: "Đã họp tổ biên tập")
        _ = try plan.addEntry(toTask: 1, date: try date("2021-05-05"), text: "2 cuộc họp")
        #expect(plan.string == "## Việc\n- [ ] Một  id:A\n  - 2021-05-04: Đã họp tổ biên tập\n  - [ ] Con  id:A.1\n"
                + "    - 2021-05-05: 2 cuộc họp\n- [ ] Hai\n")
    }

    @Test("an entry that cannot be read is refused, and nothing changes")
    func refused() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let task = try index(plan, "TX1")
        #expect(throws: EditError.unreadableEntryCount(part: "1,5 tỷ đồng")) {
            try plan.addEntry(toTask: task, date: Self.today, text: "giải ngân, 1,5 tỷ đồng")
        }
        #expect(throws: EditError.emptyEntry) { try plan.addEntry(toTask: task, date: Self.today, text: " \n ") }
        #expect(plan.string == Self.sample)
    }

    @Test("writing the note keeps the entries, and a note line that reads as an entry is refused")
    func noteKeepsEntries() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let task = try index(plan, "TX1")
        _ = try plan.setNote(ofTask: task, to: "Tiếp dân tại trụ sở HĐND tỉnh.")
        #expect(plan.entries(of: task).count == 4)
        #expect(plan.note(of: task) == "Tiếp dân tại trụ sở HĐND tỉnh.")
        #expect(plan.string.contains("""
              Tiếp dân tại trụ sở HĐND tỉnh.
              - 2021-01-15: 1 buổi tiếp công dân, 4 lượt công dân, 3 vụ việc, 2 vụ việc đã giải quyết
            """))
        #expect(throws: EditError.noteLooksLikeEntry(line: "- 2021-05-01: 2 buổi")) {
            try plan.setNote(ofTask: task, to: "Ghi chú\n- 2021-05-01: 2 buổi")
        }
        _ = try plan.setNote(ofTask: task, to: "")
        #expect(plan.note(of: task).isEmpty)
        #expect(plan.entries(of: task).count == 4)
    }

    @Test("two officers who log under one task at once both keep their entry")
    func concurrentEntries() throws {
        try withPlanFile(Self.sample) { path in
            var mine = try PlanFile(path: path)
            var theirs = try PlanFile(path: path)
            let task = try index(mine.plan, "TX1")
            try theirs.perform(.addEntry(task: task, date: try date("2021-04-15"), text: "1 buổi tiếp công dân"), today: Self.today)
            try theirs.perform(.setStatus(task: task, status: .blocked), today: Self.today)
            try mine.perform(.addEntry(task: task, date: try date("2021-04-16"), text: "2 lượt công dân"), today: Self.today)
            let entries = mine.plan.entries(of: task).map { $0.date.iso + " " + $0.text }
            #expect(entries.suffix(2) == ["2021-04-16 2 lượt công dân", "2021-04-15 1 buổi tiếp công dân"]
                    || entries.suffix(2) == ["2021-04-15 1 buổi tiếp công dân", "2021-04-16 2 lượt công dân"])
            #expect(mine.plan.tasks[task].status == .blocked)
            #expect(mine.plan.bytes == Array(try PlanStore().read(path).bytes))
        }
    }

    @Test("the report sums the entries of its span, as of its day, in the office's words")
    func report() throws {
        let plan = Plan(bytes: Array(Self.sample.utf8))
        let year = PlanReport(plan: plan, asOf: Self.today, period: .year(containing: Self.today))
        let line = try #require(year.tracks.first?.results.first)
        #expect(ReportWords(language: .vi).result(line) == "TX1 Tiếp công dân định kỳ: 3 buổi tiếp công dân, 1.015 lượt công dân, "
                + "7 vụ việc, 2 vụ việc đã giải quyết (đạt 28,6%); báo cáo tiến độ ngày 15/03/2021: Đã chuyển 2 vụ việc sang Ban Pháp chế.")
        let february = PlanReport(plan: plan, asOf: Self.today, period: .month(containing: try date("2021-02-10")))
        #expect(february.tracks.first?.results.first?.entries?.formatted(.vi) == "1 buổi tiếp công dân, 6 lượt công dân, 4 Vụ việc")
        let asOf = PlanReport(plan: plan, asOf: try date("2021-01-31"))
        #expect(asOf.tracks.first?.results.first?.entries?.formatted(.vi)
                == "1 buổi tiếp công dân, 4 lượt công dân, 3 vụ việc, 2 vụ việc đã giải quyết (đạt 66,7%)")
        let json = ReportFormatter(language: .vi).format(year, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let tracks = try #require(parsed["tracks"] as? [[String: Any]])
        let result = try #require((tracks.first?["results"] as? [[String: Any]])?.first)
        #expect(result["entries"] as? Int == 3)
        #expect(result["progressNotes"] as? Int == 1)
        let totals = try #require(result["totals"] as? [[String: Any]])
        #expect(totals.map { $0["count"] as? Int } == [3, 1015, 7, 2])
        #expect(totals.last?["of"] as? String == "vụ việc")
        #expect(totals.last?["percent"] as? Double == 28.6)
        #expect((result["latestProgressNote"] as? [String: Any])?["date"] as? String == "2021-03-15")
    }
}

/// Adding an entry to any task of any generated plan adds one line and changes no other.
@Suite("Entry properties")
struct EntryPropertyTests {
    @Test("an entry added under any task is one new line, read back under that task")
    func oneLine() async throws {
        let day = try date("2021-03-15")
        let choices = ["1 buổi tiếp công dân, 5 lượt công dân", "Đã trình dự thảo", "3 vụ việc; 2 đơn",
                       "ghi chú: không có số", "1.234 đơn"]
        let texts = Gen.int(in: 0...(choices.count - 1)).map { choices[$0] }
        await propertyCheck(count: 150, input: PropertyTests.lineSeeds, PropertyTests.shapeSeed, Gen.int(in: 0...1000), texts) {
            lines, shape, pick, text in
            let sample = PlanSample(lines: lines, shape: shape)
            let original = Plan(bytes: sample.bytes)
            guard !original.tasks.isEmpty else { return }
            let task = pick % original.tasks.count
            var plan = original
            do {
                _ = try plan.addEntry(toTask: task, date: day, text: text)
            } catch {
                #expect(error as? EditError == .wouldDisturbOtherTasks, "\(sample)")
                #expect(plan.bytes == original.bytes)
                return
            }
            // Compared without their endings: a line added after a last line that had none gives it one.
            let before = (0..<original.text.lineCount).map { Array(original.text.content($0)) }
            let after = (0..<plan.text.lineCount).map { Array(plan.text.content($0)) }
            #expect(after.count == before.count + 1, "\(sample)")
            let idLine = original.tasks[task].id == nil ? original.tasks[task].line : -1
            let added = after.indices.first { $0 != idLine && ($0 >= before.count || after[$0] != before[$0]) } ?? after.count
            for line in before.indices where line != idLine {
                #expect(before[line] == after[line < added ? line : line + 1], "line \(line)\n\(sample)")
            }
            let reread = Plan(bytes: plan.bytes)
            #expect(reread.tasks.count == original.tasks.count)
            #expect(reread.entries(of: task).last?.date == day, "\(sample)")
            #expect(reread.entries(of: task).last?.line == added, "\(sample)")
            #expect(reread.entries(of: task).last?.text == text, "\(sample)")
        }
    }
}
