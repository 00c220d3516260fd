#if canImport(Glibc)
import Glibc
#endif
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// A meeting cut off (the terminal closed, the power went) is told of when the plan opens and
/// offered first under M; choosing it goes on from the first task not recorded.
@Suite("Going on with a meeting that was cut off")
@MainActor
struct MeetingResumeTests {
    /// A meeting on KH1 and BC1 that recorded KH1 and has no end.
    private static func cutOff() -> MeetingMinutes {
        MeetingMinutes(title: "Họp giao ban tháng 10", date: TUITestSupport.today, started: ClockTime(hour: 8, minute: 0) ?? .midnight,
                       agenda: ["KH1", "BC1"],
                       items: [MinutesItem(taskId: "KH1", title: "Tham mưu nội dung kỳ họp thường lệ giữa năm",
                                           outcome: "Đã có dự thảo")])
    }

    @Test("M lists the meeting cut off first, with how far it got; choosing it asks the runtime to go on with it")
    func offeredFirst() throws {
        var state = TUITestSupport.state()
        state.meetings = [Self.cutOff()]
        TUITestSupport.run([.startReview], on: &state)
        guard case let .review(review) = state.mode, case let .choosingAgenda(menu) = review.stage else {
            Issue.record("no agenda list")
            return
        }
        #expect(menu.items.first?.label == "Họp tiếp: Họp giao ban tháng 10")
        #expect(menu.items.first?.detail == "(đã xét 1/2)")
        #expect(menu.items.first?.choice == .resumeMeeting)
        #expect(menu.items.dropFirst().first?.label == "Kết thúc, không họp tiếp: Họp giao ban tháng 10")
        #expect(menu.items.dropFirst().first?.choice == .closeMeeting)
        #expect(menu.items.dropFirst(2).first?.label == "Nhiệm vụ quá hạn")
        #expect(state.update(.confirm) == [.resumeMeeting])
        #expect(state.mode == .browse)
    }

    @Test("a finished meeting is not offered")
    func finishedNotOffered() {
        var state = TUITestSupport.state()
        var finished = Self.cutOff()
        finished.ended = ClockTime(hour: 9, minute: 0)
        state.meetings = [finished]
        TUITestSupport.run([.startReview], on: &state)
        guard case let .review(review) = state.mode, case let .choosingAgenda(menu) = review.stage else {
            Issue.record("no agenda list")
            return
        }
        #expect(!menu.items.contains { $0.choice == .resumeMeeting })
    }

    @Test("the first message tells of the meeting cut off and its item, unless it tells of a problem")
    func told() {
        var state = TUITestSupport.state()
        state.meetings = [Self.cutOff()]
        state.greet(problems: [], planProblems: 0)
        state.noticeUnfinishedMeeting()
        #expect(state.message == StatusMessage("Có cuộc họp bị ngắt ở mục 2/2 · M để họp tiếp"))
        state.greet(problems: [], planProblems: 2)
        state.noticeUnfinishedMeeting()
        #expect(state.message?.isError == true)
    }

    @Test("through the runtime: told at start, M then Enter goes on at BC1; the minutes get its item and the end")
    func throughTheRuntime() throws {
        _ = TUITestSupport.locale
        let folder = try TestFolder()
        let path = try folder.write("plan.md", TUITestSupport.smallPlan)
        let archive = MeetingArchive(planPath: path)
        defer { folder.remove() }
        var header = Self.cutOff()
        header.items = []
        let minutes = try MinutesFile.create(header, in: archive, .vi)
        try minutes.append(MinutesFormat.item(Self.cutOff().items[0], number: 1, .vi))
        let written = try folder.read(minutes.path)

        let terminal = VirtualTerminal(size: TerminalSize(rows: 24, columns: 80))
        let file = try PlanFile(path: path)
        var state = AppState(plan: file.plan, fileName: "plan.md", language: .vi, today: TUITestSupport.today, size: terminal.size)
        state.greet(problems: [], planProblems: 0)
        let runtime = AppRuntime(file: file, state: state, backend: terminal, theme: BuiltinTheme.default.theme,
                                 idleMilliseconds: nil, clock: { ClockTime(hour: 9, minute: 15) ?? .midnight })
        #expect(runtime.state.message?.text == "Có cuộc họp bị ngắt ở mục 2/2 · M để họp tiếp")
        for key in [Key.text("M"), .enter] { runtime.handle(key) }
        guard case let .review(review) = runtime.state.mode else {
            Issue.record("the meeting did not go on")
            return
        }
        #expect(review.draft?.taskId == "BC1")
        #expect(review.minutesPath == minutes.path)
        for key in [Key.right, .text("q"), .enter] { runtime.handle(key) }
        let finished = try folder.read(minutes.path)
        #expect(finished.hasPrefix(written))
        #expect(finished.contains("## 2. BC1 — Tham mưu thành lập Ủy ban bầu cử tỉnh\n"))
        #expect(finished.hasSuffix("- Kết thúc: 09:15\n"))
        #expect(runtime.state.meetings.allSatisfy { $0.isFinished })
        #expect(runtime.state.mode == .browse)
    }

