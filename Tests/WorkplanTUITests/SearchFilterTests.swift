import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Search as `list --search` does it, and the tree's filters and sort.
@Suite("Search and filter")
struct SearchFilterTests {
    @Test("typing `bau cu` moves the selection to the first task about “bầu cử”; Enter keeps it")
    func incremental() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.search], on: &state)
        TUITestSupport.type("bau cu", into: &state)
        let target = TUITestSupport.task("BC1", in: state)
        #expect(state.selection == .task(target))
        TUITestSupport.run([.confirm], on: &state)
        #expect(state.mode == .browse)
        #expect(state.selection == .task(target))
        #expect(state.lastSearch == "bau cu")
    }

    @Test("the query may be NFD, upper case, or use đ for d")
    func folding() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.search], on: &state)
        TUITestSupport.type("HO\u{0323}I TRU\u{031B}\u{0300}O\u{031B}NG", into: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.cancel, .search], on: &state)
        TUITestSupport.type("du thao", into: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1.1", in: state)))
    }

    @Test("Esc goes back to where the selection was and closes collapsed parents again")
    func escapeReturns() {
        var state = TUITestSupport.state()
        let parent = TUITestSupport.task("KH1", in: state)
        state.select(.task(parent))
        TUITestSupport.run([.collapse, .search], on: &state)
        TUITestSupport.type("hoi truong", into: &state)
        #expect(state.selection == .task(TUITestSupport.task("KH1.2", in: state)))
        TUITestSupport.run([.cancel], on: &state)
        #expect(state.selection == .task(parent))
        #expect(state.tree.collapsed.contains(parent))
    }

    @Test("Enter on a match inside a collapsed parent leaves the parent expanded")
    func revealsMatch() {
        var state = TUITestSupport.state()
        let parent = TUITestSupport.task("KH1", in: state)
        state.select(.task(parent))
        TUITestSupport.run([.collapse, .search], on: &state)
        TUITestSupport.type("hoi truong", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        #expect(!state.tree.collapsed.contains(parent))
        #expect(TUITestSupport.lines(state).contains { $0.contains("Chuẩn bị hội trường") })
    }

    @Test("n and N go to the next and previous match, wrapping around")
    func nextAndPrevious() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.search], on: &state)
        TUITestSupport.type("bau", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        let first = TUITestSupport.task("BC1", in: state)
        let second = TUITestSupport.task("BC2", in: state)
        #expect(state.selection == .task(first))
        TUITestSupport.run([.nextMatch], on: &state)
        #expect(state.selection == .task(second))
        TUITestSupport.run([.nextMatch], on: &state)
        #expect(state.selection == .task(first))
        TUITestSupport.run([.previousMatch], on: &state)
        #expect(state.selection == .task(second))
    }

    @Test("a query that matches nothing says so and leaves the selection")
    func noMatch() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.search], on: &state)
        TUITestSupport.type("zzz", into: &state)
        #expect(state.selection == .track(TUITestSupport.track("Chuẩn bị kỳ họp", in: state)))
        #expect(state.message?.isError == true)
    }

    @Test("the overdue filter shows overdue tasks with their parents as context and names itself")
    func overdueFilter() {
        var state = TUITestSupport.state()
        state.setFilter({ var filter = TreeFilter(); filter.status = .overdue; return filter }())
        let lines = TUITestSupport.lines(state)
        #expect(lines.contains { $0.contains("Tham mưu nội dung kỳ họp") })
        #expect(lines.contains { $0.contains("Tham mưu thành lập Ủy ban bầu cử") })
        #expect(!lines.contains { $0.contains("Tổng hợp ý kiến cử tri") })
        #expect(lines.last?.contains("lọc: quá hạn") == true)
        TUITestSupport.run([.clearFilter], on: &state)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Tổng hợp ý kiến cử tri") })
    }

    @Test("filters by lead unit and by track combine; a subtask that passes keeps its parent as context")
    func leadAndTrack() {
        var state = TUITestSupport.state()
        var filter = TreeFilter()
        filter.lead = "HC"
        filter.track = TUITestSupport.track("Chuẩn bị kỳ họp", in: state)
        state.setFilter(filter)
        let lines = TUITestSupport.lines(state)
        #expect(lines.contains { $0.contains("Chuẩn bị hội trường") })
        #expect(lines.contains { $0.contains("Tham mưu nội dung kỳ họp") })
        #expect(!lines.contains { $0.contains("Dự thảo chương trình") })
        #expect(!lines.contains { $0.contains("Bầu cử") && !$0.contains("Ủy ban") })
        #expect(!state.tree.order.isMatch(TUITestSupport.task("KH1", in: state)))
    }

    /// A plan whose tasks name the persons who follow them, and a unit that coordinates.
    static let personsPlan = """
        # Kế hoạch thử năm 2021
        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính
        ## Người theo dõi
        - nam: Nguyễn Văn Nam, Chuyên viên, TH
        - hoa: Trần Thị Hoa, Phó Trưởng phòng, HC
        ## Kỳ họp
        - [x] Dự thảo chương trình  id:A1 lead:TH person:nam due:2021-06-20 done:2021-06-18
        - [/] Chuẩn bị hội trường  id:A2 lead:HC with:TH person:hoa,nam due:2021-07-05
        - [ ] Việc chưa giao  id:A4 lead:HC due:2021-12-01
        """

    @Test("f offers the officer's own tasks first when who they are is known, then each person and each unit that leads or coordinates; choosing filters the tree and the status line names it")
    func myTasks() throws {
        var state = TUITestSupport.state(Self.personsPlan)
        func shown() -> [String] {
            state.filter.apply(to: state.plan, today: TUITestSupport.today).compactMap { state.plan.tasks[$0].id }
        }
        _ = state.update(.chooseFilter)
        guard case let .menu(anonymous) = state.mode else { Issue.record("no menu"); return }
        #expect(anonymous.items.first?.label == "chưa xong", "no “việc của tôi” while who I am is unknown")
        #expect(anonymous.items.contains { $0.label == "Người theo dõi: Trần Thị Hoa (hoa)" })
        #expect(anonymous.items.contains { $0.label == "Chủ trì hoặc phối hợp: TH — Phòng Tổng hợp" })
        _ = state.update(.cancel)
        state.user = "hoa"
        _ = state.update(.chooseFilter)
        guard case let .menu(menu) = state.mode else { Issue.record("no menu"); return }
        #expect(menu.items.first?.label == "Việc của tôi (Trần Thị Hoa)")
        _ = state.update(.confirm)
        #expect(state.filter.person == "hoa")
        #expect(shown() == ["A2"])
        #expect(TUITestSupport.lines(state).last?.contains("lọc: theo dõi hoa (1 việc)") == true)
        var filter = TreeFilter()
        filter.unit = "TH"
        state.setFilter(filter)
        #expect(shown() == ["A1", "A2"])
        filter.unit = nil
        filter.lead = "TH"
        state.setFilter(filter)
        #expect(shown() == ["A1"])
    }

    @Test("the first line says what needs chasing today, and the officer's own when who they are is known")
    func firstLine() {
        var state = TUITestSupport.state(Self.personsPlan)
        state.greet(problems: [], planProblems: 0)
        #expect(state.message?.text == "1 quá hạn, 0 sắp đến hạn (trong 3 ngày làm việc tới) · ? để xem các phím")
        state.user = "hoa"
        state.greet(problems: [], planProblems: 0)
        #expect(state.message?.text
            == "1 quá hạn, 0 sắp đến hạn (trong 3 ngày làm việc tới) · của tôi: 1 quá hạn, 0 sắp đến hạn · ? để xem các phím")
    }

    @Test("due this week and this month use Monday to Sunday and the calendar month")
    func duePeriods() {
        #expect(TreeFilter.weekday(of: TUITestSupport.today) == 4)
        var state = TUITestSupport.state()
        var filter = TreeFilter()
        filter.status = .dueThisWeek
        state.setFilter(filter)
        #expect(state.selection == nil, "nothing is due from Monday 25/10 to Sunday 31/10/2021")
        guard let sunday = PlanDate(year: 2021, month: 11, day: 7) else { return }
        state = TUITestSupport.state(today: sunday)
        state.setFilter(filter)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Chuẩn bị hội trường") })
        filter.status = .dueThisMonth
        state.setFilter(filter)
        let lines = TUITestSupport.lines(state)
        #expect(lines.contains { $0.contains("Chuẩn bị hội trường") })
        #expect(!lines.contains { $0.contains("Tổng hợp ý kiến") })
    }

    @Test("due this quarter, and a range of due dates alone, with a due period or with overdue")
    func dueRanges() throws {
        let state = TUITestSupport.state()
        func ids(_ filter: TreeFilter) -> [String] {
            filter.apply(to: state.plan, today: TUITestSupport.today).compactMap { state.plan.tasks[$0].id }
        }
        var filter = TreeFilter()
        filter.status = .dueThisQuarter
        #expect(ids(filter) == ["KH1.2", "KH2"])
        filter.status = nil
        let first = try #require(PlanDate(iso: "2021-11-01"))
        let last = try #require(PlanDate(iso: "2021-11-30"))
        filter.due = ReportPeriod(from: first, to: last)
        #expect(ids(filter) == ["KH1.2"])
        #expect(filter.summary(.vi, plan: state.plan) == "hạn từ ngày 01/11/2021 đến ngày 30/11/2021")
        filter.status = .dueThisWeek
        #expect(ids(filter).isEmpty, "the week of 25/10 and November do not meet")
        filter.due = .year(containing: TUITestSupport.today)
        filter.status = .overdue
        #expect(ids(filter) == ["KH1", "BC1"])
    }

    @Test("a filter that matches nothing empties the tree and says how to clear it")
    func emptyFilter() {
        var state = TUITestSupport.state()
        var filter = TreeFilter()
        filter.lead = "XYZ"
        state.setFilter(filter)
        #expect(state.selection == nil)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Không có nhiệm vụ nào khớp bộ lọc") })
    }

    @Test("sorting by due date orders siblings by date, undated last, and keeps subtasks under their parent")
    func sortByDue() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.toggleSort], on: &state)
        let lines = TUITestSupport.lines(state)
        let bc1 = lines.firstIndex { $0.contains("Tham mưu thành lập") } ?? -1
        let bc2 = lines.firstIndex { $0.contains("In phiếu bầu") } ?? -1
        #expect(bc1 < bc2)
        let kh1 = lines.firstIndex { $0.contains("Tham mưu nội dung") } ?? -1
        let kh11 = lines.firstIndex { $0.contains("Dự thảo chương trình") } ?? -1
        let kh2 = lines.firstIndex { $0.contains("Tổng hợp ý kiến") } ?? -1
        #expect(kh1 < kh11 && kh11 < kh2)
    }

    @Test("under a filter a parent collapses over its shown subtasks only, in file order and sorted")
    func collapseUnderFilter() {
        for sorted in [false, true] {
            var state = TUITestSupport.state()
            if sorted { TUITestSupport.run([.toggleSort], on: &state) }
            var filter = TreeFilter()
            filter.status = .open
            state.setFilter(filter)
            let parent = TUITestSupport.task("KH1", in: state)
            #expect(state.hasShownChildren(parent))
            #expect(state.tree.order.descendants(at: state.tree.order.position(of: parent) ?? -1, in: state.plan) == 1,
                    "KH1.2 is open, KH1.1 is done and filtered out")
            #expect(state.tree.order.position(of: TUITestSupport.task("KH1.1", in: state)) == nil)
            state.select(.task(parent))
            TUITestSupport.run([.collapse, .moveDown], on: &state)
            #expect(state.selection == .task(TUITestSupport.task("KH2", in: state)))
            TUITestSupport.run([.moveUp, .expand, .moveDown], on: &state)
            #expect(state.selection == .task(TUITestSupport.task("KH1.2", in: state)))
        }
    }
}
