import Foundation
import Testing

@testable import WorkplanCore

/// The checks of the counted-result fields (`received:`, `eligible:`, `handled:`, `unit:`):
/// each count a whole number in ASCII digits, no count above the one it is part of, and a
/// `unit:` only with a count; at the value's line and column, in characters.
@Suite("Counted field checks")
struct CountedFieldCheckTests {
    /// The problems of a plan with one task whose fields are `fields`.
    func problems(_ fields: String) -> [Problem] {
        Plan("## Đơn thư\n- [/] Đơn thư  id:A \(fields)\n").problems
    }

    @Test("valid counts have no problem: in any order, with zeros, equal counts and a unit")
    func valid() {
        #expect(problems("received:132 eligible:127 handled:121 unit:đơn").isEmpty)
        #expect(problems("unit:hồ_sơ handled:96 received:96").isEmpty)
        #expect(problems("received:0 eligible:0 handled:0").isEmpty)
        #expect(problems("eligible:12 handled:12").isEmpty)
        #expect(problems("handled:4").isEmpty)
        #expect(problems("received:007 handled:7").isEmpty)
        #expect(problems("received:999999999").isEmpty)
        #expect(problems("tag:received unit-x:1 handledby:abc").isEmpty)
    }

    @Test("each bad value is a problem of its own kind, at the field's column",
          arguments: ["abc", "-3", "+3", "12.5", "1.234", "1,234", "1\u{A0}234", "1234567890", "١٢", "１２", "12đơn"])
    func badValue(_ value: String) {
        #expect(problems("received:\(value)") == [Problem(line: 2, column: 21, kind: .invalidCount(key: .received, value: value))])
        #expect(problems("eligible:\(value)") == [Problem(line: 2, column: 21, kind: .invalidCount(key: .eligible, value: value))])
        #expect(problems("handled:\(value)") == [Problem(line: 2, column: 21, kind: .invalidCount(key: .handled, value: value))])
    }

