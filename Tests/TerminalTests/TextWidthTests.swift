import Testing

import Terminal

@Suite("TextWidth")
struct TextWidthTests {
    init() { TestText.utf8() }

    @Test("the test process gets a UTF-8 locale")
    func locale() {
        #expect(TerminalLocale.isUTF8)
    }

    @Test("columns are the sum of the scalars' wcwidth", arguments: [
        ("Kế hoạch: Việt Nam", 18), ("中文字テスト", 12), ("👍", 2), ("✅", 2),
        ("\u{2764}\u{FE0F}", 1), ("🇻🇳", 2), ("", 0), ("abc", 3),
    ])
    func widths(text: String, columns: Int) {
        #expect(TextWidth.of(text) == columns)
    }

    @Test("NFD Vietnamese takes as many columns as NFC")
    func decomposed() {
        let nfd = TestText.decomposed("Kế hoạch: Việt Nam")
        #expect(nfd.unicodeScalars.count == 23)
        #expect(TextWidth.of(nfd) == 18)
        #expect(TextWidth.of(Character(TestText.decomposed("ệ"))) == 1)
    }

    @Test("a combining mark alone is 0 wide; a control scalar is -1, a control character 1")
    func scalarsAndControls() {
        #expect(TextWidth.of("\u{0301}" as Unicode.Scalar) == 0)
        #expect(TextWidth.of("\u{1B}" as Unicode.Scalar) == -1)
        #expect(TextWidth.of("\u{1B}" as Character) == 1)
    }

    @Test("truncation and fitting as in the notes", arguments: [
        ("Kế hoạch tuần", 8, "Kế hoạc…", "Kế hoạc…"),
        ("中文字", 4, "中…", "中… "),
        ("Kế hoạch: Việt Nam", 10, "Kế hoạch:…", "Kế hoạch:…"),
        ("中文字テスト", 10, "中文字テ…", "中文字テ… "),
        ("ngắn", 10, "ngắn", "ngắn      "),
        ("abc", 3, "abc", "abc"),
        ("abcd", 1, "…", "…"),
        ("abcd", 0, "", ""),
    ])
    func truncateAndFit(text: String, width: Int, truncated: String, fitted: String) {
        #expect(TextWidth.truncate(text, to: width) == truncated)
        #expect(TextWidth.fit(text, to: width) == fitted)
        #expect(TextWidth.of(TextWidth.fit(text, to: width)) == width)
    }

    @Test("truncating NFD text keeps each letter whole, marks included")
    func truncateDecomposed() {
        let cut = TextWidth.truncate(TestText.decomposed("Việt Nam"), to: 4)
        #expect(Array(cut.unicodeScalars) == Array(TestText.decomposed("Việ…").unicodeScalars))
    }
}
