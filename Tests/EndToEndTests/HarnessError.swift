/// A failure of the end-to-end harness: tmux could not be run, a wait timed out (the message
/// then shows the last screen), a file could not be copied.
struct HarnessError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// An error with a message.
    init(_ description: String) {
        self.description = description
    }
}
