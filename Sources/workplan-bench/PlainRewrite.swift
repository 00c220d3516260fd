import Foundation

/// The floor a save is measured against (issue 9, §6): a child that rewrites a file the plain
/// way, read whole, written to a temporary file beside it, fsync, rename, fsync of the folder,
/// with no lock, no check and no parsing. `workplan-bench --rewrite FILE` runs it.
enum PlainRewrite {
    /// Rewrites the file; 0 when it worked.
    static func run(_ path: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else { return 1 }
        let temporary = path + ".plain-rewrite"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return 1 }
        let written = data.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        guard written == data.count, fsync(descriptor) == 0, close(descriptor) == 0,
              rename(temporary, path) == 0 else { return 1 }
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return 1 }
        defer { close(folder) }
        return fsync(folder) == 0 ? 0 : 1
    }
}
