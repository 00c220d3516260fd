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

    @Test("the scalars counted as one cell without breaking text into characters are one cell by wcwidth, alone and in a word")
    func loneCells() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x1E00...0x1EFF]
        for scalar in ranges.joined().compactMap(Unicode.Scalar.init) where scalar.value != 0xAD {
            #expect(TextWidth.of(scalar) == 1, "U+\(String(scalar.value, radix: 16))")
            #expect(TextWidth.of("a" + String(scalar) + "ế") == 3, "U+\(String(scalar.value, radix: 16))")
        }
        #expect(TextWidth.of("Tổng hợp ý kiến cử tri\u{0301}") == 22, "a combining mark sends the text the slow way")
        #expect(TextWidth.of("Việt Nam 中文") == 13)
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
