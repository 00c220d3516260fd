import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The interface counts a deadline as the plan's calendar says: a due date on a day off, when
/// the office counts it at the next working day, is overdue only after that day, and the detail
/// pane says to which day it counts.
@Suite("Deadlines on days off in the interface")
@MainActor
struct DayOffDeadlineTests {
    static let plan = """
    # Kế hoạch năm 2022

    ## Lịch nghỉ
    - 2022-06-03: Ngày truyền thống Văn phòng
    - Hạn vào ngày nghỉ: ngày làm việc tiếp theo

    ## Kỳ họp
    - [ ] Báo cáo tháng 5  id:A1 due:2022-06-04

    """

    @Test("due Saturday 04/06/2022, counted to Monday 06/06: within term that Monday, overdue on Tuesday")
    func countedToNextWorkingDay() throws {
        let monday = try #require(PlanDate(year: 2022, month: 6, day: 6))
        let tuesday = try #require(PlanDate(year: 2022, month: 6, day: 7))
        var state = TUITestSupport.state(Self.plan, columns: 120, today: monday)
        state.select(.task(0))
        let screen = TUITestSupport.screen(state).joined(separator: "\n")
        #expect(screen.contains("Thời hạn: hạn 04/06/2022, tính đến 06/06/2022 (hôm nay)"))
        #expect(screen.contains("0 quá hạn"))
        var later = TUITestSupport.state(Self.plan, columns: 120, today: tuesday)
        later.select(.task(0))
        let overdue = TUITestSupport.screen(later).joined(separator: "\n")
        #expect(overdue.contains("(quá hạn 1 ngày, 1 ngày làm việc)"))
        #expect(overdue.contains("1 quá hạn"))
    }
}
