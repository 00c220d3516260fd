import Testing

@testable import WorkplanCore

/// Which tasks a listing shows, checked on the built-in plan.
@Suite("Task filter")
struct FilterTests {
    let plan = Plan(BuiltinPlan.text)

    func ids(_ filter: TaskFilter) -> [String?] {
        filter.apply(to: plan).map { plan.tasks[$0].id }
    }

    @Test("no condition lets every task through")
    func everything() {
        #expect(TaskFilter().apply(to: plan) == Array(plan.tasks.indices))
    }

    @Test("by status")
    func status() {
        var filter = TaskFilter()
        filter.statuses = [.blocked]
        #expect(ids(filter) == ["KH5.2"])
        filter.statuses = [.postponed, .cancelled]
        #expect(ids(filter) == ["BC12", "TX5.2", "TX6.2"])
        filter.statuses = [.done]
        #expect(filter.apply(to: plan).count == 82)
    }

    @Test("an unknown status passes only a filter without statuses")
    func unknownStatus() {
        let odd = Plan("- [?] Việc\n- [ ] Khác\n")
        var filter = TaskFilter()
        #expect(filter.apply(to: odd) == [0, 1])
        filter.statuses = Set(TaskStatus.allCases)
        #expect(filter.apply(to: odd) == [1])
    }

    @Test("by lead, ignoring case")
    func lead() {
        var filter = TaskFilter()
        filter.lead = "bktns"
        let expected = ["KH1.2", "KH2.3.1", "KH4.3.1", "KH5.2", "KH6.3.1", "TX5.1", "TX5.1.1", "TX5.1.2"]
        #expect(ids(filter) == expected)
        filter.lead = "BKTNS"
        #expect(ids(filter) == expected)
        filter.lead = "NOBODY"
        #expect(ids(filter).isEmpty)
    }

    @Test("by track text, folded like search")
    func track() {
        var filter = TaskFilter()
        filter.track = "bau cu"
        let election = ids(filter)
        #expect(election.count == 32)
        #expect(election.first == "BC1")
        #expect(election.last == "BC16")
        #expect(election.allSatisfy { $0?.hasPrefix("BC") ?? false })
        filter.track = "THƯỜNG XUYÊN"
        #expect(filter.apply(to: plan).count == 35)
        filter.track = "không có mảng này"
        #expect(ids(filter).isEmpty)
    }

    @Test("due before a day, the day itself excluded")
    func dueBefore() throws {
        var filter = TaskFilter()
        filter.dueBefore = try date("2021-01-15")
        #expect(ids(filter) == ["KH1.1", "KH1.2"])
        filter.dueBefore = try date("2021-01-16")
        #expect(ids(filter) == ["KH1.1", "KH1.2", "TK1", "TX2"])
    }

    @Test("overdue on a day: open, not postponed, and due before it")
    func overdue() throws {
        var filter = TaskFilter()
        filter.overdueOn = try date("2021-10-29")
        #expect(ids(filter) == ["TK5.2", "TK6", "BC15", "BC15.2", "BC16"])
        filter.overdueOn = try date("2021-10-30")
        #expect(ids(filter) == ["KH5.2", "TK5.2", "TK6", "BC15", "BC15.2", "BC16"])
    }

    /// The tasks led or coordinated by the Ủy ban bầu cử tỉnh (UBBC) are found by its name too:
    /// BC4, BC6, BC7, BC9.2, BC14 and BC14.2 say "bầu cử" only through it; TX1 says it in a dated
    /// entry (a reception held for complaints about the election).
    @Test("search finds the election's tasks by title, note, entries, id and the names of their units")
    func search() {
        var filter = TaskFilter()
        filter.search = "bau cu"
        #expect(ids(filter) == ["KH3", "BC2", "BC2.1", "BC2.2", "BC3", "BC4", "BC5", "BC6", "BC7", "BC8", "BC9", "BC9.1",
                                "BC9.2", "BC10", "BC11", "BC11.1", "BC11.2", "BC12", "BC13", "BC14", "BC14.2", "BC15",
                                "BC15.1", "BC15.2", "BC16", "TX1"])
        filter.search = "Bầu cử"
        #expect(ids(filter).count == 26)
        filter.search = "uy ban bau cu tinh"
        #expect(ids(filter).count == 17)
        filter.search = "tx5.3"
        #expect(ids(filter) == ["TX5.3", "TX5.3.1", "TX5.3.2", "TX5.3.3"])
        filter.search = "Đắk Glong"
        #expect(ids(filter).isEmpty)
        filter.search = "dai bieu"
        #expect(ids(filter).count == 49, "with every task the Phòng Công tác đại biểu leads or coordinates")
    }

    @Test("every condition must hold")
    func combined() throws {
        var filter = TaskFilter()
        filter.track = "bau cu"
        filter.statuses = [.done]
        #expect(filter.apply(to: plan).count == 28)
        filter.search = "bau cu"
        filter.lead = "ctdb"
        #expect(ids(filter) == ["BC2.1", "BC4", "BC10", "BC15.1"])
        filter = TaskFilter()
        filter.lead = "TTDN"
        filter.overdueOn = try date("2021-10-29")
        #expect(ids(filter) == ["TK6"])
    }

    @Test("the result does not depend on today's date")
    func noClock() throws {
        var filter = TaskFilter()
        filter.overdueOn = try date("2021-01-01")
        #expect(ids(filter).isEmpty)
    }

    @Test("grouping by lead unit in one scan agrees with filtering by each unit, case and repeats as lead reads them")
    func byLead() {
        let plan = Plan("""
            ## Mảng
            - [ ] A  id:A lead:TH
            - [ ] B  id:B lead:hc with:TH
            - [ ] C  id:C with:HC
            - [ ] D  id:D lead:TH lead:HC
            - [ ] E  id:E lead:TH,HC
            """)
        let codes = ["TH", "HC", "VP"]
        let grouped = TaskFilter.byLead(Array(0..<plan.taskCount), in: plan, codes: codes)
        for (code, tasks) in zip(codes, grouped) {
            var filter = TaskFilter()
            filter.lead = code
            #expect(tasks == filter.apply(to: plan), "lead \(code)")
        }
        #expect(grouped.map { $0.map { plan.tasks[$0].id ?? "" } } == [["A", "D"], ["B"], []])
    }
}
