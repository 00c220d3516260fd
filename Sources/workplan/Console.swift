import SystemPackage
import WorkplanCore

/// Where the command's words go: results to standard output, messages to standard error.
/// A closed output (a pipe whose reader has gone) ends nothing but the writing.
enum Console {
    /// Writes text to standard output as it is.
    static func out(_ text: String) {
        out(bytes: Array(text.utf8))
    }

    /// Writes bytes to standard output as they are.
    static func out(bytes: [UInt8]) {
        _ = try? FileDescriptor.standardOutput.writeAll(bytes)
    }

    /// Writes one message line to standard error, made safe for the terminal: a message may
    /// quote a title, a unit or a path from the file.
    static func error(_ line: String) {
        _ = try? FileDescriptor.standardError.writeAll(Array((TextForm.visibleLines(line) + "\n").utf8))
    }
}
