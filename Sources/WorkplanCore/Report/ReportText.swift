/// The lines of a report for people, gathered into text as they are added: each line shows
/// control characters as pictures (so that printing a plan cannot steer the terminal) and
/// ends with a newline. With a sink, the text is handed on in chunks as it grows, so that the
/// report of a large plan is never held whole.
struct ReportText {
    /// The text not yet handed on.
    private(set) var text = ""
    private let sink: ((String) -> Void)?

    private static let chunkSize = 1 << 16

    /// Text gathered whole, or handed to `sink` in chunks.
    init(sink: ((String) -> Void)? = nil) {
        self.sink = sink
    }

    /// Adds a line.
    mutating func append(_ line: String) {
        append(indent: 0, marker: "", line)
    }

    /// Adds a line of `indent` spaces, a marker (the report's own: `- `, `1. `) and words,
    /// without making the line first: a report of a large plan writes tens of thousands of them.
    mutating func append(indent: Int, marker: String, _ words: String) {
        if indent > 0 { text += String(repeating: " ", count: indent) }
        text += marker
        text += TextForm.visible(words)
        text += "\n"
        if let sink, text.utf8.count >= ReportText.chunkSize {
            sink(text)
            text = ""
        }
    }

    /// Adds lines in order.
    mutating func append(contentsOf lines: [String]) {
        for line in lines { append(line) }
    }

    /// Hands on what is left; returns the whole text when there is no sink.
    mutating func finish() -> String {
        guard let sink else { return text }
        if !text.isEmpty { sink(text) }
        text = ""
        return ""
    }
}
