#if canImport(Glibc)
import Glibc
#endif
import WorkplanCore

/// Where standard error goes while the full screen is up (anything written there would be lost
/// with the screen): a file of its own, whose words are passed on to standard error when the
/// screen is closed. After a crash the file stays, with the message and the backtrace.
struct TerminalLog {
    /// The file's path.
    let path: String

    /// A log file in `$TMPDIR` (or /tmp) named after the process.
    init(environment: [String: String]) {
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        path = folder + "/workplan-\(getpid()).log"
    }

    /// Writes what was logged to standard error and removes the file.
    func relay() {
        if let bytes = try? PlanStore().read(path).bytes, !bytes.isEmpty {
            Console.error(String(decoding: bytes, as: UTF8.self).trimmingSuffixNewline)
        }
        unlink(path)
    }
}

private extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