    @Test("through the runtime: M then 2 closes the meeting cut off at its last item's time; it is no longer offered nor told of")
    func closeThroughTheRuntime() throws {
        let (folder, minutes, _, runtime) = try Self.runtimeWithCutOffMeeting()
        defer { folder.remove() }
        for key in [Key.text("M"), .text("2")] { runtime.handle(key) }
        #expect(runtime.state.mode == .browse)
        #expect(runtime.state.message?.text.hasPrefix("Đã kết thúc cuộc họp “Họp giao ban tháng 10”") == true)
        let closed = try folder.read(minutes.path)
        #expect(closed.hasSuffix("- Kết thúc: 08:00\n"), "its item has no time: the meeting's start")
        #expect(runtime.state.unfinishedMeeting == nil)
        runtime.handle(.text("M"))
        guard case let .review(review) = runtime.state.mode, case let .choosingAgenda(menu) = review.stage else {
            Issue.record("no agenda list")
            return
        }
        #expect(!menu.items.contains { $0.choice == .resumeMeeting || $0.choice == .closeMeeting })
    }

    /// A runtime at 09:15 on a fresh copy of the small plan whose meeting on KH1 and BC1 was cut
    /// off after recording KH1 (its minutes written through `MinutesFile.record`).
    private static func runtimeWithCutOffMeeting() throws -> (TestFolder, MinutesFile, VirtualTerminal, AppRuntime) {
        _ = TUITestSupport.locale
        let folder = try TestFolder()
        let path = try folder.write("plan.md", TUITestSupport.smallPlan)
        var header = cutOff()
        header.items = []
        let minutes = try MinutesFile.create(header, in: MeetingArchive(planPath: path), .vi)
        try minutes.record(cutOff().items[0], agenda: header.agenda, .vi)
        let terminal = VirtualTerminal(size: TerminalSize(rows: 24, columns: 80))
        let file = try PlanFile(path: path)
        let state = AppState(plan: file.plan, fileName: "plan.md", language: .vi, today: TUITestSupport.today, size: terminal.size)
        let runtime = AppRuntime(file: file, state: state, backend: terminal, theme: BuiltinTheme.default.theme,
                                 idleMilliseconds: nil, clock: { ClockTime(hour: 9, minute: 15) ?? .midnight })
        return (folder, minutes, terminal, runtime)
    }

    /// The window closes in the middle of a meeting: what was typed for the task left by going
    /// back, and the line being typed for the task on screen, are both in the minutes, each
    /// item where it belongs, and the meeting stays open to be resumed.
    @Test("a signal in a meeting records what was typed, the line being typed included; the meeting stays open")
    func signalRecordsTyped() throws {
        let (folder, minutes, terminal, runtime) = try Self.runtimeWithCutOffMeeting()
        defer { folder.remove() }
        for key in [Key.text("M"), .enter, .text("o")] { runtime.handle(key) }
        for scalar in "Đã trình UBND".unicodeScalars { runtime.handle(.text(scalar)) }
        for key in [Key.enter, .left, .text("c")] { runtime.handle(key) }
        for scalar in "Giao Phòng HC".unicodeScalars { runtime.handle(.text(scalar)) }
        terminal.enqueueSignal(SIGHUP)
        #expect(runtime.run() == 128 + SIGHUP)
        let written = try folder.read(minutes.path)
        #expect(written.components(separatedBy: "\n## ").count == 3, "two items:\n\(written)")
        #expect(written.contains("## 1. KH1 — Tham mưu nội dung kỳ họp thường lệ giữa năm\n"))
        #expect(written.contains("- Kết quả: Đã có dự thảo\n- Kết luận, chỉ đạo: Giao Phòng HC\n"))
        #expect(written.contains("## 2. BC1 — Tham mưu thành lập Ủy ban bầu cử tỉnh\n"))
        #expect(written.contains("- Kết quả: Đã trình UBND\n"))
        #expect(!written.contains("Kết thúc"), "the meeting stays open")
    }
}
