import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZIPFoundation

/// One part of an Office package: its path in the zip and its bytes, made already or written
/// while the zip compresses them.
struct ZipPart: Sendable {
    enum Content: Sendable {
        /// Bytes made already, in chunks.
        case made([[UInt8]])
        /// XML of a known length, written on another thread while the zip reads it: a sheet of
        /// 100,000 rows is compressed as it is written.
        case streamed(size: Int, write: @Sendable (inout XMLChunks) -> Void)
    }

    let path: String
    let content: Content
}

/// The parts of an Office package zipped in memory, each compressed, in the order given (the
/// content types first, as readers expect). A part comes in chunks, read by the zip library in
/// order without ever being joined.
enum ZipParts {
    static func bytes(_ parts: [(path: String, bytes: [[UInt8]])]) throws(WordPackage.Failure) -> [UInt8] {
        try bytes(parts.map { ZipPart(path: $0.path, content: .made($0.bytes)) })
    }

    static func bytes(_ parts: [ZipPart]) throws(WordPackage.Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                switch part.content {
                case let .made(chunks):
                    var reader = ChunkReader(chunks: chunks)
                    try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(reader.total),
                                         modificationDate: fixedDate, compressionMethod: .deflate,
                                         bufferSize: bufferSize) { position, size in
                        reader.read(from: Int(position), count: size)
                    }
                case let .streamed(size, write):
                    let stream = ChunkStream()
                    DispatchQueue.global().async {
                        var xml = XMLChunks(handingOffTo: stream)
                        write(&xml)
                        xml.end()
                    }
                    var reader = ChunkStreamReader(stream: stream)
                    try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(size),
                                         modificationDate: fixedDate, compressionMethod: .deflate,
                                         bufferSize: bufferSize) { position, count in
                        try reader.read(from: Int(position), count: count)
                    }
                    guard reader.isAtEnd() else {
                        throw WordPackage.Failure(reason: "\(part.path) is longer than the \(size) bytes it was measured at")
                    }
                }
            }
            guard let data = archive.data else { throw WordPackage.Failure(reason: "no data") }
            return [UInt8](data)
        } catch let failure as WordPackage.Failure {
            throw failure
        } catch {
            throw WordPackage.Failure(reason: String(describing: error))
        }
    }

    /// The zip library reads and compresses a part in pieces of this size (its default is 16 KB:
    /// a sheet of 40 MB would be thousands of calls).
    private static let bufferSize = 1 << 18

    /// Every part carries the same time, so that the same paper makes the same bytes.
    private static let fixedDate = Date(timeIntervalSince1970: 1_609_459_200)
}

/// Reads a run of chunks as if they were one run of bytes: the zip library asks for the next
/// piece at a position, one piece after another.
struct ChunkReader {
    let chunks: [[UInt8]]
    /// How many bytes the chunks hold.
    let total: Int
    /// The chunk the last read ended in, and where that chunk starts.
    private var chunk = 0
    private var chunkStart = 0

    init(chunks: [[UInt8]]) {
        self.chunks = chunks
        total = chunks.reduce(0) { $0 + $1.count }
    }

    /// `count` bytes from `position` (fewer at the end).
    mutating func read(from position: Int, count: Int) -> Data {
        if position < chunkStart {
            chunk = 0
            chunkStart = 0
        }
        while chunk < chunks.count, position >= chunkStart + chunks[chunk].count {
            chunkStart += chunks[chunk].count
            chunk += 1
        }
        var data = Data()
        data.reserveCapacity(count)
        var at = position
        var index = chunk
        var start = chunkStart
        while data.count < count, index < chunks.count {
            let piece = chunks[index]
            let offset = at - start
            let taken = min(piece.count - offset, count - data.count)
            piece.withUnsafeBufferPointer { buffer in
                data.append(UnsafeBufferPointer(rebasing: buffer[offset..<(offset + taken)]))
            }
            at += taken
            if offset + taken == piece.count {
                start += piece.count
                index += 1
            }
        }
        return data
    }
}
