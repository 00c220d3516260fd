import Terminal
import Testing

@testable import WorkplanCore

@testable import WorkplanTUI

/// The review meeting: agenda, naming, walking the tasks, the minutes' effects, the summary.
@Suite("Review meetings")
struct ReviewTests {
    private func review(_ state: AppState) -> ReviewState? {
        if case let .review(review) = state.mode { return review }
        return nil
    }

    /// A state with a meeting on the overdue tasks just begun at 08:00.
    private func meeting() -> (AppState, [Effect]) {
        var state = TUITestSupport.state()
        state.now = ClockTime(hour: 8, minute: 0) ?? .midnight
        // The agenda, its order, the title as offered, no place; the chair; no title, no secretary.
        TUITestSupport.run([.startReview, .confirm, .confirm, .confirm, .confirm], on: &state)
        TUITestSupport.type("Đ/c Chánh Văn phòng", into: &state)
        TUITestSupport.run([.confirm, .confirm, .confirm], on: &state)
        let effects = state.update(.confirm)
        return (state, effects)
    }

    @Test("M offers agendas with their sizes, overdue first; the meeting is named, then it begins")
    func begin() throws {
        var state = TUITestSupport.state()
        TUITestSupport.run([.startReview], on: &state)
        guard case let .choosingAgenda(menu)? = review(state)?.stage else {
            Issue.record("no agenda list")
            return
        }
        #expect(menu.items.first?.label == "Nhiệm vụ quá hạn")
        #expect(menu.items.first?.detail == "(2)")
        let (started, effects) = meeting()
        let meeting = try #require(review(started))
        #expect(meeting.stage == .walking)
        #expect(meeting.minutes.agenda == ["KH1", "BC1"])
        #expect(meeting.minutes.title == "Họp giao ban ngày 29/10/2021")
        #expect(meeting.minutes.chair == "Đ/c Chánh Văn phòng")
        #expect(effects == [.startMeeting(meeting.minutes)])
        #expect(meeting.draft?.taskId == "KH1")
        #expect(meeting.draft?.statusBefore == .notStarted)
    }

    @Test("a adds a task to the end of the agenda by its id, and the minutes' agenda is written again; a wrong id keeps what was typed")
    func addToAgenda() throws {
        var (state, _) = meeting()
        #expect(review(state)?.minutes.agenda == ["KH1", "BC1"])
        TUITestSupport.run([.addToAgenda], on: &state)
        TUITestSupport.type("XX9", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.text == "Không có nhiệm vụ mã “XX9”" && state.message?.isError == true)
        #expect(review(state)?.editing?.editor.text == "XX9")
        TUITestSupport.run([.cancel, .addToAgenda], on: &state)
        TUITestSupport.type("BC1", into: &state)
        #expect(state.update(.confirm).isEmpty)
        #expect(state.message?.text == "BC1 đã có trong chương trình")
        TUITestSupport.run([.cancel, .addToAgenda], on: &state)
        TUITestSupport.type("BC2", into: &state)
        #expect(state.update(.confirm) == [.setAgenda(["KH1", "BC1", "BC2"])])
        #expect(review(state)?.minutes.agenda == ["KH1", "BC1", "BC2"])
        #expect(state.message?.text == "Đã thêm BC2 vào cuối chương trình (3 nhiệm vụ)")
        #expect(TUITestSupport.lines(state)[0].contains("mục 1/3"))
    }

    @Test("the meeting is named with its place, chair, the chair's title, secretary and attendees, each on its own line")
    func namingFacts() throws {
        var state = TUITestSupport.state()
        TUITestSupport.run([.startReview, .confirm, .confirm, .confirm], on: &state)
        for text in ["Phòng họp số 2", "Nguyễn Văn Hùng", "Chánh Văn phòng", "Trần Thị Mai"] {
            TUITestSupport.type(text, into: &state)
            TUITestSupport.run([.confirm], on: &state)
        }
        let screen = TUITestSupport.lines(state).joined(separator: "\n")
        #expect(screen.contains("Địa điểm (có thể để trống): Phòng họp số 2"))
        #expect(screen.contains("Thư ký (có thể để trống): Trần Thị Mai"))
        TUITestSupport.type("Lãnh đạo Văn phòng", into: &state)
        let effects = state.update(.confirm)
        let minutes = try #require(review(state)?.minutes)
        #expect(minutes.place == "Phòng họp số 2" && minutes.chair == "Nguyễn Văn Hùng")
        #expect(minutes.chairTitle == "Chánh Văn phòng" && minutes.secretary == "Trần Thị Mai")
        #expect(minutes.attendees == "Lãnh đạo Văn phòng")
        #expect(effects == [.startMeeting(minutes)])
    }

