import Foundation
import Glibc

/// A folder of its own for one test, made with mkdtemp and removed by `remove()` or when the
/// last reference to it goes. Tests copy the plan files they use into it, never editing the
/// originals.
final class TemporaryFolder {
    /// The folder's real path (short enough for a tmux socket inside it).
    let path: String

    /// Makes a new empty folder under TMPDIR (or /tmp when TMPDIR's path is too long for a
    /// socket).
    init(prefix: String = "workplan-e2e") throws {
        var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if base.isEmpty || base.utf8.count > 60 { base = "/tmp" }
        var template = Array("\(base)/\(prefix)-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw HarnessError("mkdtemp under \(base) failed: errno \(errno)") }
        let madePath = String(cString: made)
        guard let resolved = realpath(madePath, nil) else {
            path = madePath
            return
        }
        defer { free(resolved) }
        path = String(cString: resolved)
    }

    deinit {
        remove()
    }

    /// Copies a file into the folder under `name`; returns the copy's path.
    @discardableResult
    func copy(_ source: String, as name: String) throws -> String {
        let destination = path + "/" + name
        do {
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw HarnessError("could not copy \(source) to \(destination): \(error)")
        }
        return destination
    }

    /// The text of a file in the folder, or nil when it cannot be read.
    func text(of name: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// True when the folder still exists.
    var exists: Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
