import Terminal
import WorkplanCore
import WorkplanTUI

/// Times keystrokes through the whole interface in this process: an `AppRuntime` on the
/// generated plan file, drawing into a `VirtualTerminal` of 40 × 120. Each press is one
/// `runtime.handle(key)`: keymap, update, effects (the save, for a tick), render and present.
/// A fixed walk through the plan presses each kind of key many times.
@MainActor
struct KeystrokeBench {
    /// The virtual terminal's size.
    nonisolated static let size = TerminalSize(rows: 40, columns: 120)
    /// Timed presses of each kind (searches: letters of each of the searches).
    nonisolated static let presses = 31
    /// How many searches are typed after the first one.
    nonisolated static let laterSearches = 4
    /// A search that about one task in thirty matches ("câu hỏi chất vấn").
    nonisolated static let commonQuery = "chat van"

    /// The runtime driven.
    private let runtime: AppRuntime
    /// The plan as read, to choose the tasks the walk goes to.
    private let plan: Plan
    /// The theme frames are drawn in.
    private let theme: Theme
    /// The time of each press, by kind, in milliseconds.
    private var times: [KeystrokeKind: [Double]] = [:]
    /// The time of drawing the frame alone after each press, by kind, in milliseconds.
    private var renderTimes: [KeystrokeKind: [Double]] = [:]

    /// Presses every kind of key on the plan in `file` (a copy of `generated`, which ticks change).
    static func measure(_ generated: GeneratedPlan, file: String) throws(BenchFailure) -> [KeystrokeResult] {
        var bench = try KeystrokeBench(bytes: generated.bytes, file: file)
        try bench.walk()
        return KeystrokeKind.allCases.map { kind in
            KeystrokeResult(kind: kind, taskCount: generated.taskCount, milliseconds: bench.times[kind] ?? [],
                            renderMilliseconds: bench.renderTimes[kind] ?? [])
        }
    }

    /// A runtime on the plan read from `bytes` and the plan file at `path`, as `workplan PLAN` makes it.
    private init(bytes: [UInt8], file path: String) throws(BenchFailure) {
        TerminalLocale.useUTF8()
        let file: PlanFile
        do {
            file = try PlanFile(path: path)
        } catch {
            throw BenchFailure(message: "cannot open \(path) for the interface: \(error.message(.en))")
        }
        plan = Plan(bytes: bytes)
        theme = BuiltinTheme.default.theme
        var state = AppState(plan: plan, fileName: path, language: .vi, today: BenchDay.today, size: Self.size)
        state.greet(problems: [], planProblems: plan.problems.count)
        runtime = AppRuntime(file: file, state: state, backend: VirtualTerminal(size: Self.size), theme: theme,
                             idleMilliseconds: nil)
    }

    /// The walk: searches first (the first one folds the titles), then moves, collapse and
    /// expand, pages, End and Home, filters, and ticks last (they save the file and make the
    /// next search fold the titles again).
    private mutating func walk() throws(BenchFailure) {
        let middle = plan.taskCount / 2
        let far = try task(from: plan.taskCount * 95 / 100, "a subtask without subtasks") {
            plan.depth(ofTask: $0) > 0 && !plan.hasChildren($0)
        }
        let parent = try task(from: plan.taskCount * 9 / 10, "a top-level task with subtasks") {
            plan.depth(ofTask: $0) == 0 && plan.hasChildren($0)
        }
        let query = try id(of: far).lowercased()
        press(.down)
        press(.up)
        press(.home)
        search(query, as: .searchStepFirst)
        for _ in 0..<Self.laterSearches { search(query, as: .searchStep) }

        try findAndStay(query, expecting: far)
        repeatPress(.text("n"), as: .nextMatchAround)
        press(.escape)
        press(.home)
        try findAndStay(Self.commonQuery, expecting: nil)
        repeatPress(.text("n"), as: .nextMatch)
        press(.escape)

        try go(to: middle)
        repeatPress(.down, as: .moveDown)
        repeatPress(.up, as: .moveUp)
        try go(to: parent)
        for _ in 0..<Self.presses {
            press(.left, as: .collapse)
            try expectSelected(parent, after: "←")
            press(.right, as: .expand)
            try expectSelected(parent, after: "→")
        }
        press(.home)
        repeatPress(.pageDown, as: .pageDown)
        for _ in 0..<Self.presses {
            press(.end, as: .end)
            press(.home, as: .home)
        }

        try go(to: middle)
        for _ in 0..<Self.presses {
            press(.text("f"), as: .filterMenu)
            press(.text("3"), as: .filterOverdue)
            guard runtime.state.filter.status == .overdue else { throw walkError("f 3 did not filter the overdue tasks") }
            press(.text("F"), as: .filterClear)
            guard runtime.state.filter.isEmpty else { throw walkError("F did not clear the filter") }
        }
        for _ in 0..<Self.presses {
            press(.text("B"), as: .reportScreen)
            guard case .report = runtime.state.mode else { throw walkError("B did not open the report screen") }
            press(.escape)
            press(.text("M"), as: .meetingMenu)
            guard case .review = runtime.state.mode else { throw walkError("M did not open the meeting's agendas") }
            press(.escape)
            press(.escape)
        }
        try go(to: middle)
        for _ in 0..<Self.presses {
            press(.text(" "), as: .tick)
            guard runtime.state.message?.isError == false else {
                throw walkError("Space did not save: \(runtime.state.message?.text ?? "no message")")
            }
        }
    }

