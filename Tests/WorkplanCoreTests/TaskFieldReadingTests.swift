import Testing

@testable import WorkplanCore

/// One reader of a task line's fields: a key written twice counts at its first valid value in
/// the tree's task values, the plan's index (filters, sorting, overdue counts), listings and
/// the report alike, and `check` reports the repeat; the checks between fields.
@Suite("One reader of task fields")
struct TaskFieldReadingTests {
    @Test("due:2021-13-01 due:2021-07-10: 10/07/2021 everywhere; the bad date and the repeat are reported")
    func repeatedDueWithBadFirst() throws {
        let plan = Plan("## Việc\n- [ ] Hai hạn  id:A due:2021-13-01 due:2021-07-10\n")
        let due = try date("2021-07-10")
        #expect(plan.tasks[0].due == due)
        #expect(plan.slots[0].dueDate == due)
        let record = TaskRecord(plan: plan, index: 0, today: try date("2021-10-29"))
        #expect(record.due == "2021-07-10")
        var overdue = TaskFilter()
        overdue.overdueOn = try date("2021-10-29")
        #expect(overdue.apply(to: plan) == [0])
        #expect(plan.problems == [
            Problem(line: 2, column: 21, kind: .invalidDate(key: "due", value: "2021-13-01")),
            Problem(line: 2, column: 36, kind: .repeatedKey(key: "due", firstColumn: 21)),
        ])
    }

    @Test("due:2021-07-10 due:2021-08-01: the first is the due date everywhere, the second a repeat")
    func repeatedDueBothValid() throws {
        let plan = Plan("## Việc\n- [ ] Hai hạn  id:A due:2021-07-10 due:2021-08-01\n")
        let due = try date("2021-07-10")
        #expect(plan.tasks[0].due == due)
        #expect(plan.slots[0].dueDate == due)
        #expect(plan.problems == [Problem(line: 2, column: 36, kind: .repeatedKey(key: "due", firstColumn: 21))])
    }

    @Test("the report reads the first valid done:, progress: and counts, as the tree does")
    func reportReadsTheFirst() throws {
        let plan = Plan("""
            ## Việc
            - [x] Xong  id:A done:2021-13-01 done:2021-07-01 progress:1/2 progress:2/2 received:5 received:9

            """)
        let fields = reportFields(plan, 0)
        let done = try date("2021-07-01")
        #expect(fields.done == done && plan.tasks[0].doneDate == done)
        #expect(fields.progress == Progress("1/2") && plan.tasks[0].progress == Progress("1/2"))
        #expect(fields.counted == CountedResult(received: 5, eligible: nil, handled: nil, unit: nil))
        #expect(plan.problems.map(\.kind) == [
            .invalidDate(key: "done", value: "2021-13-01"),
            .repeatedKey(key: "done", firstColumn: 18),
            .repeatedKey(key: "progress", firstColumn: 50),
            .repeatedKey(key: "received", firstColumn: 76),
        ])
    }

    @Test("any key but with: and tag: may be written once; a free key's first value counts")
    func freeKeysAndLists() {
        let plan = Plan("- [ ] Việc  id:A owner:an owner:binh tag:a tag:b with:X with:Y lead:X lead:Y\n")
        #expect(plan.tasks[0].value("owner") == "an")
        #expect(plan.tasks[0].tags == ["a", "b"])
        #expect(plan.tasks[0].coordinators == ["X", "Y"])
        #expect(plan.tasks[0].lead == "X")
        #expect(plan.problems.map(\.kind) == [
            .repeatedKey(key: "owner", firstColumn: 18),
            .repeatedKey(key: "lead", firstColumn: 64),
        ])
    }

    @Test("a start after the due date, a done: on an open task and a progress above its whole are reported")
    func checksBetweenFields() throws {
        let start = try date("2021-08-01")
        let due = try date("2021-07-10")
        let plan = Plan("""
            ## Việc
            - [ ] Ngược ngày  id:A start:2021-08-01 due:2021-07-10
            - [/] Đã ghi xong  id:B done:2021-07-01
            - [-] Hủy  id:C done:2021-07-01
            - [/] Quá tổng  id:D progress:6/5

            """)
        #expect(plan.problems == [
            Problem(line: 2, column: 24, kind: .startAfterDue(start: start, due: due)),
            Problem(line: 3, column: 25, kind: .doneOnOpenTask(status: .inProgress)),
            Problem(line: 5, column: 22, kind: .progressAboveWhole(done: 6, total: 5)),
        ])
        #expect(plan.tasks[3].progress == nil)
        #expect(Problem(line: 5, column: 22, kind: .progressAboveWhole(done: 6, total: 5)).message(.vi)
            == "tiến độ 6/5: số đã làm lớn hơn tổng số")
    }

    @Test("a done date after today is reported by check on that day, not by reading")
    func doneInTheFuture() throws {
        let plan = Plan("## Việc\n- [x] Xong sớm  id:A done:2021-11-02\n- [x] Xong  id:B done:2021-10-01\n")
        #expect(plan.problems.isEmpty)
        let today = try date("2021-10-29")
        let done = try date("2021-11-02")
        #expect(plan.problems(on: today) == [Problem(line: 2, column: 22, kind: .doneInFuture(done: done, today: today))])
        #expect(plan.problems(on: done).isEmpty)
    }

    @Test("the id and the units read from a line's bytes are those of the decoded task, on the built-in plan and odd lines")
    func bytesAgreeWithTasks() {
        let odd = Plan("""
        ## Việc
        - [ ] Hai mã  id:A1 id:A2 lead:th with:HC,TTDN with:VP
        - [ ] Không mã  lead:TH,HC
        - [ ] Mã tiếng Việt  id:Đ1 lead:
        """)
        for plan in [Plan(BuiltinPlan.text), odd] {
            for index in 0..<plan.taskCount {
                #expect(plan.id(ofTask: index) == plan.tasks[index].id)
            }
            for code in ["TH", "HC", "VP", "TTDN", "th"] {
                var byLead = TaskFilter()
                byLead.lead = code
                #expect(byLead.apply(to: plan) == (0..<plan.taskCount).filter { plan.tasks[$0].lead?.lowercased() == code.lowercased() })
                var byUnit = TaskFilter()
                byUnit.unit = code
                #expect(byUnit.apply(to: plan) == (0..<plan.taskCount).filter { index in
                    let task = plan.tasks[index]
                    return task.lead?.lowercased() == code.lowercased() || task.coordinators.contains { $0.lowercased() == code.lowercased() }
                })
            }
        }
    }
}
