/// One line of the plain-text report, typed: what it is, how far in it starts, its list marker
/// and its words. `ReportFormatter.lines(of:)` gives the report as these lines; the text form is
/// them printed one under another, so a screen can lay them out again without reading the text.
public struct ReportLine: Sendable, Equatable {
    /// What the line is.
    public let kind: Kind
    /// The spaces before the marker.
    public let indent: Int
    /// The list marker before the words: `- `, `3. `, `III. `; empty when there is none.
    public let marker: String
    /// The words, control characters shown as pictures.
    public let text: String

    /// A line of a kind, its control characters made visible.
    init(_ kind: Kind, indent: Int = 0, marker: String = "", _ text: String) {
        self.kind = kind
        self.indent = indent
        self.marker = marker
        self.text = TextForm.visible(text)
    }

    /// A blank line.
    static let blank = ReportLine(.blank, "")

    /// The line as the text report prints it, without its newline: the indent, the marker, the words.
    public var printed: String {
        String(repeating: " ", count: indent) + marker + text
    }
}
