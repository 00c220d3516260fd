import Foundation
import Testing

@testable import WorkplanCore

/// Extensions of a task's deadline (gia hạn): the new `due:` and an entry that keeps the history,
/// the deadline in force on a day, the report against either deadline, and merging.
@Suite("Deadline extensions")
struct ExtensionTests {
    static let sample = """
        # Kế hoạch thử năm 2021
        ## Kỳ họp
        - [/] Tham mưu nội dung kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10
          Chờ tờ trình của UBND tỉnh.
          - [ ] Gửi giấy mời  id:KH1.1 due:2021-07-05
        - [ ] Việc không hạn  id:KH2
        - [x] Việc đã xong  id:KH3 due:2021-05-01 done:2021-04-30

        """

    @Test("an extension sets due: and adds one entry line with the old and new deadlines, reason and document")
    func extend() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let task = try index(plan, "KH1")
        let edit = try plan.extendDeadline(ofTask: task, to: try date("2021-07-20"), on: try date("2021-06-01"),
                                           reason: "Chờ ý kiến\nBộ Nội vụ", decidedBy: "Thông báo 12/TB-HĐND", language: .vi)
        #expect(edit == LineBlockEdit(start: 2, old: ["- [/] Tham mưu nội dung kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-10",
                                                      "  Chờ tờ trình của UBND tỉnh."],
                                      new: ["- [/] Tham mưu nội dung kỳ họp giữa năm  id:KH1 lead:TH due:2021-07-20",
                                            "  Chờ tờ trình của UBND tỉnh.",
                                            "  - 2021-06-01: gia hạn 2021-07-10 → 2021-07-20; lý do: Chờ ý kiến Bộ Nội vụ; theo: Thông báo 12/TB-HĐND"],
                                      taskId: "KH1"))
        _ = try plan.extendDeadline(ofTask: task, to: try date("2021-07-30"), on: try date("2021-07-15"), reason: "Kỳ họp lùi lịch",
                                    decidedBy: nil, language: .en)
        #expect(plan.tasks[task].due == (try date("2021-07-30")))
        #expect(plan.extensions(of: task).map(\.to.iso) == ["2021-07-20", "2021-07-30"])
        #expect(plan.extensions(of: task).last?.reason == "Kỳ họp lùi lịch")
        #expect(plan.originalDue(of: task) == (try date("2021-07-10")))
        #expect(plan.due(of: task, on: try date("2021-05-31")) == (try date("2021-07-10")))
        #expect(plan.due(of: task, on: try date("2021-06-01")) == (try date("2021-07-20")))
        #expect(plan.due(of: task, on: try date("2021-07-16")) == (try date("2021-07-30")))
        #expect(plan.entries(of: task).allSatisfy { !$0.isProgressNote })
        #expect(plan.note(of: task) == "Chờ tờ trình của UBND tỉnh.")
        #expect(plan.problems.isEmpty)
        #expect(plan.string.contains("  - 2021-07-15: extended 2021-07-20 → 2021-07-30; reason: Kỳ họp lùi lịch\n  - [ ] Gửi giấy mời"))
    }

    @Test("no deadline, a closed task, a day not later and no reason are refused, the plan untouched")
    func refused() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let day = try date("2021-06-01")
        #expect(throws: EditError.noDeadlineToExtend) {
            try plan.extendDeadline(ofTask: try index(plan, "KH2"), to: try date("2021-08-01"), on: day, reason: "x",
                                    decidedBy: nil, language: .vi)
        }
        #expect(throws: EditError.extendingClosedTask(status: .done)) {
            try plan.extendDeadline(ofTask: try index(plan, "KH3"), to: try date("2021-08-01"), on: day, reason: "x",
                                    decidedBy: nil, language: .vi)
        }
        #expect(throws: EditError.extensionNotLater(due: try date("2021-07-10"))) {
            try plan.extendDeadline(ofTask: try index(plan, "KH1"), to: try date("2021-07-10"), on: day, reason: "x",
                                    decidedBy: nil, language: .vi)
        }
        #expect(throws: EditError.extensionWithoutReason) {
            try plan.extendDeadline(ofTask: try index(plan, "KH1"), to: try date("2021-07-20"), on: day, reason: " \n",
                                    decidedBy: nil, language: .vi)
        }
        #expect(throws: EditError.entryLooksLikeExtension) {
            try plan.addEntry(toTask: try index(plan, "KH1"), date: day, text: "Gia hạn 2021-07-10 → 2021-07-20; lý do: x")
        }
        #expect(plan.string == Self.sample)
    }

    @Test("an extension written by hand that cannot be read is reported at its column")
    func unreadable() {
        let plan = Plan(bytes: Array("""
            ## Việc
            - [ ] Một  id:A due:2021-07-20
              - 2021-06-01: gia hạn đến cuối tháng 7
              - 2021-06-02: extended 2021-07-10 → 2021-07-20
              - 01/06/2021: Gia hạn 10/07/2021 -> 20/07/2021; theo: TB 12; lý do: chờ Bộ
            """.utf8))
        #expect(plan.problems.map { "\($0.line):\($0.column)" } == ["3:17", "4:17"])
        #expect(plan.extensions(of: 0).map(\.reason) == ["chờ Bộ"])
        #expect(plan.extensions(of: 0).first?.decidedBy == "TB 12")
    }

    @Test("the report counts against the deadline in force on its day, or against the first one")
    func report() throws {
        var plan = Plan(bytes: Array(Self.sample.utf8))
        let task = try index(plan, "KH1")
        _ = try plan.extendDeadline(ofTask: task, to: try date("2021-07-20"), on: try date("2021-06-01"), reason: "Chờ Bộ",
                                    decidedBy: "TB 12", language: .vi)
        let day = try date("2021-07-15")
        let inForce = PlanReport(plan: plan, asOf: day)
        #expect(inForce.total.deadlines.extended == 1)
        #expect(inForce.total.deadlines.notYetDue == 1)
        #expect(inForce.tracks[0].open.first?.extendedFrom == (try date("2021-07-10")))
        let original = PlanReport(plan: plan, asOf: day, against: .original)
        #expect(original.total.deadlines.overdue == 2)
        #expect(original.tracks[0].open.first?.extendedTo == (try date("2021-07-20")))
        let before = PlanReport(plan: plan, asOf: try date("2021-05-31"))
        #expect(before.total.deadlines.extended == 0)
        #expect(before.tracks[0].open.first?.due == (try date("2021-07-10")))
        let text = ReportFormatter(language: .vi).format(inForce, as: .text)
        #expect(text.contains("; 1 nhiệm vụ được gia hạn.\n"))
        #expect(text.contains("KH1 Tham mưu nội dung kỳ họp giữa năm (chủ trì TH; hạn 20/07/2021, gia hạn từ 10/07/2021; đang thực hiện)"))
        let json = ReportFormatter(language: .en).format(original, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(parsed["against"] as? String == "original")
        #expect((parsed["total"] as? [String: Any])?["extended"] as? Int == 1)
    }

    @Test("an extension saved after someone ticked the task's subtask and changed its line keeps both")
    func merge() throws {
        try withPlanFile(Self.sample) { path in
            var mine = try PlanFile(path: path)
            var theirs = try PlanFile(path: path)
            let task = try index(mine.plan, "KH1")
            let today = try date("2021-06-01")
            try theirs.perform(.setFields(task: task, fields: [FieldUpdate(key: "progress", value: "50%")]), today: today)
            try theirs.perform(.addEntry(task: task, date: today, text: "Đã nhận tờ trình"), today: today)
            try mine.perform(.extend(task: task, to: try date("2021-07-20"), reason: "Chờ Bộ", decidedBy: nil, language: .vi),
                             today: today)
            let plan = mine.plan
            #expect(plan.tasks[task].value("progress") == "50%")
            #expect(plan.tasks[task].due == (try date("2021-07-20")))
            #expect(plan.entries(of: task).map(\.text) == ["Đã nhận tờ trình", "gia hạn 2021-07-10 → 2021-07-20; lý do: Chờ Bộ"])
            #expect(plan.bytes == Array(try PlanStore().read(path).bytes))
        }
    }
}
