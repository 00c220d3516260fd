import Glibc

/// Waiting for the screen: polling `capture-pane` until what a test expects shows up, failing
/// with the last screen when it does not.
extension TmuxSession {
    /// Waits until the screen (or, with `history`, the whole output) contains `text`; returns
    /// that screen. On timeout, fails with the last screen.
    @discardableResult
    func waitFor(_ text: String, history: Bool = false, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("the text “\(text)”", history: history, timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `predicate` holds for the screen (or, with `history`, the whole output),
    /// polling about every 5 ms; returns that screen. On timeout, fails with `what` was
    /// awaited and the last screen.
    @discardableResult
    func waitUntil(_ what: String = "a condition on the screen", history: Bool = false,
                   timeout: Duration = .seconds(10), _ predicate: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            let shown = try screen(history: history)
            if predicate(shown) { return shown }
            if clock.now >= deadline {
                let dead = (try? paneIsDead()) == true ? " (the pane's program has ended)" : ""
                throw HarnessError("waited \(timeout) for \(what)\(dead); the screen:\n" + Self.framed(shown))
            }
            usleep(5_000)
        }
    }
}
