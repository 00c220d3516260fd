import WorkplanCore

/// A note as Markdown reads it: the lines a person broke to keep the file narrow flow on as
/// one paragraph, so the screen can break them at its own width. A blank line still parts
/// paragraphs, and a list item (`- `, `* `, `+ `, `1. `) still starts a line of its own.
enum NoteFlow {
    /// The note's paragraphs and list items, one per line, blank lines kept.
    static func reflowed(_ note: String) -> String {
        var out: [String] = []
        var joinable = false
        for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty {
                out.append("")
                joinable = false
            } else if joinable, !startsListItem(trimmed), !out.isEmpty {
                // Grown in place: a paragraph of many lines costs its length, not its square.
                out[out.count - 1] += " "
                out[out.count - 1] += trimmed
            } else {
                out.append(String(line))
                joinable = true
            }
        }
        return out.joined(separator: "\n")
    }

    /// The note reflowed, each line safe to print (control characters as their pictures).
    static func shown(_ note: String) -> String {
        TextForm.visibleLines(reflowed(note))
    }

    /// True for a line that begins a list item.
    private static func startsListItem(_ line: Substring) -> Bool {
        if let first = line.first, "-*+".contains(first) { return line.dropFirst().first == " " }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
    }
}
