/// The timed runs of one command on one plan, and their summary.
struct CommandResult {
    /// The command.
    let command: BenchCommand
    /// The plan's size in tasks.
    let taskCount: Int
    /// Every timed run (the warm-up run is not among them).
    let samples: [RunSample]

    /// The median wall time in milliseconds (the mean of the middle two for an even count).
    var medianMilliseconds: Double {
        Statistics.median(samples.map(\.wallMilliseconds))
    }

    /// The fastest run's wall time in milliseconds.
    var minimumMilliseconds: Double {
        samples.map(\.wallMilliseconds).min() ?? 0
    }

    /// The largest peak resident set of all runs, in MiB.
    var peakMegabytes: Double {
        Double(samples.map(\.peakKiB).max() ?? 0) / 1024
    }

    /// The runs that did not exit with 0.
    var failedRuns: [RunSample] {
        samples.filter { $0.exitCode != 0 }
    }
}
