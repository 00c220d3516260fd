/// The timed presses of one kind of key on one plan, and their summary.
struct KeystrokeResult {
    /// The kind of key.
    let kind: KeystrokeKind
    /// The plan's size in tasks.
    let taskCount: Int
    /// The time of each `runtime.handle(key)` (update, render, present), in milliseconds.
    let milliseconds: [Double]
    /// The time of `Screen.render` alone on the state after each press, in milliseconds.
    let renderMilliseconds: [Double]

    /// The median time of a press.
    var median: Double { Statistics.median(milliseconds) }

    /// The 90th percentile of a press.
    var p90: Double { Statistics.percentile(milliseconds, 0.9) }

    /// The slowest press.
    var maximum: Double { milliseconds.max() ?? 0 }

    /// The median time of drawing the frame alone.
    var medianRender: Double { Statistics.median(renderMilliseconds) }
}
