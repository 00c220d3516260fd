import Foundation

/// A folder made with `mkdtemp` for the generated plans; `remove()` deletes it and everything in it.
struct TemporaryFolder {
    /// The folder's absolute path.
    let path: String

    /// Makes a new, empty folder under `$TMPDIR` (or `/tmp`).
    static func make() throws(BenchFailure) -> TemporaryFolder {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/workplan-bench.XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let start = buffer.baseAddress else { return false }
            return mkdtemp(start) != nil
        }
        guard made else {
            throw BenchFailure(message: "cannot make a temporary folder in \(base): \(String(cString: strerror(errno)))")
        }
        return TemporaryFolder(path: String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    /// The path of a file in the folder.
    func file(_ name: String) -> String {
        path + "/" + name
    }

    /// Writes a file in the folder.
    func write(_ bytes: [UInt8], to name: String) throws(BenchFailure) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
        } catch {
            throw BenchFailure(message: "cannot write \(file(name)): \(error.localizedDescription)")
        }
    }

    /// Deletes the folder and its contents; tells on standard error when it cannot.
    func remove() {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            FileHandle.standardError.write(Data("workplan-bench: could not remove \(path): \(error.localizedDescription)\n".utf8))
        }
    }
}
