/// Finding a `LineBlockEdit` in a plan and applying it. Lines are compared byte for byte.
///
/// Endings: lines that the edit keeps (the same bytes at the start or the end of `old` and
/// `new`) keep their own endings; changed lines take the endings of the lines they replace,
/// one for one, and added lines the file's usual ending. The ending of the block's last line
/// stays at the block's end, so a file without a final line ending keeps having none, and
/// applying an edit's inverse gives back the bytes of a file whose lines all end alike.
extension Plan {
    /// The line where the edit's `old` lines are now: `start` when they are still there byte for
    /// byte, else the one place they occur (searching the whole file), else nil (they changed or
    /// occur several times). An edit without `old` lines is found at `start` when the file has
    /// that many lines.
    public func locate(_ edit: LineBlockEdit) -> Int? {
        guard !edit.old.isEmpty else { return (0...text.lineCount).contains(edit.start) ? edit.start : nil }
        let lines = edit.old.map { Array($0.utf8) }
        let last = editLineCount - lines.count
        guard last >= 0 else { return nil }
        if (0...last).contains(edit.start), matches(lines, at: edit.start) { return edit.start }
        var found: Int?
        for candidate in 0...last where matches(lines, at: candidate) {
            if found != nil { return nil }
            found = candidate
        }
        return found
    }

    /// Applies the edit where `locate` finds it, and returns it with the start it was applied at.
    /// Throws `EditError.linesChanged` when the old lines are not found.
    @discardableResult
    public mutating func apply(_ edit: LineBlockEdit) throws(EditError) -> LineBlockEdit {
        guard let start = locate(edit) else { throw .linesChanged }
        var placed = edit
        placed.start = start
        guard !edit.changesNothing else { return placed }
        let lines = edit.new.map { Array($0.utf8) }
        if !rewriteTaskLine(at: start, count: edit.old.count, with: lines) {
            replaceLines(start, count: edit.old.count, with: lines)
        }
        return placed
    }

    /// The number of lines an edit can name: the file's lines, and the empty line after a final
    /// line ending (or the one empty line of an empty file).
    var editLineCount: Int {
        let count = text.lineCount
        return count == 0 || text.ending(count - 1) != .none ? count + 1 : count
    }

    /// A line's bytes without its ending; empty for the line after the file's last.
    func editContent(_ line: Int) -> ArraySlice<UInt8> {
        line < text.lineCount ? text.content(line) : []
    }

    /// A line's text without its ending; empty for the line after the file's last.
    func editString(_ line: Int) -> String {
        String(decoding: editContent(line), as: UTF8.self)
    }

    /// How a line ends; none for the line after the file's last.
    private func editEnding(_ line: Int) -> LineEnding {
        line < text.lineCount ? text.ending(line) : .none
    }

    /// True when the lines from `start` have exactly these bytes.
    private func matches(_ lines: [[UInt8]], at start: Int) -> Bool {
        lines.indices.allSatisfy { offset in
            let content = editContent(start + offset)
            return content.count == lines[offset].count && content.elementsEqual(lines[offset])
        }
    }

