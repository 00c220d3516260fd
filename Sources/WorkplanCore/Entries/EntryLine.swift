/// Reads an entry line: a list item indented under a task whose first word is a date followed by
/// a colon, `- 2021-03-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc` (the date may be
/// written `15/03/2021` too). Any other note line is not an entry. A line shaped like an entry
/// that cannot be read (a day that does not exist, a count that is not a whole number) is a
/// problem `check` reports, at its column, and no entry.
enum EntryLine {
    /// What an entry-shaped line holds.
    enum Reading: Equatable {
        /// A readable entry: its day, its text, the counts in it and the extension it records.
        case entry(date: PlanDate, text: String, counts: [EntryCount], extension: DeadlineExtension?)
        /// An entry that cannot be read: where (a 1-based column) and why.
        case unreadable(column: Int, kind: Problem.Kind)
    }

    /// The reading of a line, or nil when it is not shaped like an entry.
    static func read(_ content: some LineBytes) -> Reading? {
        guard let dateBytes = shape(content) else { return nil }
        let base = content.startIndex
        let dateText = String(decoding: content[dateBytes], as: UTF8.self)
        guard let date = PlanDate(written: dateText) else {
            return .unreadable(column: FieldCheck.column(content, dateBytes.lowerBound - base),
                               kind: .invalidEntryDate(value: dateText))
        }
        var textStart = dateBytes.upperBound + 1
        while textStart < content.endIndex, TaskLineSyntax.isBlank(content[textStart]) { textStart += 1 }
        var textEnd = content.endIndex
        while textEnd > textStart, TaskLineSyntax.isBlank(content[textEnd - 1]) { textEnd -= 1 }
        let column = FieldCheck.column(content, textStart - base)
        let text = String(decoding: content[textStart..<textEnd], as: UTF8.self)
        guard !text.isEmpty else { return .unreadable(column: column, kind: .emptyEntry) }
        switch DeadlineExtension.read(text, decided: date) {
        case let .success(granted)?:
            return .entry(date: date, text: text, counts: [], extension: granted)
        case .failure?:
            return .unreadable(column: column, kind: .unreadableExtension(text: text))
        case nil:
            break
        }
        switch EntryText.counts(in: text) {
        case let .success(counts):
            return .entry(date: date, text: text, counts: counts, extension: nil)
        case let .failure(unreadable):
            return .unreadable(column: column + unreadable.offset, kind: .unreadableEntryCount(part: unreadable.part))
        }
    }

    /// True when a line (as written, indentation and all) reads as an entry, readable or not:
    /// what a note may not hold, since it would be taken for one.
    static func isEntryShaped(_ content: some LineBytes) -> Bool {
        shape(content) != nil
    }

    /// The byte range of the date of an entry-shaped line: after the indentation, a bullet (`-`,
    /// `*` or `+`) and one space, a run of digits, `-`, `/` and `.` that starts with a digit,
    /// then a colon at the end of the line or before a space or tab. So `- 10:30 họp` and
    /// `- 3 tổ đã báo cáo` are plain note lines.
    private static func shape(_ content: some LineBytes) -> Range<Int>? {
        var index = content.startIndex
        while index < content.endIndex, TaskLineSyntax.isBlank(content[index]) { index += 1 }
        guard index + 2 < content.endIndex, [45, 42, 43].contains(content[index]), content[index + 1] == 32,
              isDigit(content[index + 2]) else { return nil }
        let start = index + 2
        var end = start
        while end < content.endIndex, isDigit(content[end]) || [45, 47, 46].contains(content[end]) { end += 1 }
        guard end < content.endIndex, content[end] == 58,
              end + 1 == content.endIndex || TaskLineSyntax.isBlank(content[end + 1]) else { return nil }
        return start..<end
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
