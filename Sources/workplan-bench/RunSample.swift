/// What one run of a command cost.
struct RunSample {
    /// Wall time from spawning to reaping the child, in nanoseconds.
    let wallNanoseconds: UInt64
    /// The exit code, or 128 plus the signal number when a signal ended it.
    let exitCode: Int32

    /// Wall time in milliseconds.
    var wallMilliseconds: Double { Double(wallNanoseconds) / 1_000_000 }
}
