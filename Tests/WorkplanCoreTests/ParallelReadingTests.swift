import Testing
@testable import WorkplanCore

/// A large file is read in parts on several threads; the plan must be the same as when it
/// is read in one part, whatever crosses the cuts: code blocks, notes, nesting, bad bytes.
@Suite("Reading in parts")
struct ParallelReadingTests {
    /// A plan of many sections, each with nesting, a note, a code block, problems and NFD text.
    static func sample() -> [UInt8] {
        var text = "# Kế hoạch\n\n## Đơn vị\n- TH: Phòng Tổng hợp\n- HC: Phòng Hành chính\n"
        for section in 0..<120 {
            text += "\n## Mảng \(section)\n"
            text += "- [/] Việc \(section)  id:A\(section) lead:TH due:2021-07-10\n"
            text += "  - [x] Con  id:A\(section).1 with:HC,XX done:2021-02-30\n"
            text += "    Ghi chú\n\n    còn tiếp\n"
            text += "```\n- [ ] không phải việc  id:A\(section)\n## không phải mảng\n```\n"
            text += "- [?] Vie\u{0302}\u{0323}c NFD  id:A\(section).1 progress:3/0\n"
            text += "Đoạn văn ở lề\(section == 60 ? "@" : "")\n  - [ ] sau đoạn văn  id:B\(section)\n"
        }
        // One Latin-1 byte in free text half way through the file.
        return Array(text.utf8).map { $0 == UInt8(ascii: "@") ? 0xC3 : $0 }
    }

    @Test("one part, two parts and five parts read the same plan", arguments: [2, 3, 5])
    func sameInParts(parts: Int) {
        let bytes = Self.sample()
        let whole = PlanParser(text: PlanText(bytes: bytes), parts: 1).parse()
        let cut = PlanParser(text: PlanText(bytes: bytes), parts: parts).parse()
        #expect(cut.bytes == bytes)
        #expect(cut.problems == whole.problems)
        #expect(cut.isValidUTF8 == whole.isValidUTF8)
        #expect(!cut.isValidUTF8)
        #expect(cut.tracks.map(\.title) == whole.tracks.map(\.title))
        #expect(cut.tracks.map(\.tasks) == whole.tracks.map(\.tasks))
        #expect(cut.units == whole.units)
        #expect(cut.tasks.count == whole.tasks.count)
        for index in whole.tasks.indices {
            let (a, b) = (cut.tasks[index], whole.tasks[index])
            #expect(a.line == b.line && a.parent == b.parent && a.depth == b.depth)
            #expect(a.title == b.title && a.fields == b.fields && a.status == b.status)
            #expect(a.noteLines == b.noteLines && a.descendantCount == b.descendantCount)
        }
        #expect(whole.tasks.count == 120 * 4)
        #expect(whole.problems.contains { if case .unknownUnit("XX") = $0.kind { true } else { false } })
    }
}

