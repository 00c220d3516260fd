/// The parts of a task line, as byte offsets into the line's content.
///
/// `  - [x] Dự thảo chương trình  id:KH1.1 due:2021-06-20  `
/// has an indent of 2 columns, the status mark at offset 5, the title from offset 8,
/// two fields, and two trailing spaces. Finding the parts allocates nothing.
struct TaskLineSyntax: Sendable {
    /// One `key:value` token.
    struct FieldToken: Sendable {
        var start: Int
        var colon: Int
        var end: Int
    }

    /// Indentation in columns, a tab advancing to the next multiple of four.
    var indentColumns: Int
    /// Offset of the first byte of the status mark.
    var markStart: Int
    /// Offset just after the status mark (the `]`).
    var markEnd: Int
    /// Offset of the title's first byte.
    var titleStart: Int
    /// Offset just after the title's last non-blank byte.
    var titleEnd: Int
    /// Offset of the first field, or `trailingStart` when there are none.
    var fieldsStart: Int
    /// Offset where trailing white space begins (the end of the last token).
    var trailingStart: Int
    /// The field tokens found while reading the line, last first (up to `recordedLimit`).
    private var recorded = InlineArray<16, FieldToken>(repeating: FieldToken(start: 0, colon: 0, end: 0))
    /// How many fields the line has.
    private(set) var fieldCount = 0

    /// How many field tokens are kept from the first reading; lines with more are walked again.
    private static let recordedLimit = 16

    /// Reads a line as a task, or returns nil when it is not one.
    init?(_ line: some LineBytes) {
        let base = line.startIndex
        var index = base
        let end = line.endIndex
        var columns = 0
        while index < end, line[index] == 32 || line[index] == 9 {
            columns = line[index] == 9 ? (columns / 4 + 1) * 4 : columns + 1
            index += 1
        }
        guard index + 3 < end else { return nil }
        let bullet = line[index]
        guard bullet == 45 || bullet == 42 || bullet == 43, line[index + 1] == 32, line[index + 2] == 91 else {
            return nil
        }
        let markStart = index + 3
        let markEnd = markStart + TaskLineSyntax.scalarLength(line[markStart])
        guard markEnd < end, line[markEnd] == 93 else { return nil }
        var titleStart = markEnd + 1
        if titleStart < end {
            guard TaskLineSyntax.isBlank(line[titleStart]) else { return nil }
            while titleStart < end, TaskLineSyntax.isBlank(line[titleStart]) { titleStart += 1 }
        }
        var trailing = end
        while trailing > titleStart, TaskLineSyntax.isBlank(line[trailing - 1]) { trailing -= 1 }
        var fieldsStart = trailing
        var titleEnd = trailing
        while titleEnd > titleStart {
            var tokenStart = titleEnd
            while tokenStart > titleStart, !TaskLineSyntax.isBlank(line[tokenStart - 1]) { tokenStart -= 1 }
            guard let colon = TaskLineSyntax.fieldColon(line[tokenStart..<titleEnd]) else { break }
            if fieldCount < TaskLineSyntax.recordedLimit {
                recorded[fieldCount] = FieldToken(start: tokenStart - base, colon: colon - base, end: titleEnd - base)
            }
            fieldCount += 1
            fieldsStart = tokenStart
            titleEnd = tokenStart
            while titleEnd > titleStart, TaskLineSyntax.isBlank(line[titleEnd - 1]) { titleEnd -= 1 }
        }
        self.indentColumns = columns
        self.markStart = markStart - base
        self.markEnd = markEnd - base
        self.titleStart = titleStart - base
        self.titleEnd = titleEnd - base
        self.fieldsStart = fieldsStart - base
        self.trailingStart = trailing - base
    }

    /// Walks the field tokens of a line, in order, without allocating.
    struct FieldCursor {
        private let fieldsStart: Int
        private let trailingStart: Int
        private var walked = 0

        /// A cursor at the first field of a line read as `syntax`.
        init(_ syntax: TaskLineSyntax) {
            fieldsStart = syntax.fieldsStart
            trailingStart = syntax.trailingStart
        }

        /// The next field token of `line`, as offsets in the line, or nil after the last.
        mutating func next(in line: some LineBytes) -> FieldToken? {
            let base = line.startIndex
            var run = FieldRun(line[(base + fieldsStart + walked)..<(base + trailingStart)])
            guard let token = run.next() else { return nil }
            walked = token.whole.endIndex - base - fieldsStart
            return FieldToken(start: token.whole.startIndex - base, colon: token.key.endIndex - base,
                              end: token.whole.endIndex - base)
        }
    }

    /// The field token at `position` (0 for the first field of the line), when it was kept
    /// from the first reading; nil for lines with very many fields (walk them with a cursor).
    func recordedField(_ position: Int) -> FieldToken? {
        guard fieldCount <= TaskLineSyntax.recordedLimit else { return nil }
        return recorded[fieldCount - 1 - position]
    }

    /// The position of the colon when a token is a field: an ASCII key (a letter, then
    /// letters, digits, `_` or `-`), a colon, and a value that is not empty and does not start with `//`.
    static func fieldColon(_ token: some LineBytes) -> Int? {
        guard let first = token.first, isLetter(first),
              let colon = token.firstIndex(of: 58) else { return nil }
        for byte in token[token.startIndex..<colon] where !(isLetter(byte) || isDigit(byte) || byte == 95 || byte == 45) {
            return nil
        }
        let value = token[(colon + 1)...]
        guard !value.isEmpty, !value.starts(with: [47, 47]) else { return nil }
        return colon
    }

    /// True for a token that would read as a field if it ended a title.
    static func looksLikeField(_ token: some StringProtocol) -> Bool {
        fieldColon(ArraySlice(token.utf8)) != nil
    }

    /// True for a space or a tab.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57
    }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
