import Terminal
import WorkplanCore
import WorkplanTUI

/// Where the first screen's work goes inside the program, timed in this process with the
/// same code `workplan PLAN` runs: reading the file, making the state, drawing the first
/// frame, presenting it. Process start, curses and tmux are not in it.
struct StartupSplit {
    /// How many times each step is timed; the median is kept.
    static let runs = 5

    /// The plan's size in tasks.
    let taskCount: Int
    /// Each step and its median time in milliseconds, in order.
    let steps: [(label: String, milliseconds: Double)]

    /// The sum of the steps, in milliseconds.
    var total: Double { steps.reduce(0) { $0 + $1.milliseconds } }

    /// Times the steps on the plan file at `path`.
    @MainActor
    static func measure(file path: String, taskCount: Int) throws(BenchFailure) -> StartupSplit {
        TerminalLocale.useUTF8()
        let theme = BuiltinTheme.default.theme
        var read: [Double] = []
        var state: [Double] = []
        var render: [Double] = []
        var present: [Double] = []
        for _ in 0..<runs {
            let start = MonotonicClock.nanoseconds()
            let file: PlanFile
            do {
                file = try PlanFile(path: path)
            } catch {
                throw BenchFailure(message: "cannot open \(path): \(error.message(.en))")
            }
            let fileRead = MonotonicClock.nanoseconds()
            let appState = AppState(plan: file.plan, fileName: path, language: .vi, today: BenchDay.today,
                                    size: KeystrokeBench.size)
            let stateMade = MonotonicClock.nanoseconds()
            let grid = Screen.render(appState, theme: theme)
            let rendered = MonotonicClock.nanoseconds()
            VirtualTerminal(size: KeystrokeBench.size).present(grid)
            let presented = MonotonicClock.nanoseconds()
            read.append(Double(fileRead - start) / 1_000_000)
            state.append(Double(stateMade - fileRead) / 1_000_000)
            render.append(Double(rendered - stateMade) / 1_000_000)
            present.append(Double(presented - rendered) / 1_000_000)
        }
        return StartupSplit(taskCount: taskCount, steps: [
            ("read the file (PlanFile)", Statistics.median(read)),
            ("make the state (AppState)", Statistics.median(state)),
            ("draw the first frame (Screen.render)", Statistics.median(render)),
            ("present it (virtual terminal)", Statistics.median(present)),
        ])
    }
}
