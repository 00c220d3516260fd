#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How one line of a plan file ends.
public enum LineEnding: UInt8, Sendable {
    /// The last line of a file that does not end with a newline.
    case none
    /// `\n`.
    case lf
    /// `\r\n`.
    case crlf

    /// How many bytes the ending has.
    var length: Int {
        switch self {
        case .none: 0
        case .lf: 1
        case .crlf: 2
        }
    }

    /// The bytes of the ending.
    var bytes: [UInt8] {
        switch self {
        case .none: []
        case .lf: [10]
        case .crlf: [13, 10]
        }
    }

    /// The ending to write after `content`: a line whose content ends with a lone carriage
    /// return (a file that ends in one, say) would read back with LF after it as a CRLF line
    /// that lost that return, so it gets CRLF, and reads back as it was.
    func fitting(after content: some BidirectionalCollection<UInt8>) -> LineEnding {
        self == .lf && content.last == 13 ? .crlf : self
    }
}

/// The lines of a plan file, each kept byte for byte with its own ending.
///
/// Lines point into one append-only byte store: an edited line gets its new bytes appended
/// and its span moved, so unedited lines never change and no line costs its own allocation.
public struct PlanText: Sendable {
    /// Where one line's content lies in the store, and how the line ends.
    struct Span: Sendable {
        var start: UInt32
        var end: UInt32
        var ending: LineEnding
    }

    private(set) var store: [UInt8]
    private(set) var spans: [Span]
    /// True when the file starts with a UTF-8 byte order mark, which is kept.
    public private(set) var hasByteOrderMark: Bool

    /// Splits file bytes into lines without changing any of them.
    public init(bytes: [UInt8]) {
        store = bytes
        hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        spans = bytes.withUnsafeBufferPointer { buffer in
            PlanText.split(buffer, from: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        }
    }

    /// The spans of the lines in a buffer, found with `memchr`.
    private static func split(_ buffer: UnsafeBufferPointer<UInt8>, from first: Int) -> [Span] {
        guard let base = buffer.baseAddress, first < buffer.count else { return [] }
        let count = buffer.count
        var spans: [Span] = []
        spans.reserveCapacity(count / 48 + 16)
        var start = first
        while start < count, let found = memchr(base + start, 10, count - start) {
            let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            let crlf = index > start && buffer[index - 1] == 13
            spans.append(Span(start: UInt32(start), end: UInt32(crlf ? index - 1 : index), ending: crlf ? .crlf : .lf))
            start = index + 1
        }
        if start < count {
            spans.append(Span(start: UInt32(start), end: UInt32(count), ending: .none))
        }
        return spans
    }

    /// The number of lines.
    public var lineCount: Int { spans.count }

    /// The bytes of a line without its ending (and without the byte order mark).
    public func content(_ line: Int) -> ArraySlice<UInt8> {
        let span = spans[line]
        return store[Int(span.start)..<Int(span.end)]
    }

    /// The line's text without its ending, invalid UTF-8 shown as U+FFFD.
    public func string(_ line: Int) -> String {
        String(decoding: content(line), as: UTF8.self)
    }

    /// How a line ends.
    public func ending(_ line: Int) -> LineEnding { spans[line].ending }

    /// The ending most lines use, for lines the program adds.
    public var usualEnding: LineEnding {
        var crlf = 0
        var lf = 0
        for span in spans.prefix(64) {
            if span.ending == .crlf { crlf += 1 } else if span.ending == .lf { lf += 1 }
        }
        return crlf > lf ? .crlf : .lf
    }

    /// Replaces a line's content, keeping its ending (`fitting` the new content).
    public mutating func replace(line: Int, with content: [UInt8]) {
        let start = store.count
        store.append(contentsOf: content)
        spans[line].start = UInt32(start)
        spans[line].end = UInt32(store.count)
        spans[line].ending = spans[line].ending.fitting(after: content)
    }

    /// Inserts new lines before `line` (or at the end when `line == lineCount`), with the usual ending.
    public mutating func insert(_ lines: [[UInt8]], at line: Int) {
        let ending = usualEnding
        if line == spans.count, let last = spans.indices.last, spans[last].ending == .none {
            spans[last].ending = ending.fitting(after: store[Int(spans[last].start)..<Int(spans[last].end)])
        }
        var newSpans: [Span] = []
        for content in lines {
            let start = store.count
            store.append(contentsOf: content)
            newSpans.append(Span(start: UInt32(start), end: UInt32(store.count), ending: ending.fitting(after: content)))
        }
        spans.insert(contentsOf: newSpans, at: line)
    }

    /// Removes lines.
    public mutating func remove(lines: Range<Int>) {
        let lastRemoved = lines.upperBound == spans.count
        let endingOfLast = lines.isEmpty ? .lf : spans[lines.upperBound - 1].ending
        spans.removeSubrange(lines)
        if lastRemoved, endingOfLast == .none, let last = spans.indices.last {
            spans[last].ending = .none
        }
    }

    /// The file's bytes in as few pieces as the edits allow: lines that were never edited
    /// lie in the store one after the other with their endings, so a run of them is one piece.
    public var pieces: [ArraySlice<UInt8>] {
        var pieces: [ArraySlice<UInt8>] = []
        if hasByteOrderMark { pieces.append(store[0..<3]) }
        var runStart: Int?
        var runEnd = 0
        for span in spans {
            let start = Int(span.start)
            let end = Int(span.end)
            let withEnding = end + span.ending.length
            let endingInPlace = PlanText.ending(span.ending, standsIn: store, at: end)
            if let first = runStart, start == runEnd, endingInPlace {
                runEnd = withEnding
                runStart = first
                continue
            }
            if let first = runStart { pieces.append(store[first..<runEnd]) }
            if endingInPlace {
                runStart = start
                runEnd = withEnding
            } else {
                pieces.append(store[start..<end])
                pieces.append(ArraySlice(span.ending.bytes))
                runStart = nil
            }
        }
        if let first = runStart { pieces.append(store[first..<runEnd]) }
        return pieces
    }

    /// True when the bytes of `ending` follow position `end` in the store.
    private static func ending(_ ending: LineEnding, standsIn store: [UInt8], at end: Int) -> Bool {
        switch ending {
        case .none: true
        case .lf: end < store.count && store[end] == 10
        case .crlf: end + 1 < store.count && store[end] == 13 && store[end + 1] == 10
        }
    }

    /// The file's bytes: the byte order mark if there was one, then every line and its ending.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(store.count + 16)
        if hasByteOrderMark { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        for span in spans {
            out.append(contentsOf: store[Int(span.start)..<Int(span.end)])
            switch span.ending {
            case .none: break
            case .lf: out.append(10)
            case .crlf: out.append(contentsOf: [13, 10])
            }
        }
        return out
    }
}

extension PlanText {
    /// The lines (1-based) that are git's conflict markers, in any text file: what a merge
    /// left for a person to choose.
    var markerLines: [Int] {
        (0..<lineCount).filter { LineShape.isConflictMarker(content($0)) }.map { $0 + 1 }
    }
}