/// A large listing is formatted in parts on several threads; it must read exactly as the
/// same tasks listed a track at a time, where every part is small enough for one thread.
@Suite("Listing in parts")
struct ParallelListingTests {
    @Test("a listing of 12,000 tasks equals its tracks listed one by one")
    func largeListing() throws {
        var text = "# Kế hoạch\n"
        for track in 0..<12 {
            text += "\n## Mảng \(track)\n"
            for task in 0..<1_000 {
                let indent = task % 3 == 0 ? "" : "  "
                text += "\(indent)- [\(task % 7 == 0 ? "x" : " ")] Việc \(track).\(task)  id:V\(track)-\(task) lead:TH"
                    + " with:HC,CT due:2021-0\(task % 9 + 1)-1\(task % 9) progress:\(task % 5)/5\n"
            }
        }
        let plan = Plan(text)
        let today = try #require(PlanDate(iso: "2021-06-15"))
        let formatter = TaskListFormatter(language: .vi, today: today)
        let whole = formatter.format(Array(plan.tasks.indices), of: plan, as: .text)
        var expected = "Kế hoạch\n"
        for track in plan.tracks {
            let part = formatter.format(Array(track.tasks), of: plan, as: .text)
            let body = part.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast(3)
            expected += body.joined(separator: "\n") + "\n"
        }
        expected += "\n12000/12000 nhiệm vụ.\n"
        let wholeLines = whole.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(wholeLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(firstDifference == nil, "line \(firstDifference?.offset ?? -1): \(firstDifference.map { "\($0.element.0) ≠ \($0.element.1)" } ?? "")")
        #expect(whole == expected)
        #expect(whole.split(separator: "\n").count == 1 + 12 + 12_000 + 1)
    }
}

/// A report and a search over a large plan read its tasks in runs on several threads; the
/// runs cut tracks, nesting and groups anywhere, and the result must be the same as in one run.
@Suite("Reporting and searching in parts")
struct ParallelReportingTests {
    /// Tracks of nested tasks in every state, with leads declared or not, persons, counted
    /// results, notes with entries and an extension, and titles with diacritics and `\:`.
    static func plan() -> Plan {
        var text = "# Kế hoạch công tác năm 2021\n\n## Đơn vị\n- TH: Phòng Tổng hợp\n- HC: Phòng Hành chính\n"
        text += "\n## Cán bộ\n- lan: Trần Thị Lan, Chuyên viên, TH\n"
        let marks = [" ", "/", "x", "-", ">", "!"]
        for track in 0..<5 {
            text += "\n## Mảng thứ \(track)\n"
            for task in 0..<70 {
                let indent = String(repeating: "  ", count: task % 3)
                let mark = marks[(task * 7 + track) % marks.count]
                var line = "\(indent)- [\(mark)] Dự thảo\\: việc \(track).\(task) Đại biểu  id:K\(track)-\(task)"
                if task % 4 != 3 { line += " lead:\(["TH", "HC", "XX"][task % 3])" }
                if task % 5 == 0 { line += " person:lan,minh" }
                if task % 3 != 2 { line += " due:2021-\(String(format: "%02d", task % 12 + 1))-15" }
                if mark == "x" { line += " done:2021-\(String(format: "%02d", (task + 2) % 12 + 1))-10" }
                if task % 11 == 0 { line += " received:30 eligible:20 handled:\(task % 20) unit:đơn" }
                if task % 13 == 0 { line += " progress:\(task % 5)/5 product:Báo_cáo_thẩm_tra" }
                text += line + "\n"
                if task % 9 == 0 {
                    text += "\(indent)  Ghi chú về dự thảo \(task)\n"
                    text += "\(indent)  - 2021-03-15: 1 buổi tiếp công dân, \(task) lượt công dân\n"
                }
                if task % 17 == 0 {
                    text += "\(indent)  - 2021-04-01: gia hạn 2021-05-15 → 2021-12-31; lý do: chờ ý kiến\n"
                }
            }
        }
        return Plan(text)
    }

    @Test("the report is the same read in one run or in several", arguments: [2, 3, 7])
    func reportInParts(parts: Int) throws {
        let plan = Self.plan()
        #expect(plan.taskCount == 350)
        let unexpected = plan.problems.filter { problem in
            switch problem.kind {
            case .unknownUnit("XX"), .unknownPerson("minh"): false
            default: true
            }
        }
        #expect(unexpected.isEmpty)
        let days = try ["2021-12-31", "2021-06-15", "2021-04-01", "2021-09-30"].map { try #require(PlanDate(iso: $0)) }
        let secondAndThirdQuarter = try #require(ReportPeriod(from: days[2], to: days[3]))
        for (asOf, span) in [(days[0], nil), (days[1], nil), (days[0], Optional(secondAndThirdQuarter))] {
            let whole = PlanReport(plan: plan, asOf: asOf, period: span, meetings: [], against: .inForce, parts: 1)
            let cut = PlanReport(plan: plan, asOf: asOf, period: span, meetings: [], against: .inForce, parts: parts)
            #expect(cut.tracks.map(\.counts) == whole.tracks.map(\.counts))
            #expect(cut.tracks.map(\.results) == whole.tracks.map(\.results))
            #expect(cut.tracks.map(\.open) == whole.tracks.map(\.open))
            #expect(cut.total == whole.total && cut.units == whole.units && cut.persons == whole.persons)
            #expect(whole.units.map(\.code) == ["TH", "HC", "XX", nil])
            #expect(whole.persons.map(\.code) == ["lan", "minh", nil])
            #expect(whole.tracks.flatMap(\.open).contains { $0.level > 0 })
            #expect(whole.tracks.flatMap(\.results).contains { $0.entries != nil } == (span == nil))
            #expect(whole.total.deadlines.extended > 0)
            let formatter = ReportFormatter(language: .vi)
            #expect(formatter.format(cut, as: .text) == formatter.format(whole, as: .text))
        }
    }

    @Test("a search finds the same tasks in one run or in several, as each task's own text does",
          arguments: ["du thao", "ĐẠI BIỂU", "phong tong hop", "tran thi lan", "bao cao tham tra", "tiếp công dân", "k3-4", ": viec"])
    func searchInParts(query: String) {
        let plan = Self.plan()
        let folded = TextFolding.foldedBytes(query)
        let expected = plan.tasks.indices.filter { TextFolding.contains(plan.foldedSearchText(ofTask: $0), folded) }
        let all = Array(plan.tasks.indices)
        for parts in [1, 2, 5] {
            #expect(PlanSearchScan(plan: plan, query: folded).matching(all, parts: parts) == expected)
        }
        #expect(!expected.isEmpty)
    }
}
