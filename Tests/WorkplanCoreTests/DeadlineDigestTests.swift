import Testing

@testable import WorkplanCore

/// What needs chasing on Friday 29/10/2021: overdue and due within three working days, grouped.
@Suite("What needs chasing")
struct DeadlineDigestTests {
    static let plan = Plan("""
        # Kế hoạch thử năm 2021
        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính
        ## Người theo dõi
        - nam: Nguyễn Văn Nam
        - hoa: Trần Thị Hoa
        ## Việc
        - [ ] Quá hạn lâu  id:Q1 lead:TH person:nam due:2021-09-30
        - [/] Quá hạn mới  id:Q2 lead:HC person:hoa,nam due:2021-10-28
        - [ ] Đến hạn hôm nay  id:S1 lead:HC person:hoa due:2021-10-29
        - [ ] Đến hạn thứ Tư  id:S2 lead:TH due:2021-11-03
        - [ ] Còn xa  id:F1 lead:TH person:nam due:2021-11-04
        - [x] Đã xong  id:D1 lead:TH person:nam due:2021-10-20 done:2021-10-21
        """)

    func digest(_ grouping: TaskGrouping, within days: Int = 3) throws -> DeadlineDigest {
        DeadlineDigest(plan: Self.plan, on: try date("2021-10-29"), rule: DueSoonRule(workingDays: days), grouping: grouping)
    }

    func ids(_ group: DeadlineDigest.Group) -> [String] {
        group.items.compactMap { Self.plan.tasks[$0.task].id }
    }

    @Test("by person: each task under each person following it, the longest overdue first, then the nearest due; the rest under no one")
    func byPerson() throws {
        let digest = try digest(.person)
        #expect(digest.overdueCount == 2)
        #expect(digest.dueSoonCount == 2)
        #expect(digest.groups.map(\.code) == ["nam", "hoa", nil])
        #expect(digest.groups.map(ids) == [["Q1", "Q2"], ["Q2", "S1"], ["S2"]])
        #expect(DeadlineDigestText(language: .vi).text(digest, plan: Self.plan) == """
            Việc cần đôn đốc ngày 29/10/2021: 2 quá hạn, 2 sắp đến hạn (trong 3 ngày làm việc tới).

            Nguyễn Văn Nam (nam): 2 quá hạn, 0 sắp đến hạn
            - Quá hạn 29 ngày, 21 ngày làm việc: Q1 Quá hạn lâu (hạn 30/09/2021)
            - Quá hạn 1 ngày, 1 ngày làm việc: Q2 Quá hạn mới (hạn 28/10/2021)

            Trần Thị Hoa (hoa): 1 quá hạn, 1 sắp đến hạn
            - Quá hạn 1 ngày, 1 ngày làm việc: Q2 Quá hạn mới (hạn 28/10/2021)
            - Đến hạn hôm nay: S1 Đến hạn hôm nay

            (Chưa có người theo dõi): 0 quá hạn, 1 sắp đến hạn
            - Đến hạn 03/11/2021, còn 3 ngày làm việc: S2 Đến hạn thứ Tư

            """)
    }

    @Test("by unit, and a wider window: Thursday 04/11 is four working days away")
    func byUnit() throws {
        let digest = try digest(.unit, within: 4)
        #expect(digest.groups.map(\.code) == ["TH", "HC"])
        #expect(digest.groups.map(ids) == [["Q1", "S2", "F1"], ["Q2", "S1"]])
        let english = DeadlineDigestText(language: .en).text(digest, plan: Self.plan)
        #expect(english.hasPrefix("Tasks to chase on 2021-10-29: 2 overdue, 3 due soon (within 4 working days).\n\nTH Phòng Tổng hợp: 1 overdue, 2 due soon\n"))
        #expect(english.contains("- Due 2021-11-04, 4 working days left: F1 Còn xa\n"))
    }

    @Test("nothing to chase says so; the one-line summary, with the officer's own")
    func summaries() throws {
        let quiet = DeadlineDigest(plan: Self.plan, on: try date("2021-06-01"), rule: DueSoonRule(), grouping: .person)
        #expect(quiet.isEmpty)
        #expect(DeadlineDigestText(language: .vi).text(quiet, plan: Self.plan)
            == "Ngày 01/06/2021 không có việc nào quá hạn hay sắp đến hạn (trong 3 ngày làm việc tới).\n")
        var filter = TaskFilter()
        filter.person = "hoa"
        let mine = DeadlineDigest(plan: Self.plan, on: try date("2021-10-29"), rule: DueSoonRule(), grouping: .person,
                                  tasks: filter.apply(to: Self.plan))
        #expect(DeadlineDigestText(language: .vi).summary(try digest(.person), mine: mine)
            == "2 quá hạn, 2 sắp đến hạn (trong 3 ngày làm việc tới) · của tôi: 1 quá hạn, 1 sắp đến hạn")
    }
}
