/// What an edit did to one line of the file, to tell the user exactly what changed.
public struct LineChange: Sendable, Equatable {
    /// The line's index in the file after the edit (0-based).
    public let line: Int
    /// The line's text before the edit, or nil for a new line.
    public let before: String?
    /// The line's text after the edit.
    public let after: String

    /// Creates a change record.
    public init(line: Int, before: String?, after: String) {
        self.line = line
        self.before = before
        self.after = after
    }
}
