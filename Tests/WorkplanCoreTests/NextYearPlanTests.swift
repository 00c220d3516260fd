import Testing

@testable import WorkplanCore

/// The next year's plan: which tasks go over, where they stand, and the title.
@Suite("Next year's plan")
struct NextYearPlanTests {
    @Test("the open tasks go over at the level of their nearest carried parent, with from:, without done:")
    func carried() {
        let plan = Plan("""
            # Kế hoạch công tác năm 2021
            ## Mảng
            - [x] Cha xong  id:A done:2021-03-01
              - [ ] Con mở  id:A.1
                - [/] Cháu mở  id:A.1.1 done:2021-02-01
            - [-] Hủy  id:B
            - [ ] Không mã
            ## Trống
            - [x] Xong  id:C
            """)
        let next = NextYearPlan(from: plan, year: 2022, fromYear: 2021, language: .vi)
        #expect(next.text == """
            # Kế hoạch công tác năm 2022

            ## Mảng
            - [ ] Con mở  id:A.1 from:2021/A.1
              - [/] Cháu mở  id:A.1.1 from:2021/A.1.1
            - [ ] Không mã  from:2021/@7

            ## Trống

            """)
        #expect(next.carried == 3)
        #expect(next.leftBehind == 3)
        #expect(Plan(next.text).problems.isEmpty)
    }

    @Test("a title without the year gets it; a plan without a title gets one")
    func titles() {
        #expect(NextYearPlan(from: Plan("# Kế hoạch của Văn phòng\n"), year: 2022, fromYear: 2021, language: .vi).text
            == "# Kế hoạch của Văn phòng — năm 2022\n")
        #expect(NextYearPlan(from: Plan("- [ ] A  id:A\n"), year: 2022, fromYear: 2021, language: .en).text
            == "# Work plan 2022\n\n- [ ] A  id:A from:2021/A\n")
    }
}
