#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ZIPFoundation

/// A paper as the bytes of a `.docx` file: its parts zipped with ZIPFoundation, in memory, so
/// that the store writes the whole file at once or not at all.
public enum WordPackage {
    /// Why a package could not be made.
    public struct Failure: Error, Sendable {
        /// What the zip library said.
        public let reason: String
    }

    /// The file's bytes.
    public static func bytes(of paper: Paper) throws(Failure) -> [UInt8] {
        try ZipParts.bytes(WordDocument(paper: paper).parts)
    }
}

/// The parts of an Office package zipped in memory, each compressed, in the order given (the
/// content types first, as readers expect). A part comes in chunks, read by the zip library in
/// order without ever being joined.
enum ZipParts {
    static func bytes(_ parts: [(path: String, bytes: [[UInt8]])]) throws(WordPackage.Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                var reader = ChunkReader(chunks: part.bytes)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(reader.total),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    reader.read(from: Int(position), count: size)
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
