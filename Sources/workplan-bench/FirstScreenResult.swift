/// The timed starts of one program in a tmux pane, and their summary.
struct FirstScreenResult {
    /// What ran in the pane, for the table.
    let label: String
    /// The plan's size in tasks; nil for the tmux floor, which opens no plan.
    let taskCount: Int?
    /// Every timed start (the warm-up start is not among them).
    let samples: [FirstScreenSample]

    /// The median time to the first screen, in milliseconds.
    var medianMilliseconds: Double { Statistics.median(samples.map(\.shownMilliseconds)) }

    /// The median time to the complete screen (the whole plan read), in milliseconds.
    var medianCompleteMilliseconds: Double { Statistics.median(samples.map(\.completeMilliseconds)) }

    /// The fastest time to the first screen, in milliseconds.
    var minimumMilliseconds: Double { samples.map(\.shownMilliseconds).min() ?? 0 }

    /// The median cost of one `capture-pane`, in milliseconds: with the 2 ms pause, one poll.
    var medianCaptureMilliseconds: Double { Statistics.median(samples.flatMap(\.captureMilliseconds)) }

    /// The median time from `q` to the program being gone, in milliseconds; nil when no `q` was sent.
    var medianQuitMilliseconds: Double? {
        let quits = samples.compactMap(\.quitMilliseconds)
        return quits.isEmpty ? nil : Statistics.median(quits)
    }

    /// How many starts did not end after `q`.
    var notExitedCount: Int { samples.filter { !$0.exited }.count }
}
