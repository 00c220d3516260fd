import CNcursesw
import Testing

@testable import Terminal

@Suite("CursesGlyph")
struct CursesGlyphTests {
    init() { TestText.utf8() }

    private func glyph(_ text: String, width: UInt8 = 1) -> CursesGlyph {
        CursesGlyph(Cell(text: text, width: width, style: .plain))
    }

    @Test("a letter, NFD marks included, is one cchar")
    func letters() {
        #expect(glyph("a") == CursesGlyph(scalars: ["a"], width: 1))
        #expect(glyph(TestText.decomposed("ệ")) == CursesGlyph(scalars: ["e", "\u{0323}", "\u{0302}"], width: 1))
        #expect(glyph("中", width: 2) == CursesGlyph(scalars: ["中"], width: 2))
    }

    @Test("at most one spacing scalar and CCHARW_MAX - 1 marks")
    func limits() {
        let marks: [Unicode.Scalar] = ["\u{0300}", "\u{0301}", "\u{0302}", "\u{0303}", "\u{0304}", "\u{0305}"]
        let crowded = glyph("e" + String(String.UnicodeScalarView(marks)))
        #expect(crowded.scalars.count == Int(CCHARW_MAX))
        #expect(glyph("🇻🇳", width: 2) == CursesGlyph(scalars: ["🇻"], width: 1))
    }

    @Test("what cannot be drawn becomes U+FFFD or gets a space", arguments: [
        ("\t", ["\u{FFFD}"] as [Unicode.Scalar]), ("\u{85}", ["\u{FFFD}"]), ("中", ["\u{FFFD}"]),
        ("", [" "]), ("\u{0301}", [" ", "\u{0301}"]), ("\0", [" "]),
    ])
    func sanitized(text: String, scalars: [Unicode.Scalar]) {
        #expect(glyph(text) == CursesGlyph(scalars: scalars, width: 1))
    }
}