    /// Replaces `count` lines from `start` with `lines` (see the endings above), then reads the
    /// plan again. Every other line keeps its bytes and its ending.
    mutating func replaceLines(_ start: Int, count: Int, with lines: [[UInt8]]) {
        let end = start + count
        var kept = 0
        while kept < min(count, lines.count), editContent(start + kept).elementsEqual(lines[kept]) { kept += 1 }
        var keptAtEnd = 0
        while keptAtEnd < min(count, lines.count) - kept,
              editContent(end - 1 - keptAtEnd).elementsEqual(lines[lines.count - 1 - keptAtEnd]) {
            keptAtEnd += 1
        }
        var writer = LineWriter(usual: text.usualEnding, capacity: text.store.count + lines.count * 64)
        if text.hasByteOrderMark { writer.bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for line in 0..<min(start, text.lineCount) { writer.write(text.content(line), text.ending(line)) }
        for (offset, content) in lines.enumerated() {
            let keptLine: Int? = offset < kept ? start + offset
                : offset >= lines.count - keptAtEnd ? end - (lines.count - offset) : nil
            let replaced: Int? = keptLine ?? (offset < count - keptAtEnd ? start + offset : nil)
            let own = replaced.map(editEnding) ?? .none
            let ending: LineEnding
            if offset == lines.count - 1 {
                let blockEnding = count > 0 ? editEnding(end - 1) : writer.usual
                ending = blockEnding == .none || keptLine == nil ? blockEnding : own
            } else {
                ending = own == .none ? writer.usual : own
            }
            writer.write(content[...], ending)
        }
        for line in min(end, text.lineCount)..<text.lineCount { writer.write(text.content(line), text.ending(line)) }
        self = PlanParser(text: PlanText(bytes: writer.bytes)).parse()
    }

    /// The fast way to apply an edit that changes one task line and nothing else: the line is
    /// written by `rewrite`, which refreshes only that task's slot, the id index and the line's
    /// problems. False when the edit is not such an edit, or when `rewrite` could not write the
    /// very bytes (other indentation, spacing or bullet, a line that is no task any more): the
    /// caller then replaces the lines and reads the plan again.
    private mutating func rewriteTaskLine(at start: Int, count: Int, with lines: [[UInt8]]) -> Bool {
        guard count == lines.count else { return false }
        let changed = (0..<count).filter { !editContent(start + $0).elementsEqual(lines[$0]) }
        guard changed.count == 1, let offset = changed.first, start + offset < text.lineCount,
              let task = taskIndex(line: start + offset + 1) else { return false }
        let line = start + offset
        let target = lines[offset][...]
        let current = text.content(line)
        guard let wanted = TaskLineSyntax(target), let had = TaskLineSyntax(current) else { return false }
        let mark = Plan.part(target, wanted.markStart, wanted.markEnd)
        let title = Plan.part(target, wanted.titleStart, wanted.titleEnd)
        let sameMark = mark.elementsEqual(Plan.part(current, had.markStart, had.markEnd))
        let sameTitle = title.elementsEqual(Plan.part(current, had.titleStart, had.titleEnd))
        let status = String(decoding: mark, as: UTF8.self).first.flatMap { TaskStatus(mark: $0) }
        guard sameMark || status != nil else { return false }
        _ = rewrite(task: task, status: sameMark ? nil : status, title: sameTitle ? nil : TaskTitle.unescape(title),
                    fields: TaskParts.fields(Plan.part(target, wanted.fieldsStart, wanted.trailingStart)))
        return text.content(line).elementsEqual(target)
    }

    /// The bytes of a line from one offset to another.
    private static func part(_ line: ArraySlice<UInt8>, _ from: Int, _ upTo: Int) -> ArraySlice<UInt8> {
        line[(line.startIndex + from)..<(line.startIndex + upTo)]
    }
}

/// Writes lines one after the other into the bytes of a file. A line without an ending that
/// is followed by another gets the usual ending, so that lines never run together.
private struct LineWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []
    /// The ending for lines that need one and have none of their own.
    let usual: LineEnding
    /// True when the last line written has no ending.
    private var open = false

    /// A writer with room for about `capacity` bytes.
    init(usual: LineEnding, capacity: Int) {
        self.usual = usual
        bytes.reserveCapacity(capacity + capacity / 32 + 4096)
    }

    /// Writes a line and its ending (`fitting` the content: a line ending in a lone carriage
    /// return keeps it).
    mutating func write(_ content: ArraySlice<UInt8>, _ ending: LineEnding) {
        if open { bytes.append(contentsOf: usual.fitting(after: last).bytes) }
        bytes.append(contentsOf: content)
        bytes.append(contentsOf: ending.fitting(after: content).bytes)
        open = ending == .none
        last = content
    }

    /// The content of the line written last.
    private var last: ArraySlice<UInt8> = []
}