    @Test("every bad value on a line is reported, each at its own column")
    func severalBadValues() {
        #expect(problems("received:abc eligible:12.5 handled:-3 unit:đơn") == [
            Problem(line: 2, column: 21, kind: .invalidCount(key: .received, value: "abc")),
            Problem(line: 2, column: 34, kind: .invalidCount(key: .eligible, value: "12.5")),
            Problem(line: 2, column: 48, kind: .invalidCount(key: .handled, value: "-3")),
        ])
    }

    @Test("eligible above received, handled above eligible or (without eligible) above received")
    func inconsistent() {
        #expect(problems("received:132 eligible:127 handled:140 unit:đơn") == [
            Problem(line: 2, column: 47, kind: .countAboveBase(key: .handled, count: 140, base: .eligible, baseCount: 127)),
        ])
        #expect(problems("received:100 eligible:120 handled:90") == [
            Problem(line: 2, column: 34, kind: .countAboveBase(key: .eligible, count: 120, base: .received, baseCount: 100)),
        ])
        #expect(problems("received:50 handled:60") == [
            Problem(line: 2, column: 33, kind: .countAboveBase(key: .handled, count: 60, base: .received, baseCount: 50)),
        ])
        #expect(problems("received:10 eligible:20 handled:30") == [
            Problem(line: 2, column: 33, kind: .countAboveBase(key: .eligible, count: 20, base: .received, baseCount: 10)),
            Problem(line: 2, column: 45, kind: .countAboveBase(key: .handled, count: 30, base: .eligible, baseCount: 20)),
        ])
    }

    @Test("like the report, the first valid value of each count is compared; a bad eligible leaves received as the base")
    func comparesWhatTheReportReads() {
        #expect(problems("handled:9 received:5 handled:1") == [
            Problem(line: 2, column: 21, kind: .countAboveBase(key: .handled, count: 9, base: .received, baseCount: 5)),
            Problem(line: 2, column: 42, kind: .repeatedKey(key: "handled", firstColumn: 21)),
        ])
        #expect(problems("received:5 eligible:x handled:9") == [
            Problem(line: 2, column: 32, kind: .invalidCount(key: .eligible, value: "x")),
            Problem(line: 2, column: 43, kind: .countAboveBase(key: .handled, count: 9, base: .received, baseCount: 5)),
        ])
        #expect(problems("eligible:5 handled:9") == [
            Problem(line: 2, column: 32, kind: .countAboveBase(key: .handled, count: 9, base: .eligible, baseCount: 5)),
        ])
    }

    @Test("unit: without any count is a problem; with only bad counts, the bad counts are")
    func unitWithoutCount() {
        #expect(problems("unit:hồ_sơ") == [Problem(line: 2, column: 21, kind: .unitWithoutCount)])
        #expect(problems("progress:3/4 unit:đơn unit:hồ_sơ") == [
            Problem(line: 2, column: 34, kind: .unitWithoutCount),
            Problem(line: 2, column: 43, kind: .repeatedKey(key: "unit", firstColumn: 34)),
        ])
        #expect(problems("unit:đơn handled:x") == [Problem(line: 2, column: 30, kind: .invalidCount(key: .handled, value: "x"))])
    }

    @Test("columns count characters: Vietnamese text before the field, precomposed or not, indented subtasks")
    func columns() throws {
        let title = "Tiếp nhận, xử lý đơn thư"
        for written in [title, title.decomposedStringWithCanonicalMapping] {
            let plan = Plan("## Đơn thư\n- [/] \(written)  id:A received:abc eligible:127 handled:121 unit:đơn\n")
            #expect(plan.problems == [Problem(line: 2, column: 38, kind: .invalidCount(key: .received, value: "abc"))])
        }
        let nested = Plan("""
            ## Tổng hợp
            - [/] Cử tri  id:A
                - [/] Tổng hợp ý kiến, kiến nghị của cử tri  id:C received:1.234 eligible:12,5 handled:-3
            - [/] Đơn thư  id:B received:132 eligible:127 handled:140 unit:đơn

            """)
        #expect(nested.problems == [
            Problem(line: 3, column: 55, kind: .invalidCount(key: .received, value: "1.234")),
            Problem(line: 3, column: 70, kind: .invalidCount(key: .eligible, value: "12,5")),
            Problem(line: 3, column: 84, kind: .invalidCount(key: .handled, value: "-3")),
            Problem(line: 4, column: 47, kind: .countAboveBase(key: .handled, count: 140, base: .eligible, baseCount: 127)),
        ])
    }

    @Test("the messages, in Vietnamese and English")
    func messages() {
        let invalid = Problem(line: 4, column: 32, kind: .invalidCount(key: .received, value: "abc"))
        #expect(invalid.message(.vi)
            == "số đếm không hợp lệ \"abc\" ở trường received (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)")
        #expect(invalid.message(.en)
            == "invalid count \"abc\" in field received (expected a whole number from 0, digits only, no separators, at most 9 digits)")
        let handled = Problem(line: 5, column: 60, kind: .countAboveBase(key: .handled, count: 140, base: .eligible, baseCount: 127))
        #expect(handled.message(.vi) == "đã xử lý 140 lớn hơn số đủ điều kiện 127")
        #expect(handled.message(.en) == "handled 140 is more than eligible 127")
        let eligible = Problem(line: 1, column: 1, kind: .countAboveBase(key: .eligible, count: 120, base: .received, baseCount: 100))
        #expect(eligible.message(.vi) == "số đủ điều kiện 120 lớn hơn số tiếp nhận 100")
        #expect(eligible.message(.en) == "eligible 120 is more than received 100")
        let unit = Problem(line: 8, column: 38, kind: .unitWithoutCount)
        #expect(unit.message(.vi) == "unit: chỉ có nghĩa khi dòng có received:, eligible: hoặc handled:")
        #expect(unit.message(.en) == "unit: means something only on a line with received:, eligible: or handled:")
        #expect(invalid.formatted(file: "plan.md", .vi).hasPrefix("plan.md:4:32: số đếm không hợp lệ \"abc\""))
    }

    @Test("editing refuses a bad count, as reading reports it")
    func editingRefusesBadValues() throws {
        #expect(FieldCheck.valueProblem(key: "received", value: "abc") == .invalidCount(key: .received, value: "abc"))
        #expect(FieldCheck.valueProblem(key: "handled", value: "1.000") == .invalidCount(key: .handled, value: "1.000"))
        #expect(FieldCheck.valueProblem(key: "eligible", value: "127") == nil)
        #expect(FieldCheck.valueProblem(key: "unit", value: "hồ_sơ") == nil)
        var plan = Plan("## Đơn thư\n- [/] Đơn thư  id:A received:132\n")
        let before = plan.bytes
        #expect(throws: EditError.invalidValue(key: "received", value: "abc")) {
            try plan.setFields(ofTask: 0, [(key: "received", value: "abc")])
        }
        #expect(throws: EditError.invalidValue(key: "handled", value: "-3")) {
            try plan.setFields(ofTask: 0, [(key: "handled", value: "-3")])
        }
        #expect(plan.bytes == before)
    }

    @Test("an edit that makes counts disagree makes the problem; an edit that mends them takes it away")
    func editingUpdatesProblems() throws {
        var plan = Plan("## Đơn thư\n- [/] Đơn thư  id:A received:132 eligible:127\n")
        try plan.setFields(ofTask: 0, [(key: "handled", value: "140")])
        #expect(plan.problems == [
            Problem(line: 2, column: 47, kind: .countAboveBase(key: .handled, count: 140, base: .eligible, baseCount: 127)),
        ])
        try plan.setFields(ofTask: 0, [(key: "handled", value: "121")])
        #expect(plan.problems.isEmpty)
        try plan.setFields(ofTask: 0, [(key: "received", value: nil), (key: "eligible", value: nil),
                                       (key: "handled", value: nil), (key: "unit", value: "đơn")])
        #expect(plan.problems == [Problem(line: 2, column: 21, kind: .unitWithoutCount)])
    }

    @Test("the report passes over bad counts, tells no share above 100% and does not fail on lines with problems")
    func reportIgnoresBadCounts() throws {
        let plan = Plan("""
            ## Đơn thư
            - [/] Sai hết  id:A received:abc eligible:12.5 handled:-3 unit:đơn
            - [/] Một phần  id:B received:1.234 eligible:127 handled:121 unit:đơn
            - [ ] Chỉ đơn vị  id:C unit:hồ_sơ
            - [/] Quá số  id:D received:132 eligible:127 handled:140 unit:đơn
            - [/] Quá số tiếp nhận  id:E received:50 handled:60

            """)
        #expect(plan.problems.count == 7)
        #expect(reportFields(plan, 0).counted == nil)
        #expect(reportFields(plan, 1).counted == CountedResult(eligible: 127, handled: 121, unit: "đơn"))
        #expect(reportFields(plan, 2).counted == nil)
        #expect(reportFields(plan, 3).counted?.permille == nil)
        let report = PlanReport(plan: plan, asOf: try date("2021-10-29"))
        #expect(report.tracks[0].results.map(\.id) == ["B", "D", "E"])
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

               - B Một phần: 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)
               - D Quá số: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 140 đơn
               - E Quá số tiếp nhận: tiếp nhận 50, đã xử lý 60

            """))
        #expect(!text.contains("abc") && !text.contains("1.234"))
    }

    @Test("the built-in plan's counted results (TX2, TX3, BC8) are valid")
    func builtinPlan() throws {
        let plan = Plan(BuiltinPlan.text)
        for id in ["TX2", "TX3", "BC8"] {
            let index = try #require(plan.taskIndex(id: id))
            #expect(reportFields(plan, index).counted != nil)
            #expect(plan.problems.allSatisfy { $0.line != plan.tasks[index].line + 1 })
        }
        #expect(!plan.problems.contains { $0.kind.isAboutCounts })
    }
}

private extension Problem.Kind {
    /// True for the problems of the counted-result fields.
    var isAboutCounts: Bool {
        switch self {
        case .invalidCount, .countAboveBase, .unitWithoutCount: true
        default: false
        }
    }
}
