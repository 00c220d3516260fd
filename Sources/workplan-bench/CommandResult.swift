/// The timed runs of one command on one plan, and their summary.
struct CommandResult {
    /// The command.
    let command: BenchCommand
    /// The plan's size in tasks.
    let taskCount: Int
    /// Every timed run (the warm-up run is not among them).
    let samples: [RunSample]
    /// The peak resident set of the warm-up run, in KiB (`ChildProcess.peakKiB`); nil when it
    /// could not be measured.
    let peakKiB: Int?

    /// The median wall time in milliseconds (the mean of the middle two for an even count).
    var medianMilliseconds: Double {
        Statistics.median(samples.map(\.wallMilliseconds))
    }

    /// The fastest run's wall time in milliseconds.
    var minimumMilliseconds: Double {
        samples.map(\.wallMilliseconds).min() ?? 0
    }

    /// The peak resident set in MiB; nil when it could not be measured.
    var peakMegabytes: Double? {
        peakKiB.map { Double($0) / 1024 }
    }

    /// The runs that did not exit with 0.
    var failedRuns: [RunSample] {
        samples.filter { $0.exitCode != 0 }
    }
}
