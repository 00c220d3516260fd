import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Runs the first pass of reading, `LineShape.read`, over the lines of a file on every core:
/// the file is cut at line boundaries into one part per core, and each part is read and
/// checked for valid UTF-8 on its own. Task slots are written straight into one array with
/// a place per line, which the pass in file order then packs into the plan's slots.
enum LineReader {
    /// The shapes of one part's lines, and whether its bytes were valid UTF-8 without NUL.
    struct Part: Sendable {
        /// The lines of this part.
        var lines: Range<Int>
        /// Their shapes, in order.
        var shapes: [LineShape]
        /// True when the part's bytes are valid UTF-8 and hold no NUL byte.
        var isClean: Bool
        /// The problems of its task lines.
        var problems: [Problem]
        /// The second and later `id:` tokens of its task lines, in line order.
        var extraIds: [ExtraId]
    }

    /// What the first pass leaves: the parts, and per line a slot and an id hash (meaningful
    /// for task lines only).
    struct Reading: Sendable {
        /// The parts, in file order.
        var parts: [Part]
        /// A slot per line.
        var lineSlots: [TaskSlot]
        /// The hash of each task line's first id.
        var fingerprints: [UInt64]
    }

    /// Buffers written by several threads at once, each in its own range of lines.
    private struct SharedOutput: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<TaskSlot>
        let fingerprints: UnsafeMutableBufferPointer<UInt64>
    }

    /// Files smaller than this are read on one thread: starting threads would cost more.
    private static let parallelThreshold = 1 << 20

    /// Reads every line of `text`, in parts that together cover all lines in order: one part
    /// per core for a large file, or `parts` when given.
    static func read(_ text: PlanText, codes: DeclaredCodes, parts: Int? = nil) -> Reading {
        let spans = text.spans
        let store = text.store
        let automatic = store.count < parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let ranges = cut(spans, into: max(1, parts ?? automatic))
        let results = Mutex<[Int: Part]>([:])
        var fingerprints: [UInt64] = []
        let lineSlots = [TaskSlot](unsafeUninitializedCapacity: spans.count) { slots, slotCount in
            fingerprints = [UInt64](unsafeUninitializedCapacity: spans.count) { hashes, hashCount in
                let output = SharedOutput(slots: slots, fingerprints: hashes)
                if ranges.count == 1, let only = ranges.first {
                    let part = read(only, spans: spans, store: store, codes: codes, into: output)
                    results.withLock { $0[0] = part }
                } else {
                    DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
                        let part = read(ranges[index], spans: spans, store: store, codes: codes, into: output)
                        results.withLock { $0[index] = part }
                    }
                }
                hashCount = spans.count
            }
            slotCount = spans.count
        }
        let parts = results.withLock { parts in ranges.indices.compactMap { parts[$0] } }
        return Reading(parts: parts, lineSlots: lineSlots, fingerprints: fingerprints)
    }

    /// Reads one part, writing the slots and hashes of its lines.
    private static func read(_ lines: Range<Int>, spans: [PlanText.Span], store: [UInt8], codes: DeclaredCodes,
                             into output: SharedOutput) -> Part {
        store.withUnsafeBufferPointer { buffer in
            var shapes: [LineShape] = []
            shapes.reserveCapacity(lines.count)
            var problems: [Problem] = []
            var extraIds: [ExtraId] = []
            var inFileOrder = true
            var previousEnd: UInt32 = 0
            for line in lines {
                let span = spans[line]
                inFileOrder = inFileOrder && span.start >= previousEnd
                previousEnd = span.end
                var slot = TaskSlot.none
                var fingerprint: UInt64 = 0
                shapes.append(LineShape.read(buffer[Int(span.start)..<Int(span.end)], line: line, codes: codes,
                                             slot: &slot, fingerprint: &fingerprint,
                                             problems: &problems, extraIds: &extraIds))
                output.slots.initializeElement(at: line, to: slot)
                output.fingerprints.initializeElement(at: line, to: fingerprint)
            }
            // Lines read from a file lie in order in the store; after an edit in place a line's
            // bytes sit at the end of the store, so each line is checked on its own.
            let isClean = inFileOrder
                ? TextValidation.isClean(buffer[lines.isEmpty ? 0..<0
                    : Int(spans[lines.lowerBound].start)..<Int(spans[lines.upperBound - 1].end)])
                : lines.allSatisfy { TextValidation.isClean(buffer[Int(spans[$0].start)..<Int(spans[$0].end)]) }
            return Part(lines: lines, shapes: shapes, isClean: isClean, problems: problems, extraIds: extraIds)
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
