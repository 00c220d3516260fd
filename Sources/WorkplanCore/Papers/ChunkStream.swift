import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// The chunks of one part of a package, written on one thread and read in order on another:
/// the zip compresses a sheet's first rows while its later rows are still being written, so
/// that a workbook of 100,000 rows takes the longer of the two, not their sum.
final class ChunkStream: Sendable {
    private struct State {
        var chunks: [[UInt8]] = []
        /// The first chunk not yet read.
        var next = 0
    }

    private let state = Mutex(State())
    /// Signalled once per chunk written and once at the end, so that each read waits once.
    private let signals = DispatchSemaphore(value: 0)

    /// Hands a chunk to the reader.
    func write(_ chunk: [UInt8]) {
        state.withLock { $0.chunks.append(chunk) }
        signals.signal()
    }

    /// Says that every chunk has been written.
    func end() {
        signals.signal()
    }

    /// The next chunk, waiting until it is written; nil once the writer has ended and every
    /// chunk has been read.
    func read() -> [UInt8]? {
        signals.wait()
        return state.withLock { state in
            guard state.next < state.chunks.count else { return nil }
            defer {
                // A read chunk's memory goes at once: the stream never holds the whole part.
                state.chunks[state.next] = []
                state.next += 1
            }
            return state.chunks[state.next]
        }
    }
}

/// Reads a `ChunkStream` as if it were one run of bytes, for the zip library, which asks for
/// the next piece at the position where the last one ended.
struct ChunkStreamReader {
    let stream: ChunkStream
    private var chunk: [UInt8] = []
    private var offset = 0
    /// How many bytes have been read.
    private(set) var position = 0

    init(stream: ChunkStream) {
        self.stream = stream
    }

    /// The next `count` bytes, which must start at `position`.
    mutating func read(from position: Int, count: Int) throws(WordPackage.Failure) -> Data {
        guard position == self.position else {
            throw WordPackage.Failure(reason: "a part was asked for at \(position), not at \(self.position)")
        }
        var data = Data()
        data.reserveCapacity(count)
        while data.count < count {
            if offset == chunk.count {
                guard let next = stream.read() else {
                    throw WordPackage.Failure(reason: "a part ended after \(self.position + data.count) bytes")
                }
                chunk = next
                offset = 0
                continue
            }
            let taken = min(chunk.count - offset, count - data.count)
            chunk.withUnsafeBufferPointer { buffer in
                data.append(UnsafeBufferPointer(rebasing: buffer[offset..<(offset + taken)]))
            }
            offset += taken
        }
        self.position += data.count
        return data
    }

    /// Whether the writer has ended with nothing left unread: a part longer than it said it
    /// would be is an error, never a file cut short.
    mutating func isAtEnd() -> Bool {
        guard offset == chunk.count else { return false }
        while let next = stream.read() {
            if !next.isEmpty { return false }
        }
        return true
    }
}