    @Test("a status key changes the plan; outcome, opinions, decision and follow-up go to the draft; → records it")
    func walkOneTask() throws {
        var (state, _) = meeting()
        let task = TUITestSupport.task("KH1", in: state)
        #expect(state.update(.setStatus(.inProgress)) == [.perform(.setStatus(task: task, status: .inProgress))])
        TUITestSupport.run([.editOutcome], on: &state)
        #expect(state.mode.keyContext == .typing)
        TUITestSupport.type("Đã có dự thảo", into: &state)
        TUITestSupport.run([.confirm, .editOpinions], on: &state)
        TUITestSupport.type("Ban Pháp chế đề nghị bổ sung", into: &state)
        TUITestSupport.run([.confirm, .editDecision], on: &state)
        TUITestSupport.type("Hoàn thiện trước 15/11", into: &state)
        TUITestSupport.run([.confirm, .toggleFollowUp], on: &state)
        state.now = ClockTime(hour: 8, minute: 12) ?? .midnight
        let effects = state.update(.nextItem)
        let item = try #require(review(state)?.minutes.items.first)
        #expect(effects == [.recordItem(item, agenda: ["KH1", "BC1"])])
        #expect(item.outcome == "Đã có dự thảo")
        #expect(item.opinions == "Ban Pháp chế đề nghị bổ sung")
        #expect(item.decision == "Hoàn thiện trước 15/11")
        #expect(item.followUp)
        #expect(item.from == ClockTime(hour: 8, minute: 0) && item.to == ClockTime(hour: 8, minute: 12))
        #expect(review(state)?.draft?.taskId == "BC1")
    }

    @Test("Tab passes a task over; after the last one the passed-over task comes back")
    func skipAndComeBack() throws {
        var (state, _) = meeting()
        TUITestSupport.run([.skipItem], on: &state)
        #expect(review(state)?.currentTaskId == "BC1")
        TUITestSupport.run([.nextItem], on: &state)
        #expect(review(state)?.currentTaskId == "KH1")
        TUITestSupport.run([.nextItem], on: &state)
        #expect(review(state)?.currentTaskId == nil)
        #expect(review(state)?.minutes.items.map(\.taskId) == ["KH1", "BC1"], "the minutes keep the agenda's order")
    }

