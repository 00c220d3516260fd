import Testing

@testable import WorkplanCore

/// The lines of a file, each kept with its own ending.
@Suite("Plan text")
struct PlanTextTests {
    func text(_ string: String) -> PlanText {
        PlanText(bytes: Array(string.utf8))
    }

    func string(_ text: PlanText) -> String {
        String(decoding: text.bytes, as: UTF8.self)
    }

    @Test("lines split at LF and CRLF; the last line may have no ending")
    func split() {
        let lines = text("một\r\nhai\nba")
        #expect(lines.lineCount == 3)
        #expect((0..<3).map { lines.string($0) } == ["một", "hai", "ba"])
        #expect((0..<3).map { lines.ending($0) } == [.crlf, .lf, LineEnding.none])
        #expect(text("").lineCount == 0)
        #expect(text("\n").lineCount == 1)
        #expect(text("\n").string(0) == "")
        #expect(text("a\r").ending(0) == LineEnding.none)
        #expect(text("a\r").string(0) == "a\r")
    }

    @Test("replacing a line keeps its ending and every other line")
    func replace() {
        var lines = text("một\r\nhai\nba")
        lines.replace(line: 0, with: Array("MỘT".utf8))
        lines.replace(line: 2, with: Array("BA".utf8))
        #expect(string(lines) == "MỘT\r\nhai\nBA")
    }

    @Test("inserted lines take the usual ending; inserting at the end ends the old last line")
    func insert() {
        var crlf = text("a\r\nb\r\nc\n")
        crlf.insert([Array("x".utf8), Array("y".utf8)], at: 1)
        #expect(string(crlf) == "a\r\nx\r\ny\r\nb\r\nc\n")
        var open = text("a\nb")
        open.insert([Array("c".utf8)], at: 2)
        #expect(string(open) == "a\nb\nc\n")
        var empty = text("")
        empty.insert([Array("đầu".utf8)], at: 0)
        #expect(string(empty) == "đầu\n")
        #expect(text("").usualEnding == .lf)
        #expect(text("a\r\nb\nc\r\n").usualEnding == .crlf)
        #expect(text("a\r\nb\nc\n").usualEnding == .lf)
    }

    @Test("removing the last lines moves a missing final newline up")
    func remove() {
        var lines = text("a\nb\r\nc")
        lines.remove(lines: 2..<3)
        #expect(string(lines) == "a\nb")
        var middle = text("a\nb\r\nc")
        middle.remove(lines: 1..<2)
        #expect(string(middle) == "a\nc")
        var all = text("a\nb")
        all.remove(lines: 0..<2)
        #expect(string(all) == "")
        var none = text("a\nb")
        none.remove(lines: 2..<2)
        #expect(string(none) == "a\nb")
    }

    @Test("the byte order mark is kept apart from the first line")
    func byteOrderMark() {
        var lines = PlanText(bytes: [0xEF, 0xBB, 0xBF] + Array("# A\r\n".utf8))
        #expect(lines.hasByteOrderMark)
        #expect(lines.string(0) == "# A")
        lines.replace(line: 0, with: Array("# B".utf8))
        #expect(lines.bytes == [0xEF, 0xBB, 0xBF] + Array("# B\r\n".utf8))
        #expect(!PlanText(bytes: [0xEF, 0xBB]).hasByteOrderMark)
        #expect(PlanText(bytes: [0xEF, 0xBB]).lineCount == 1)
    }
}

/// A save writes the text as pieces; joined, they must be exactly the bytes.
@Suite("Pieces of a save")
struct PlanTextPiecesTests {
    @Test("pieces join to the bytes after replacing, inserting and removing lines", arguments: [
        "a\nb\r\nc", "\u{FEFF}a\r\nb\r\n", "", "one line", "x\n\ny\n",
    ])
    func piecesJoin(source: String) {
        var text = PlanText(bytes: Array(source.utf8))
        #expect(Array(text.pieces.joined()) == text.bytes)
        #expect(text.pieces.count <= 2)
        if text.lineCount > 0 {
            text.replace(line: 0, with: Array("đã sửa".utf8))
            #expect(Array(text.pieces.joined()) == text.bytes)
        }
        text.insert([Array("mới".utf8)], at: text.lineCount)
        #expect(Array(text.pieces.joined()) == text.bytes)
        text.insert([Array("đầu".utf8)], at: 0)
        #expect(Array(text.pieces.joined()) == text.bytes)
        text.remove(lines: (text.lineCount - 1)..<text.lineCount)
        #expect(Array(text.pieces.joined()) == text.bytes)
    }
}
