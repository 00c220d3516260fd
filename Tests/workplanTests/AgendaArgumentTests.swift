import Testing
import WorkplanCore
import WorkplanTUI

@testable import workplan

/// `--agenda` words all hold at once; none replaces another.
@Suite("Agenda words")
struct AgendaArgumentTests {
    static let today = PlanDate(year: 2021, month: 10, day: 29)

    @Test("overdue,week: the overdue tasks that were due this week, whichever word comes first")
    func overdueAndWeek() throws {
        let today = try #require(Self.today)
        for text in ["overdue,week", "week,overdue"] {
            let agenda = try AgendaArgument.parse(text, today: today, .vi)
            #expect(agenda.filter.status == .overdue)
            #expect(agenda.filter.due == ReportPeriod(from: try #require(PlanDate(iso: "2021-10-25")),
                                                      to: try #require(PlanDate(iso: "2021-10-31"))))
        }
        let plan = Plan("""
            ## Việc
            - [ ] Quá hạn tuần này  id:A due:2021-10-26
            - [ ] Quá hạn từ trước  id:B due:2021-09-01
            - [ ] Hạn cuối tuần  id:C due:2021-10-31

            """)
        let agenda = try AgendaArgument.parse("overdue,week", today: today, .vi)
        #expect(agenda.filter.apply(to: plan, today: today).map { plan.tasks[$0].id } == ["A"])
    }

    @Test("week,month is the week's days in the month; open alone changes nothing; periods must overlap")
    func periodsIntersect() throws {
        let today = try #require(Self.today)
        let agenda = try AgendaArgument.parse("month,week,open", today: today, .vi)
        #expect(agenda.filter.status == .open)
        #expect(agenda.filter.due?.from == PlanDate(iso: "2021-10-25"))
        #expect(agenda.filter.due?.to == PlanDate(iso: "2021-10-31"))
        #expect(throws: CommandFailure.self) { try AgendaArgument.parse("week,due:2021-01-01..2021-01-31", today: today, .vi) }
    }

    @Test("an empty word is refused", arguments: ["", ",", "overdue,", ",week", "overdue,,week", "overdue, ,week"])
    func emptyWord(_ text: String) throws {
        let today = try #require(Self.today)
        #expect(throws: CommandFailure.self) { try AgendaArgument.parse(text, today: today, .vi) }
    }
}
