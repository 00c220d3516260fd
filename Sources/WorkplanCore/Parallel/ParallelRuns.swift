import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Work over many items cut into runs of consecutive items, one run per core, each done on its
/// own thread; the runs' results come back in the items' order. A plan of 100,000 tasks is
/// reported on and searched this way on every core, and a small one on the calling thread,
/// since starting threads costs more than it saves.
enum ParallelRuns {
    /// The result of `body` for each run of `0..<count`, in order: `parts` runs when given,
    /// else one per core (at most 8) when `count` reaches `threshold`, else a single run.
    static func map<Result: Sendable>(_ count: Int, parts: Int? = nil, threshold: Int,
                                      _ body: @Sendable (Range<Int>) -> Result) -> [Result] {
        let cores = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        let parts = max(1, parts ?? (count < threshold ? 1 : cores))
        let ranges = (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
        if parts == 1 { return [body(0..<count)] }
        let made = Mutex<[Int: Result]>([:])
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let result = body(ranges[part])
            made.withLock { $0[part] = result }
        }
        return made.withLock { made in ranges.indices.compactMap { made[$0] } }
    }
}

/// A buffer read by several threads at once and written by none while they run: the bytes of
/// a plan's store, seen without counting references, handed to the runs of `ParallelRuns`.
struct SharedBytes: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
}
