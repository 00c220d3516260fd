/// What one line is, as far as can be told from the line alone: the first, parallel pass of
/// reading a plan. Which section, code block or task a line falls in is decided afterwards,
/// in file order.
enum LineShape: Sendable {
    /// Only spaces and tabs, or nothing.
    case blank
    /// `#` to `######` at the margin.
    case heading(level: UInt8)
    /// Three backticks or tildes: opens or closes a code block.
    case fence(mark: UInt8, indent: Int32, atMargin: Bool)
    /// A task line, read: its slot is kept by the line's number.
    case task
    /// A line of git's conflict markers at the margin: `<<<<<<< ours`, `|||||||`, `=======`,
    /// `>>>>>>> theirs`.
    case conflictMarker
    /// Anything else.
    case other(indent: Int32, atMargin: Bool)

    /// Reads one line; `codes` are the declared unit codes and person handles to check `lead:`,
    /// `with:` and `person:` against.
    /// A task line's slot and id hash go to `slot` and `fingerprint`, its problems and its
    /// `id:` tokens after the first to the sinks, so that the shape itself stays a byte or two.
    static func read(_ content: some LineBytes, line: Int, codes: DeclaredCodes,
                     slot: inout TaskSlot, fingerprint: inout UInt64,
                     problems: inout [Problem], extraIds: inout [ExtraId]) -> LineShape {
        var firstNonBlank = content.startIndex
        while firstNonBlank < content.endIndex, TaskLineSyntax.isBlank(content[firstNonBlank]) {
            firstNonBlank += 1
        }
        if firstNonBlank == content.endIndex { return .blank }
        let atMargin = firstNonBlank == content.startIndex
        if let mark = fence(content[firstNonBlank...]) {
            return .fence(mark: mark, indent: Int32(indentColumns(content)), atMargin: atMargin)
        }
        if atMargin, content[firstNonBlank] == 35, let level = headingLevel(content) {
            return .heading(level: UInt8(level))
        }
        if atMargin, isConflictMarker(content) { return .conflictMarker }
        if let syntax = TaskLineSyntax(content) {
            let reading = TaskLineReading(content: content, syntax: syntax, line: line, codes: codes, keepsIdText: false)
            problems.append(contentsOf: reading.problems)
            for extra in reading.extraIds {
                extraIds.append(ExtraId(line: line, value: extra.value, offset: extra.offset, key: extra.key))
            }
            slot = reading.slot
            fingerprint = reading.firstIdHash?.fingerprint ?? 0
            return .task
        }
        return .other(indent: Int32(indentColumns(content)), atMargin: atMargin)
    }

    /// True for a line of git's conflict markers: seven `<`, `|`, `=` or `>`, then the end of
    /// the line or a space (and the side's name); `=======` alone.
    static func isConflictMarker(_ content: some LineBytes) -> Bool {
        guard let first = content.first, first == 60 || first == 124 || first == 61 || first == 62,
              content.count >= 7, content.prefix(7).allSatisfy({ $0 == first }) else { return false }
        let rest = content.dropFirst(7)
        if first == 61 { return rest.allSatisfy(TaskLineSyntax.isBlank) }
        return rest.first.map(TaskLineSyntax.isBlank) ?? true
    }

    /// The fence character when a line (from its first non-blank byte) opens or closes a
    /// code block: three or more backticks or tildes.
    static func fence(_ text: some LineBytes) -> UInt8? {
        guard let first = text.first, first == 96 || first == 126, text.count >= 3,
              text.prefix(3).allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// The level of a heading line (`## Mảng` is 2), or nil when `#` does not start a heading.
    static func headingLevel(_ content: some LineBytes) -> Int? {
        let hashes = content.prefix(while: { $0 == 35 }).count
        guard hashes <= 6 else { return nil }
        let after = content.startIndex + hashes
        guard after == content.endIndex || TaskLineSyntax.isBlank(content[after]) else { return nil }
        return hashes
    }

    /// Indentation in columns, a tab advancing to the next multiple of four.
    static func indentColumns(_ content: some LineBytes) -> Int {
        var columns = 0
        for byte in content {
            if byte == 32 { columns += 1 } else if byte == 9 { columns = (columns / 4 + 1) * 4 } else { break }
        }
        return columns
    }
}

/// An `id:` token after the first on a task line: always a duplicate.
struct ExtraId: Sendable {
    /// The line.
    var line: Int
    /// The value as written.
    var value: String
    /// The byte offset of the token.
    var offset: Int
    /// The value's key.
    var key: TaskId
}
