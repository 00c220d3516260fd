import Foundation
import Testing

@testable import WorkplanCore

/// Reading a file and writing it back without edits gives the same bytes, whatever they are.
@Suite("Round trip")
struct RoundTripTests {
    /// The fixtures the corpus must hold, so that a missing file fails loudly.
    static let expectedFixtures = [
        "blank-lines.md", "bom-crlf.md", "bom-only.md", "bom.md", "builtin.md", "crlf-no-final-newline.md",
        "crlf.md", "deep-nesting.md", "empty.md", "escaped-colon.md", "field-order.md", "free-text.md",
        "latin1.md", "long-line.md", "mixed-endings.md", "nfd.md", "no-final-newline.md", "nul-byte.md",
        "odd-indent.md", "only-blank-lines.md", "tabs.md", "trailing-spaces.md", "unknown-fields.md",
        "report.md", "unnamed-track.md", "units-en.md", "units-vi.md",
    ]

    @Test("the corpus holds every fixture")
    func corpusIsComplete() throws {
        let names = try Fixtures.names()
        for name in Self.expectedFixtures {
            #expect(names.contains(name), "missing fixture \(name)")
        }
    }

    @Test("every fixture reads and writes back byte for byte", arguments: expectedFixtures)
    func fixture(name: String) throws {
        let bytes = try Fixtures.bytes(name)
        let plan = Plan(bytes: bytes)
        #expect(plan.bytes == bytes)
        #expect(plan.lineBytes.joined().count + (plan.text.hasByteOrderMark ? 3 : 0) == bytes.count)
    }

    @Test("every file found in Fixtures/ round-trips")
    func wholeFolder() throws {
        let names = try Fixtures.names()
        #expect(names.count >= Self.expectedFixtures.count)
        for name in names {
            let bytes = try Fixtures.bytes(name)
            #expect(Plan(bytes: bytes).bytes == bytes, "\(name) changed on a round trip")
        }
    }

    @Test("the fixtures hold the byte-level features they are named for")
    func fixturesAreWhatTheySay() throws {
        let crlf = try Fixtures.bytes("crlf.md")
        #expect(crlf.count(where: { $0 == 10 }) == crlf.count(where: { $0 == 13 }))
        #expect(try Fixtures.bytes("bom.md").starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try Fixtures.bytes("bom-only.md") == [0xEF, 0xBB, 0xBF])
        #expect(try Fixtures.bytes("empty.md").isEmpty)
        #expect(try Fixtures.bytes("no-final-newline.md").last != 10)
        #expect(try Fixtures.bytes("crlf-no-final-newline.md").last != 10)
        #expect(try Fixtures.bytes("nul-byte.md").contains(0))
        #expect(try Fixtures.bytes("latin1.md").contains(0xE9))
        let nfd = String(decoding: try Fixtures.bytes("nfd.md"), as: UTF8.self)
        #expect(!TextForm.isNFC(nfd))
        let long = try Fixtures.plan("long-line.md")
        let title = try #require(long.tasks.first?.title)
        #expect(title.count == 10_000)
        #expect(long.note(of: 0).count == 10_000)
    }

    @Test("line endings are kept per line")
    func endings() throws {
        let plan = try Fixtures.plan("mixed-endings.md")
        let endings = (0..<plan.text.lineCount).map { plan.text.ending($0) }
        #expect(endings == [.crlf, .lf, .crlf, .lf, .crlf, .crlf, .lf, .crlf, .none])
        // A CR before CR LF stays in the line; a lone CR is part of the line's text.
        #expect(plan.text.content(4).last == 13)
        #expect(plan.text.string(8) == "dòng cuối với CR đơn\r")
        #expect(plan.text.usualEnding == .crlf)
        #expect(try Fixtures.plan("no-final-newline.md").text.ending(2) == LineEnding.none)
    }

    @Test("a byte order mark is kept and is not part of the first line")
    func byteOrderMark() throws {
        let plan = try Fixtures.plan("bom.md")
        #expect(plan.text.hasByteOrderMark)
        #expect(plan.title == "Kế hoạch có BOM")
        #expect(plan.text.string(0) == "# Kế hoạch có BOM")
        let only = try Fixtures.plan("bom-only.md")
        #expect(only.text.hasByteOrderMark)
        #expect(only.text.lineCount == 0)
        #expect(only.tasks.isEmpty)
        #expect(only.bytes == [0xEF, 0xBB, 0xBF])
    }

    @Test("empty and blank files have nothing in them but their lines")
    func emptyFiles() throws {
        let empty = try Fixtures.plan("empty.md")
        #expect(empty.text.lineCount == 0)
        #expect(empty.title == nil)
        #expect(empty.tracks.isEmpty)
        #expect(empty.tasks.isEmpty)
        #expect(empty.problems.isEmpty)
        #expect(empty.bytes.isEmpty)
        let blank = try Fixtures.plan("only-blank-lines.md")
        #expect(blank.text.lineCount == 6)
        #expect(blank.tasks.isEmpty)
        #expect(blank.tracks.isEmpty)
        #expect(blank.problems.isEmpty)
    }

    @Test("invalid UTF-8 is kept byte for byte, shown with replacement characters")
    func invalidBytes() throws {
        let bytes = try Fixtures.bytes("latin1.md")
        let plan = Plan(bytes: bytes)
        #expect(!plan.isValidUTF8)
        #expect(plan.bytes == bytes)
        #expect(plan.tasks.count == 2)
        #expect(plan.tasks.first?.title == "Caf\u{FFFD} r\u{FFFD}sum\u{FFFD}")
        #expect(plan.tasks.first?.id == "LA1")
    }

    @Test("NUL bytes are kept")
    func nul() throws {
        let bytes = try Fixtures.bytes("nul-byte.md")
        let plan = Plan(bytes: bytes)
        #expect(plan.bytes == bytes)
        #expect(plan.isValidUTF8)
        #expect(plan.tasks.first?.title == "Việc\u{0} có NUL")
    }

    @Test("the built-in plan's text round-trips")
    func builtin() {
        let bytes = Array(BuiltinPlan.text.utf8)
        #expect(Plan(bytes: bytes).bytes == bytes)
        #expect(Plan(BuiltinPlan.text).bytes == bytes)
    }
}