    /// Presses one key; times it, and the frame's drawing alone, when `kind` is given.
    private mutating func press(_ key: Key, as kind: KeystrokeKind? = nil) {
        let start = MonotonicClock.nanoseconds()
        runtime.handle(key)
        let end = MonotonicClock.nanoseconds()
        guard let kind else { return }
        _ = Screen.render(runtime.state, theme: theme)
        let drawn = MonotonicClock.nanoseconds()
        times[kind, default: []].append(Double(end - start) / 1_000_000)
        renderTimes[kind, default: []].append(Double(drawn - end) / 1_000_000)
    }

    /// Presses the same key `presses` times, each timed.
    private mutating func repeatPress(_ key: Key, as kind: KeystrokeKind) {
        for _ in 0..<Self.presses { press(key, as: kind) }
    }

    /// Types text one scalar a key, each timed when `kind` is given.
    private mutating func type(_ text: String, as kind: KeystrokeKind? = nil) {
        for scalar in text.unicodeScalars { press(.text(scalar), as: kind) }
    }

    /// Opens the search line, types `query` a timed letter at a time, and leaves with Esc.
    private mutating func search(_ query: String, as kind: KeystrokeKind) {
        press(.text("/"))
        type(query, as: kind)
        press(.escape)
    }

    /// Searches for `query` and keeps it as the last search (Enter); checks where it landed.
    private mutating func findAndStay(_ query: String, expecting task: Int?) throws(BenchFailure) {
        press(.text("/"))
        type(query)
        press(.enter)
        guard runtime.state.lastSearch == query else { throw walkError("the search for \(query) was not kept") }
        if let task { try expectSelected(task, after: "the search for \(query)") }
    }

    /// Selects a task by searching for its id from the top, then clears the search (Esc), so
    /// that no highlighting is drawn afterwards.
    private mutating func go(to task: Int) throws(BenchFailure) {
        press(.home)
        try findAndStay(try id(of: task).lowercased(), expecting: task)
        press(.escape)
        guard runtime.state.lastSearch == nil else { throw walkError("Esc did not clear the search") }
    }

    /// Fails unless `task` is selected.
    private func expectSelected(_ task: Int, after step: String) throws(BenchFailure) {
        guard runtime.state.selectedTask == task else {
            throw walkError("after \(step) task \(task) should be selected, not \(String(describing: runtime.state.selectedTask))")
        }
    }

    /// The first task from `start` on that `isWanted`.
    private func task(from start: Int, _ what: String, _ isWanted: (Int) -> Bool) throws(BenchFailure) -> Int {
        guard let found = (start..<plan.taskCount).first(where: isWanted) else {
            throw walkError("no \(what) after task \(start)")
        }
        return found
    }

    /// A task's id.
    private func id(of task: Int) throws(BenchFailure) -> String {
        guard let id = plan.tasks[task].id else { throw walkError("task \(task) has no id") }
        return id
    }

    /// A failure of the walk: the interface did not do what the next timings assume.
    private func walkError(_ text: String) -> BenchFailure {
        BenchFailure(message: "keystroke walk on \(plan.taskCount) tasks: " + text)
    }
}
