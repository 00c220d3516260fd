import Foundation

/// Generates the plans, runs every command and the interface on each of them, and prints the results.
@MainActor
struct Benchmark {
    /// The options it was started with.
    let options: BenchOptions
    /// The `workplan` executable measured.
    let binary: String
    /// The folder holding the plans; also the children's `HOME`.
    let folder: TemporaryFolder

    /// The children's whole environment: a fixed today, `HOME` in the temporary folder.
    private var environment: [String: String] {
        ["HOME": folder.path, "WORKPLAN_TODAY": BenchDay.iso, "PATH": "/usr/bin:/bin"]
    }

    /// Runs the benchmark and prints the tables on standard output (progress goes to standard error).
    func run() throws(BenchFailure) {
        if options.shapes {
            let table = try ShapeBench(binary: binary, folder: folder, environment: environment,
                                       runs: options.runs ?? 3).run()
            print("workplan-bench: \(binary)\n\nShapes that once took more than linear time\n\n" + table)
            return
        }
        var plans: [GeneratedPlan] = []
        var results: [CommandResult] = []
        var interface = InterfaceBench(options: options, binary: binary, folder: folder)
        for size in options.sizes {
            ProgressLog.say("generating a plan of \(NumberText.grouped(size)) tasks")
            let plan = PlanGenerator.generate(taskCount: size)
            try PlanVerifier.verify(plan)
            plans.append(plan)
            if !options.interfaceOnly {
                let name = "plan-\(size).md"
                try folder.write(plan.bytes, to: name)
                results += try measure(plan, file: folder.file(name))
            }
            try interface.measure(plan)
        }
        print("workplan-bench: \(binary)")
        print("\(ProcessInfo.processInfo.activeProcessorCount) cores; one untimed warm-up run before the timed runs of each command\n")
        print(ResultTable.plans(plans))
        if !options.interfaceOnly {
            print(ResultTable.commands(results))
            print(ResultTable.targets(results))
        }
        print(interface.report, terminator: "")
    }

    /// Runs each command on one plan: a warm-up, then the timed runs.
    private func measure(_ plan: GeneratedPlan, file: String) throws(BenchFailure) -> [CommandResult] {
        let runs = options.runCount(forSize: plan.taskCount)
        var random = SplitMix64(seed: 0xD0E ^ UInt64(plan.taskCount))
        let doneIds = Array(plan.openIds.shuffled(using: &random).prefix(runs + 1))
        guard doneIds.count == runs + 1 else {
            throw BenchFailure(message: "the plan of \(plan.taskCount) tasks has only \(plan.openIds.count) open tasks, "
                + "too few for \(runs + 1) runs of done; use fewer --runs")
        }
        var results: [CommandResult] = []
        for command in BenchCommand.workplanCommands {
            ProgressLog.say("\(NumberText.grouped(plan.taskCount)) tasks: \(command.label) × \(runs)")
            let ids = command.needsTaskId ? doneIds : Array(repeating: "", count: runs + 1)
            let (samples, peak) = try WarmedRuns.measure(binary, ids.map { command.arguments(file: file, taskId: $0) },
                                                        environment: environment)
            results.append(CommandResult(command: command, taskCount: plan.taskCount, samples: samples, peakKiB: peak))
        }
        try checkDone(doneIds, file: file)
        let floorIds = Array(plan.openIds.shuffled(using: &random).filter { !doneIds.contains($0) }.prefix(runs + 1))
        results.append(try floor(file: file, ids: floorIds, taskCount: plan.taskCount))
        return results
    }

    /// `done`'s floor on the same file (one tick per id, the first a warm-up): the same work
    /// without the lock and the checks, measured in the same run.
    private func floor(file: String, ids: [String], taskCount: Int) throws(BenchFailure) -> CommandResult {
        let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
            : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
        let (samples, peak) = try WarmedRuns.measure(me, ids.map { BenchCommand.plainRewrite.arguments(file: file, taskId: $0) },
                                                    environment: environment)
        return CommandResult(command: .plainRewrite, taskCount: taskCount, samples: samples, peakKiB: peak)
    }

    /// Warns when `done` did not mark every task it was given, which would make its times meaningless.
    private func checkDone(_ ids: [String], file: String) throws(BenchFailure) {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw BenchFailure(message: "cannot read \(file) back after the runs of done")
        }
        let count = PlanVerifier.doneCount(of: ids, in: [UInt8](data))
        if count != ids.count {
            ProgressLog.say("warning: done marked \(count) of the \(ids.count) tasks it was given in \(file)")
        }
    }
}
