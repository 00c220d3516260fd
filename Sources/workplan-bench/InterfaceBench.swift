import Foundation

/// Measures the interactive interface on each plan: the first screen of `workplan PLAN` in
/// tmux (skipped without tmux), its steps inside the program, and keystrokes in this process.
/// Each plan is measured on a copy of its own, `interface-N.md`, which the ticks change.
@MainActor
struct InterfaceBench {
    /// The options the benchmark was started with.
    let options: BenchOptions
    /// The `workplan` executable started in tmux.
    let binary: String
    /// The folder holding the plans and the tmux socket.
    let folder: TemporaryFolder
    /// The `tmux` executable, or nil when it is not installed.
    let tmux: String?
    /// The first screens so far, the tmux floor first.
    private(set) var firstScreens: [FirstScreenResult] = []
    /// The first screen's steps inside the program, per plan.
    private(set) var splits: [StartupSplit] = []
    /// The keystrokes so far.
    private(set) var keystrokes: [KeystrokeResult] = []

    /// Looks for tmux on this process's `PATH`.
    init(options: BenchOptions, binary: String, folder: TemporaryFolder) {
        self.options = options
        self.binary = binary
        self.folder = folder
        tmux = TmuxServer.locate(path: ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    }

    /// Measures the interface on one plan.
    mutating func measure(_ plan: GeneratedPlan) throws(BenchFailure) {
        let name = "interface-\(plan.taskCount).md"
        try folder.write(plan.bytes, to: name)
        let file = folder.file(name)
        let size = NumberText.grouped(plan.taskCount)
        if let tmux {
            let screens = FirstScreenBench(tmux: tmux, folder: folder)
            if firstScreens.isEmpty {
                ProgressLog.say("tmux floor: printf in a pane × \(options.runCount(forSize: 0))")
                firstScreens.append(try screens.floor(runs: options.runCount(forSize: 0)))
            }
            let runs = options.runCount(forSize: plan.taskCount)
            ProgressLog.say("\(size) tasks: first screen of workplan PLAN in tmux × \(runs)")
            firstScreens.append(try screens.measure(binary: binary, file: file, taskCount: plan.taskCount, runs: runs))
        }
        ProgressLog.say("\(size) tasks: first screen's steps in this process × \(StartupSplit.runs)")
        splits.append(try StartupSplit.measure(file: file, taskCount: plan.taskCount))
        ProgressLog.say("\(size) tasks: keystrokes × \(KeystrokeBench.presses) of each kind")
        keystrokes += try KeystrokeBench.measure(plan, file: file)
    }

    /// The interface's tables and targets.
    var report: String {
        let screens = tmux == nil
            ? "First screen in tmux: skipped, tmux is not installed (apt-get install tmux).\n"
            : InterfaceTable.firstScreens(firstScreens)
        return screens + "\n" + InterfaceTable.splits(splits) + "\n" + InterfaceTable.keystrokes(keystrokes) + "\n"
            + InterfaceTable.ticks(keystrokes) + "\n"
            + InterfaceTable.targets(firstScreens: firstScreens, keystrokes: keystrokes)
    }
}
