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
/// content types first, as readers expect).
enum ZipParts {
    static func bytes(_ parts: [(path: String, xml: String)]) throws(WordPackage.Failure) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.xml.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: fixedDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
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
