#if canImport(Glibc)
import Glibc
#endif
import WorkplanCore

/// Where standard error goes while the full screen is up (anything written there would be lost
/// with the screen): a file of its own, whose words are passed on to standard error, made safe
/// for the terminal, when the screen is closed. After a crash the file stays, with the message
/// and the backtrace.
///
/// The file is created exclusively in a folder only this user may enter, never at a name in
/// `/tmp` that another local user could create first and fill with terminal escapes.
struct TerminalLog {
    /// The file's path (created by the screen's `StandardErrorLog`, exclusively).
    let path: String
    /// The folder made for the log by `mkdtemp` when no private folder could be had, removed
    /// with the log.
    private var madeFolder: String?

    /// A log in the first private folder that can be had: `$XDG_RUNTIME_DIR/workplan`, else
    /// `$XDG_STATE_HOME/workplan` (`~/.local/state/workplan`), else a new folder made by
    /// `mkdtemp` in `$TMPDIR` or `/tmp`; named after the process and the time.
    init(environment: [String: String]) {
        let name = "/workplan-\(getpid())-\(time(nil)).log"
        let candidates = [
            environment["XDG_RUNTIME_DIR"].map { $0 + "/workplan" },
            environment["XDG_STATE_HOME"].map { $0 + "/workplan" },
            environment["HOME"].map { $0 + "/.local/state/workplan" },
        ].compactMap { $0 }.filter { $0.hasPrefix("/") }
        for folder in candidates where Self.makePrivate(folder) {
            path = folder + name
            madeFolder = nil
            return
        }
        let temporary = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((temporary + "/workplan-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkdtemp($0) != nil } ?? false
        }
        let folder = made ? String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) : temporary
        path = folder + name
        madeFolder = made ? folder : nil
    }

    /// Makes the folder (and its parents) when missing; true when it is a real folder owned by
    /// this user that no one else may enter.
    private static func makePrivate(_ folder: String) -> Bool {
        var parts = ""
        for component in folder.split(separator: "/") {
            parts += "/" + component
            _ = mkdir(parts, 0o700)
        }
        var status = stat()
        guard lstat(folder, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFDIR && status.st_uid == geteuid() && status.st_mode & 0o077 == 0
    }

    /// Writes what was logged to standard error and removes the file.
    func relay() {
        if let bytes = try? PlanStore().read(path).bytes, !bytes.isEmpty {
            Console.error(String(decoding: bytes, as: UTF8.self).trimmingSuffixNewline)
        }
        unlink(path)
        if let madeFolder { rmdir(madeFolder) }
    }
}

private extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
