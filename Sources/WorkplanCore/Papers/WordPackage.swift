/// A paper as the bytes of a `.docx` file: its parts zipped with ZIPFoundation, in memory, so
/// that the store writes the whole file at once or not at all.
public enum WordPackage {
    /// Why a package could not be made.
    public struct Failure: Error, Sendable {
        /// What the zip library said, or which part went wrong.
        public let reason: String
    }

    /// The file's bytes.
    public static func bytes(of paper: Paper) throws(Failure) -> [UInt8] {
        try ZipParts.bytes(WordDocument(paper: paper).parts)
    }
}
