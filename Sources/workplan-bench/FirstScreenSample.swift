/// One start of the interface in a tmux pane: when its first screen was seen, what a look at
/// the screen cost, and how it ended.
struct FirstScreenSample {
    /// From spawning `tmux new-session` to the end of the first `capture-pane` that showed the
    /// whole first screen, in milliseconds.
    let shownMilliseconds: Double
    /// From the same start to the first capture with the whole plan read (no "đang đọc" in
    /// the status line), in milliseconds: the same as `shownMilliseconds` for a small file.
    let completeMilliseconds: Double
    /// How long each `capture-pane` took, in milliseconds, in order.
    let captureMilliseconds: [Double]
    /// From sending `q` to the pane's program and session being gone, in milliseconds; nil
    /// when no `q` was sent.
    let quitMilliseconds: Double?
    /// False when the program was still running 10 seconds after `q`.
    let exited: Bool
}
