import Foundation
import Testing

/// The programs on PATH that end-to-end tests drive: tmux for the interface, LibreOffice and
/// poppler's tools to read back the office's papers as a clerk's computer would.
enum Programs {
    /// The path of a program found on PATH, or nil.
    static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// True when LibreOffice (`soffice`), `pdftotext` and `pdfinfo` are installed, or when running
    /// in CI, which installs them (there a missing one fails the tests rather than skipping them).
    static var canReadPapers: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || ["soffice", "pdftotext", "pdfinfo", "python3"].allSatisfy { path($0) != nil }
    }

    /// Why the papers' tests are skipped.
    static let papersNote: Comment = """
        LibreOffice, poppler-utils or Python is not installed: the papers are read back by converting them to PDF \
        and the workbooks with openpyxl (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; \
        pip install openpyxl)
        """
}
