import Foundation
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// `P` writes the office's paper of what is on screen beside the plan, through the runtime on a
/// real file: the plan from the tree, the report from its screen, the minutes from a meeting's
/// summary; the screen says where each went, and a paper already there is never written over.
@Suite("Papers from the keyboard")
@MainActor
struct PaperKeyTests {
    /// True when a file is a zip archive (a Word document is one).
    private func isZip(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        return data.count > 1000 && data.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    @Test("P on the tree writes the plan, on the report screen the report, on a meeting's summary its minutes")
    func papers() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        let folder = fixture.folder.path
        fixture.press(.text("P"))
        #expect(isZip(folder + "/ke-hoach-2021.docx"))
        #expect(fixture.screen.contains("Đã ghi ke-hoach-2021.docx cạnh plan.md"))

        fixture.press(.text("P"))
        #expect(isZip(folder + "/ke-hoach-2021-2.docx"), "the second paper does not write over the first")

        fixture.press(.text("B"))
        #expect(!fixture.screen.contains("Đã ghi"), "the report screen opens with its keys")
        #expect(fixture.screen.contains("P: in báo cáo (Word)"))
        fixture.press(.text("P"))
        #expect(isZip(folder + "/bao-cao-2021-10-29.docx"))
        #expect(fixture.terminal.screen.lines.last?.contains("Đã ghi bao-cao-2021-10-29.docx cạnh plan.md") == true)
        fixture.press(.down)
        #expect(fixture.screen.contains("P: in báo cáo (Word)"), "the keys come back at the next key")
        fixture.press(.escape)

        var agenda = TreeFilter()
        agenda.status = .open
        #expect(fixture.runtime.beginMeeting(agenda: agenda))
        fixture.press(.enter, .enter, .enter, .enter, .enter, .enter, .enter, .right, .text("q"), .text("q"))
        guard case let .review(review) = fixture.runtime.state.mode, review.stage == .summary else {
            Issue.record("the meeting did not end on its summary")
            return
        }
        #expect(fixture.screen.contains("P: in biên bản (Word)"))
        fixture.press(.text("P"))
        #expect(isZip(folder + "/bien-ban-2021-10-29.docx"))
        #expect(fixture.terminal.screen.lines.last?.contains("Đã ghi bien-ban-2021-10-29.docx cạnh plan.md") == true)
    }

    @Test("a paper that cannot be written says why, and the plan is untouched")
    func unwritable() throws {
        let fixture = try RuntimeFixture()
        defer { fixture.folder.remove() }
        // A link to nowhere takes the paper's name: the store does not guess where to create it.
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.path + "/ke-hoach-2021.docx",
                                                   withDestinationPath: fixture.folder.path + "/gone/ke-hoach.docx")
        fixture.press(.text("P"))
        let message = fixture.runtime.state.message
        #expect(message?.isError == true, "\(String(describing: message))")
        #expect(message?.text.hasPrefix("Không ghi được văn bản: ") == true, "\(String(describing: message))")
        #expect(try fixture.text() == fixture.original)
    }
}