    @Test("← shows what was recorded and keeps what was typed; → again replaces the item: one item per task")
    func backAndForth() throws {
        var (state, _) = meeting()
        TUITestSupport.run([.editOutcome], on: &state)
        TUITestSupport.type("Đã có dự thảo", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        _ = state.update(.nextItem)
        #expect(review(state)?.currentTaskId == "BC1")
        TUITestSupport.run([.editOutcome], on: &state)
        TUITestSupport.type("Chưa lập danh sách", into: &state)
        TUITestSupport.run([.confirm, .previousItem], on: &state)
        #expect(review(state)?.currentTaskId == "KH1")
        #expect(review(state)?.draft?.outcome == "Đã có dự thảo", "going back shows what was recorded")
        TUITestSupport.run([.editDecision], on: &state)
        TUITestSupport.type("Trình trước 15/11", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        let effects = state.update(.nextItem)
        let items = try #require(review(state)?.minutes.items)
        #expect(items.map(\.taskId) == ["KH1"])
        #expect(items.first?.outcome == "Đã có dự thảo" && items.first?.decision == "Trình trước 15/11")
        #expect(effects == [.recordItem(try #require(items.first), agenda: ["KH1", "BC1"])])
        #expect(review(state)?.currentTaskId == "BC1")
        #expect(review(state)?.draft?.outcome == "Chưa lập danh sách", "what was typed for BC1 survived going back")
        TUITestSupport.run([.previousItem, .previousItem, .nextItem], on: &state)
        #expect(review(state)?.minutes.items.count == 1)
        TUITestSupport.run([.nextItem], on: &state)
        #expect(review(state)?.minutes.items.map(\.taskId) == ["KH1", "BC1"])
        #expect(review(state)?.minutes.items.last?.outcome == "Chưa lập danh sách")
        _ = state.update(.endReview)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Đã xét: 2/2 nhiệm vụ") })
    }

    @Test("q asks first when a recorded task was typed on again and not recorded anew")
    func endAsksForTypedAfterRecording() throws {
        var (state, _) = meeting()
        TUITestSupport.run([.nextItem, .nextItem, .previousItem, .editOutcome], on: &state)
        TUITestSupport.type("Bổ sung", into: &state)
        TUITestSupport.run([.confirm], on: &state)
        #expect(state.update(.endReview).isEmpty)
        #expect(state.message?.text.contains("những gì đã gõ cho BC1") == true)
        #expect(state.message?.text.contains("chưa ghi") == false)
    }

    @Test("q with a task not recorded asks first, naming it; a second q ends the meeting with its closing time; the summary counts; Enter goes back to the plan")
    func end() throws {
        var (state, _) = meeting()
        TUITestSupport.run([.nextItem], on: &state)
        state.now = ClockTime(hour: 9, minute: 30) ?? .midnight
        #expect(state.update(.endReview).isEmpty)
        let left = try #require(review(state)?.currentTaskId)
        #expect(state.message?.text.contains("1 nhiệm vụ chưa ghi (\(left))") == true)
        #expect(review(state)?.stage == .walking)
        #expect(state.update(.endReview) == [.endMeeting(ClockTime(hour: 9, minute: 30) ?? .midnight)])
        #expect(review(state)?.stage == .summary)
        #expect(TUITestSupport.lines(state).contains { $0.contains("Đã xét: 1/2 nhiệm vụ") })
        TUITestSupport.run([.confirm], on: &state)
        #expect(state.mode == .browse)
    }

    @Test("the open tasks whose latest review marked them to follow up are an agenda of their own")
    func followUps() {
        var state = TUITestSupport.state()
        let day = TUITestSupport.today
        let nine = ClockTime(hour: 9, minute: 0) ?? .midnight
        state.meetings = [
            MeetingMinutes(title: "Tháng 9", date: day, started: nine, agenda: ["KH1", "KH2"],
                           items: [MinutesItem(taskId: "KH1", title: "", followUp: true),
                                   MinutesItem(taskId: "KH2", title: "", followUp: true)], ended: nine),
            MeetingMinutes(title: "Tháng 10", date: day, started: nine, agenda: ["KH1", "BC2"],
                           items: [MinutesItem(taskId: "KH1", title: "", followUp: false),
                                   MinutesItem(taskId: "BC2", title: "", followUp: true)], ended: nine),
        ]
        #expect(state.followUps() == ["KH2", "BC2"])
        TUITestSupport.run([.startReview], on: &state)
        guard case let .choosingAgenda(menu)? = review(state)?.stage else {
            Issue.record("no agenda list")
            return
        }
        #expect(menu.items.first?.label == "Việc theo dõi tiếp từ các cuộc họp trước")
        #expect(menu.items.first?.detail == "(1)")
        #expect(menu.items.first?.choice == .agenda(["KH2"]), "BC2 is cancelled: nothing to follow")
        TUITestSupport.run([.cancel], on: &state)
        var open = TreeFilter()
        open.status = .open
        let beganOnFollowUps = state.beginReview(agenda: open, followUpsOnly: true)
        #expect(beganOnFollowUps)
        #expect(review(state)?.minutes.agenda == ["KH2"])
        state.meetings = []
        state.mode = .browse
        let began = state.beginReview(agenda: open, followUpsOnly: true)
        #expect(!began)
    }

    @Test("the agenda is put in order before the meeting: K J move a task, x takes one off")
    func arrange() throws {
        var state = TUITestSupport.state()
        var filter = TreeFilter()
        filter.status = .open
        let began = state.beginReview(agenda: filter)
        #expect(began)
        #expect(review(state)?.minutes.agenda == ["KH1", "KH1.2", "KH2", "BC1"])
        TUITestSupport.run([.moveDown, .moveDown, .input(.text("K")), .moveDown, .input(.text("x"))], on: &state)
        #expect(review(state)?.minutes.agenda == ["KH1", "KH2", "BC1"])
        #expect(review(state)?.stage == .arranging(selected: 2))
        TUITestSupport.run([.confirm], on: &state)
        #expect(review(state)?.stage == .naming)
    }

    @Test("Esc while naming the meeting gives up without writing anything")
    func giveUp() {
        var state = TUITestSupport.state()
        TUITestSupport.run([.startReview, .confirm], on: &state)
        #expect(state.update(.cancel).isEmpty)
        #expect(state.mode == .browse)
    }

    @Test("the review screen shows the task large, with its place, units, lateness and the meeting's clock")
    func screen() {
        var (state, _) = meeting()
        state.now = ClockTime(hour: 8, minute: 25) ?? .midnight
        let lines = TUITestSupport.lines(state)
        #expect(lines[0].contains("Họp giao ban ngày 29/10/2021"))
        #expect(lines[0].contains("mục 1/2 · họp 0:25 · mục này 0:25"))
        #expect(lines.contains { $0.contains("Tham mưu nội dung kỳ họp thường lệ giữa năm") })
        #expect(lines.contains { $0.contains("quá hạn 111 ngày") })
        #expect(lines.contains { $0.contains("chủ trì TH — Phòng Tổng hợp") })
        #expect(lines.last?.hasPrefix(" ? trợ giúp · → ghi, tiếp · ← lùi · q kết thúc") == true)
    }

    @Test("the keys stay on the bottom row while a message stands above them; ? opens the meeting's keys first and comes back to the meeting")
    func hintsAndHelp() throws {
        var (state, _) = meeting()
        _ = state.update(.cancel)
        let lines = TUITestSupport.lines(state)
        #expect(lines.last?.hasPrefix(" ? trợ giúp") == true)
        #expect(lines[lines.count - 2].contains("Esc không kết thúc cuộc họp; q để kết thúc"))
        let before = try #require(review(state))
        TUITestSupport.run([.help], on: &state)
        #expect(state.mode == .help(scroll: 0))
        let help = TUITestSupport.lines(state)
        #expect(help[1].contains("Họp rà soát"))
        #expect(help.contains { $0.contains("ghi vào biên bản và sang nhiệm vụ tiếp") })
        TUITestSupport.run([.cancel], on: &state)
        #expect(review(state) == before)
    }

    @Test("a remapped meeting key is hinted as it is bound")
    func hintsFollowTheKeymap() {
        var bindings = Keymap.standard.bindings
        bindings[.review] = (bindings[.review] ?? []).map { binding in
            binding.action == .nextItem ? Keymap.Binding(keys: [.text("j")], action: .nextItem) : binding
        }
        let keymap = Keymap(bindings: bindings, global: Keymap.standard.global)
        #expect(KeyHints.line([.nextItem, .setStatus(.done)], in: .review, keymap: keymap, .vi) == "j ghi, tiếp · 1–6 trạng thái")
    }

    @Test("a conflict with a change on disk during a meeting asks, then the meeting goes on")
    func conflictDuringMeeting() throws {
        var (state, _) = meeting()
        let edit = LineBlockEdit(start: 7, old: ["a"], new: ["b"], taskId: "KH1")
        let conflict = PlanConflict(mine: edit, edited: state.plan, disk: state.plan)
        state.apply(.conflict(conflict, plan: state.plan))
        #expect(state.mode == .conflict(conflict))
        #expect(state.update(.keepTheirs) == [.resolve(conflict, keepMine: false)])
        #expect(review(state)?.stage == .walking)
        #expect(review(state)?.currentTaskId == "KH1")
    }

    @Test("Esc never ends a meeting, not even twice, and what was typed stays; q then another key goes on")
    func escapeKeepsTheMeeting() throws {
        var (state, _) = meeting()
        TUITestSupport.run([.editOutcome] + "Đã xong".unicodeScalars.map { .input(.text($0)) } + [.confirm], on: &state)
        TUITestSupport.run([.cancel, .cancel], on: &state)
        #expect(review(state)?.stage == .walking)
        #expect(review(state)?.draft?.outcome == "Đã xong")
        TUITestSupport.run([.endReview], on: &state)
        let current = try #require(review(state)?.currentTaskId)
        #expect(state.message?.text.contains("những gì đã gõ cho \(current)") == true)
        TUITestSupport.run([.moveDown, .endReview], on: &state)
        #expect(review(state)?.stage == .walking, "a key between the two q's cancels the question")
    }

    @Test("past the agenda's end only q ends the meeting: → does nothing and ← goes back to the last task")
    func pastTheEnd() throws {
        var (state, _) = meeting()
        let agenda = try #require(review(state)?.minutes.agenda)
        TUITestSupport.run(Array(repeating: .nextItem, count: agenda.count), on: &state)
        #expect(review(state)?.currentTaskId == nil)
        #expect(state.update(.nextItem).isEmpty)
        TUITestSupport.run([.previousItem], on: &state)
        #expect(review(state)?.stage == .walking)
        #expect(review(state)?.currentTaskId == agenda.last)
    }
}
