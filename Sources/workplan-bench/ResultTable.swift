/// Writes the benchmark's results as plain-text tables: the plans, the commands, the targets.
enum ResultTable {
    /// The table of generated plans: tasks, lines and size.
    static func plans(_ plans: [GeneratedPlan]) -> String {
        var out = "Plans\n"
        out += row(["tasks", "lines", "bytes", "MB"], widths: [10, 10, 13, 8]) + "\n"
        for plan in plans {
            out += row([NumberText.grouped(plan.taskCount), NumberText.grouped(plan.lineCount),
                        NumberText.grouped(plan.bytes.count), NumberText.fixed(Double(plan.bytes.count) / 1_048_576, 2)],
                       widths: [10, 10, 13, 8]) + "\n"
        }
        return out
    }

    /// The table of commands: runs, median and minimum wall time, peak memory, and beside the
    /// rows for 100,000 tasks, the targets.
    static func commands(_ results: [CommandResult]) -> String {
        let widths = [10, 40, 6, 11, 9, 9]
        var out = "Commands (wall time from spawn to exit; peak = GNU time's %M of the warm-up run, – without it)\n"
        out += row(["tasks", "command", "runs", "median ms", "min ms", "peak MB"], widths: widths, leftColumn: 1)
        out += "  targets at \(NumberText.grouped(Targets.taskCount)) tasks (import: 10,000)\n"
        for result in results {
            out += row([NumberText.grouped(result.taskCount), result.command.label, String(result.samples.count),
                        NumberText.fixed(result.medianMilliseconds), NumberText.fixed(result.minimumMilliseconds),
                        result.peakMegabytes.map { NumberText.fixed($0) } ?? "–"], widths: widths, leftColumn: 1)
            if result.taskCount == Targets.size(result.command) { out += "  " + targetNotes(result) }
            if !result.failedRuns.isEmpty {
                let codes = Set(result.failedRuns.map(\.exitCode)).sorted().map(String.init).joined(separator: ", ")
                out += "  (\(result.failedRuns.count) runs exited with \(codes))"
            }
            out += "\n"
        }
        return out
    }

    /// The PASS/MISS lines for the plan of 100,000 tasks, or a note that it was not measured.
    static func targets(_ results: [CommandResult]) -> String {
        let measured = results.filter { $0.taskCount == Targets.size($0.command) }
        guard !measured.isEmpty else {
            return "Targets apply to \(NumberText.grouped(Targets.taskCount)) tasks, which were not measured "
                + "(add 100000 to --sizes).\n"
        }
        var out = "Targets at \(NumberText.grouped(Targets.taskCount)) tasks (import: a sheet of 10,000 rows)\n"
        for result in measured {
            guard let limit = Targets.milliseconds(result.command) else { continue }
            out += "  \(NumberText.left(result.command.name, 6)) median \(NumberText.fixed(result.medianMilliseconds)) ms"
                + " (target ≤ \(NumberText.fixed(limit, 0)) ms)  \(Targets.mark(result.medianMilliseconds, limit))\n"
        }
        if let done = measured.first(where: { $0.command == .done }),
           let floor = measured.first(where: { $0.command == .plainRewrite }), floor.medianMilliseconds > 0 {
            let ratio = done.medianMilliseconds / floor.medianMilliseconds
            out += "  done ÷ its floor without the lock and the checks \(NumberText.fixed(ratio, 2))×"
                + " (target ≤ \(NumberText.fixed(Targets.doneOverFloor, 1))×)  \(Targets.mark(ratio, Targets.doneOverFloor))\n"
        }
        let peaks = measured.compactMap { result in result.peakMegabytes.map { (result, $0) } }
        if let (largest, megabytes) = peaks.filter({ !Targets.isDocument($0.0.command) }).max(by: { $0.1 < $1.1 }) {
            out += "  memory peak \(NumberText.fixed(megabytes)) MB, in \(largest.command.name)"
                + " (target ≤ \(NumberText.fixed(Targets.peakMegabytes, 0)) MB for every command but the documents)"
                + "  \(Targets.mark(megabytes, Targets.peakMegabytes))\n"
            for (document, documentPeak) in peaks where Targets.isDocument(document.command) {
                out += "  memory peak \(NumberText.fixed(documentPeak)) MB, in \(document.command.name)"
                    + " (target ≤ \(NumberText.fixed(Targets.paperMegabytes, 0)) MB)"
                    + "  \(Targets.mark(documentPeak, Targets.paperMegabytes))\n"
            }
        } else {
            out += "  memory not measured: GNU time (\(ChildProcess.timeProgram)) is not installed\n"
        }
        return out
    }

    /// The notes beside a row for 100,000 tasks: time and memory against their targets.
    private static func targetNotes(_ result: CommandResult) -> String {
        var notes: [String] = []
        if let limit = Targets.milliseconds(result.command) {
            notes.append("time ≤ \(NumberText.fixed(limit, 0)) ms \(Targets.mark(result.medianMilliseconds, limit))")
        }
        if let megabytes = result.peakMegabytes {
            let limit = Targets.megabytes(result.command)
            notes.append("memory ≤ \(NumberText.fixed(limit, 0)) MB " + Targets.mark(megabytes, limit))
        }
        return notes.joined(separator: ", ")
    }

    /// Cells padded to their widths: numbers right-aligned, the `leftColumn` left-aligned.
    static func row(_ cells: [String], widths: [Int], leftColumn: Int? = nil) -> String {
        zip(cells.indices, zip(cells, widths)).map { index, cell in
            index == leftColumn ? "  " + NumberText.left(cell.0, cell.1) : NumberText.right(cell.0, cell.1)
        }.joined()
    }
}
