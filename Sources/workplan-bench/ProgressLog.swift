import Foundation

/// Progress lines on standard error, so that standard output keeps only the tables.
enum ProgressLog {
    /// Writes `workplan-bench: TEXT` and a newline on standard error.
    static func say(_ text: String) {
        FileHandle.standardError.write(Data(("workplan-bench: " + text + "\n").utf8))
    }
}
