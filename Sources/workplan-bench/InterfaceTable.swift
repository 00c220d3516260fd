/// Writes the interface's results as plain-text tables: the first screen in tmux, where its
/// work goes inside the program, the keystrokes, the ticks, and the targets.
enum InterfaceTable {
    /// The first-screen table: the tmux floor first, then `workplan PLAN` at each size.
    static func firstScreens(_ results: [FirstScreenResult]) -> String {
        let captures = results.flatMap { $0.samples.flatMap(\.captureMilliseconds) }
        let widths = [10, 30, 6, 11, 9, 13, 9, 11]
        var out = "First screen in tmux (\(FirstScreenBench.columns)×\(FirstScreenBench.rows); from spawning "
            + "`tmux new-session` to the end of the first capture-pane that shows “\(FirstScreenBench.readyText)”;\n"
            + "  complete: until the status line no longer says “\(FirstScreenBench.loadingText)…”, the whole plan read)\n"
        let capture = Statistics.median(captures)
        let pause = Double(FirstScreenBench.pollPauseMilliseconds)
        out += "  a pause of \(NumberText.fixed(pause, 0)) ms between looks; one capture-pane takes \(NumberText.fixed(capture)) ms "
            + "(median), so a poll is about \(NumberText.fixed(capture + pause)) ms and the screen came up to that much earlier\n"
        out += ResultTable.row(["tasks", "program", "runs", "median ms", "min ms", "complete ms", "quit ms", "not ended"],
                               widths: widths, leftColumn: 1)
        out += "  targets at \(NumberText.grouped(Targets.taskCount)) tasks\n"
        for result in results {
            out += ResultTable.row([result.taskCount.map(NumberText.grouped) ?? "–", result.label, String(result.samples.count),
                                    NumberText.fixed(result.medianMilliseconds), NumberText.fixed(result.minimumMilliseconds),
                                    NumberText.fixed(result.medianCompleteMilliseconds),
                                    result.medianQuitMilliseconds.map { NumberText.fixed($0) } ?? "–",
                                    result.medianQuitMilliseconds == nil ? "–" : String(result.notExitedCount)],
                                   widths: widths, leftColumn: 1)
            if result.taskCount == Targets.taskCount {
                out += "  ≤ \(NumberText.fixed(Targets.firstScreenMilliseconds, 0)) ms "
                    + Targets.mark(result.medianMilliseconds, Targets.firstScreenMilliseconds)
            }
            out += "\n"
        }
        return out
    }

    /// The table of the first screen's steps inside the program.
    static func splits(_ splits: [StartupSplit]) -> String {
        guard let first = splits.first else { return "" }
        var out = "First screen inside the program (the same code, timed in this process; median of \(StartupSplit.runs))\n"
        let widths = [10] + first.steps.map { max(10, $0.label.count + 2) } + [9]
        out += ResultTable.row(["tasks"] + first.steps.map(\.label) + ["sum"], widths: widths) + "\n"
        for split in splits {
            out += ResultTable.row([NumberText.grouped(split.taskCount)] + split.steps.map { NumberText.fixed($0.milliseconds) }
                                   + [NumberText.fixed(split.total)], widths: widths) + "\n"
        }
        return out
    }

    /// The keystroke table, ticks left out.
    static func keystrokes(_ results: [KeystrokeResult]) -> String {
        var out = "Keystrokes (runtime.handle in this process: keymap, update, render, present into a virtual terminal of "
            + "\(KeystrokeBench.size.rows)×\(KeystrokeBench.size.columns); render = Screen.render alone on the state after the key)\n"
        out += keyTable(results.filter { $0.kind != .tick }, targets: true)
        return out
    }

    /// The table of ticks, which save the file and have no target.
    static func ticks(_ results: [KeystrokeResult]) -> String {
        "Tick incl. save (Space: the task ticked or unticked, the file saved; not in the table above)\n"
            + keyTable(results.filter { $0.kind == .tick }, targets: false)
    }

    /// The PASS/MISS lines for the interface at 100,000 tasks.
    static func targets(firstScreens: [FirstScreenResult], keystrokes: [KeystrokeResult]) -> String {
        let screen = firstScreens.first { $0.taskCount == Targets.taskCount }
        let keys = keystrokes.filter { $0.taskCount == Targets.taskCount && $0.kind.target != nil }
        guard screen != nil || !keys.isEmpty else {
            return "Interface targets apply to \(NumberText.grouped(Targets.taskCount)) tasks, which were not measured.\n"
        }
        var out = "Interface targets at \(NumberText.grouped(Targets.taskCount)) tasks\n"
        if let screen {
            out += "  first screen  median \(NumberText.fixed(screen.medianMilliseconds)) ms"
                + " (target ≤ \(NumberText.fixed(Targets.firstScreenMilliseconds, 0)) ms)  "
                + Targets.mark(screen.medianMilliseconds, Targets.firstScreenMilliseconds) + "\n"
        }
        if !keys.isEmpty {
            let misses = keys.filter { $0.median > ($0.kind.target ?? .infinity) }
            out += "  keystrokes    \(keys.count - misses.count) of \(keys.count) kinds within their target "
                + "(\(NumberText.fixed(Targets.keystrokeMilliseconds, 0)) ms; B and M "
                + "\(NumberText.fixed(Targets.wholePlanScreenMilliseconds, 0)) ms)  \(misses.isEmpty ? "PASS" : "MISS")\n"
            for miss in misses {
                out += "    MISS \(miss.kind.label): median \(NumberText.fixed(miss.median, 2)) ms\n"
            }
            for slow in keys {
                guard let target = slow.kind.target, slow.median <= target, slow.p90 > target else { continue }
                out += "    note \(slow.kind.label): median within, but p90 \(NumberText.fixed(slow.p90, 2)) ms"
                    + " and max \(NumberText.fixed(slow.maximum, 2)) ms\n"
            }
        }
        return out
    }

    /// Rows of keystroke results, with the target beside the rows for 100,000 tasks when asked.
    private static func keyTable(_ results: [KeystrokeResult], targets: Bool) -> String {
        let widths = [10, 32, 8, 11, 9, 9, 11]
        var out = ResultTable.row(["tasks", "key", "presses", "median ms", "p90 ms", "max ms", "render ms"],
                                  widths: widths, leftColumn: 1)
        out += targets ? "  targets at \(NumberText.grouped(Targets.taskCount)) tasks\n" : "\n"
        for result in results {
            out += ResultTable.row([NumberText.grouped(result.taskCount), result.kind.label, String(result.milliseconds.count),
                                    NumberText.fixed(result.median, 2), NumberText.fixed(result.p90, 2),
                                    NumberText.fixed(result.maximum, 2), NumberText.fixed(result.medianRender, 2)],
                                   widths: widths, leftColumn: 1)
            if targets, result.taskCount == Targets.taskCount, let target = result.kind.target {
                out += "  ≤ \(NumberText.fixed(target, 0)) ms " + Targets.mark(result.median, target)
            }
            out += "\n"
        }
        return out
    }
}
