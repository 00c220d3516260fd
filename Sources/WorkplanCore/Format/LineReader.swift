import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Runs the first pass of reading, `LineShape.read`, over the lines of a file on every core:
/// the file is cut at line boundaries into one part per core, and each part is read and
/// checked for valid UTF-8 on its own.
enum LineReader {
    /// The shapes of one part's lines, and whether its bytes were valid UTF-8 without NUL.
    struct Part: Sendable {
        /// The lines of this part.
        var lines: Range<Int>
        /// Their shapes, in order.
        var shapes: [LineShape]
        /// True when the part's bytes are valid UTF-8 and hold no NUL byte.
        var isClean: Bool
        /// Its task lines, read, in order.
        var tasks: [ReadTask]
        /// The problems of its task lines.
        var problems: [Problem]
        /// The second and later `id:` tokens of its task lines, in line order.
        var extraIds: [ExtraId]
    }

    /// Files smaller than this are read on one thread: starting threads would cost more.
    private static let parallelThreshold = 1 << 20

    /// Reads every line of `text`, in parts that together cover all lines in order: one part
    /// per core for a large file, or `parts` when given.
    static func read(_ text: PlanText, units: [[UInt8]], parts: Int? = nil) -> [Part] {
        let spans = text.spans
        let store = text.store
        let automatic = store.count < parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let partCount = max(1, parts ?? automatic)
        let ranges = cut(spans, into: partCount)
        if ranges.count == 1, let only = ranges.first {
            return [read(only, spans: spans, store: store, units: units)]
        }
        let results = Mutex<[Int: Part]>([:])
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            let part = read(ranges[index], spans: spans, store: store, units: units)
            results.withLock { $0[index] = part }
        }
        return results.withLock { parts in ranges.indices.compactMap { parts[$0] } }
    }

    /// Reads one part.
    private static func read(_ lines: Range<Int>, spans: [PlanText.Span], store: [UInt8], units: [[UInt8]]) -> Part {
        store.withUnsafeBufferPointer { buffer in
            var shapes: [LineShape] = []
            shapes.reserveCapacity(lines.count)
            var tasks: [ReadTask] = []
            tasks.reserveCapacity(lines.count)
            var problems: [Problem] = []
            var extraIds: [ExtraId] = []
            for line in lines {
                let span = spans[line]
                shapes.append(LineShape.read(buffer[Int(span.start)..<Int(span.end)], line: line, units: units,
                                             tasks: &tasks, problems: &problems, extraIds: &extraIds))
            }
            let bytes = lines.isEmpty ? 0..<0 : Int(spans[lines.lowerBound].start)..<Int(spans[lines.upperBound - 1].end)
            return Part(lines: lines, shapes: shapes, isClean: TextValidation.isClean(buffer[bytes]),
                        tasks: tasks, problems: problems, extraIds: extraIds)
        }
    }

    /// Cuts the lines into at most `count` ranges of about the same number of bytes.
    private static func cut(_ spans: [PlanText.Span], into count: Int) -> [Range<Int>] {
        guard count > 1, let last = spans.last, let first = spans.first else { return [0..<spans.count] }
        let total = Int(last.end) - Int(first.start)
        var ranges: [Range<Int>] = []
        var start = 0
        for part in 1..<count {
            let target = UInt32(Int(first.start) + total * part / count)
            var low = start
            var high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].start < target { low = middle + 1 } else { high = middle }
            }
            if low > start { ranges.append(start..<low) }
            start = low
        }
        ranges.append(start..<spans.count)
        return ranges
    }
}
