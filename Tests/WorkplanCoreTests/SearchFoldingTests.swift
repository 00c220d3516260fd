import Foundation
import Testing

@testable import WorkplanCore

/// Search ignores case, diacritics and the NFC/NFD form; đ and Đ fold to d.
@Suite("Search folding")
struct SearchFoldingTests {
    /// True when `query` finds `text`, folding the query as the filter does.
    func finds(_ query: String, in text: String) -> Bool {
        TextFolding.matches(text, query: TextFolding.fold(query))
    }

    @Test("plain queries find Vietnamese text", arguments: [
        ("chuan bi", "Chuẩn bị các kỳ họp"),
        ("bau cu", "Bầu cử đại biểu Quốc hội"),
        ("dai bieu", "Tổ đại biểu HĐND"),
        ("dai bieu", "TỔNG HỢP Ý KIẾN CỦA ĐẠI BIỂU"),
        ("hdnd", "Thường trực HĐND tỉnh"),
        ("don thu", "Tiếp nhận, xử lý đơn thư"),
        ("quoc hoi khoa xv", "đại biểu Quốc hội khóa XV"),
        ("DAI BIEU", "đại biểu"),
    ])
    func plain(query: String, text: String) {
        #expect(finds(query, in: text))
    }

    @Test("queries with diacritics find text with or without them")
    func withDiacritics() {
        #expect(finds("Bầu cử", in: "Bầu cử đại biểu"))
        #expect(finds("bầu cử", in: "BẦU CỬ"))
        #expect(finds("Bầu cử", in: "bau cu"))
        #expect(finds("Đại biểu", in: "dai bieu"))
        #expect(finds("chuẩn", in: "Chuan bi"))
    }

    @Test("NFD text matches an NFC query and NFC text an NFD query")
    func normalizationForms() {
        let nfcText = "Chuẩn bị bầu cử đại biểu HĐND"
        let nfdText = nfcText.decomposedStringWithCanonicalMapping
        #expect(!TextForm.isNFC(nfdText))
        #expect(finds("chuẩn bị", in: nfdText))
        #expect(finds("chuẩn bị".decomposedStringWithCanonicalMapping, in: nfcText))
        #expect(finds("bầu cử", in: nfdText))
        #expect(finds("chuan bi", in: nfdText))
        #expect(TextFolding.fold(nfcText) == TextFolding.fold(nfdText))
    }

    @Test("things that are not there are not found")
    func misses() {
        #expect(!finds("bau cu", in: "Kỳ họp cuối năm"))
        #expect(!finds("dai bieu quoc", in: "đại biểu HĐND"))
        #expect(!finds("chuan  bi", in: "Chuẩn bị"))
    }

    @Test("an empty query finds everything")
    func empty() {
        #expect(finds("", in: "bất cứ gì"))
        #expect(finds("", in: ""))
    }

    @Test("folded forms")
    func folded() {
        #expect(TextFolding.fold("Chuẩn bị") == "chuan bi")
        #expect(TextFolding.fold("ĐẠI BIỂU") == "dai bieu")
        #expect(TextFolding.fold("đại biểu") == "dai bieu")
        #expect(TextFolding.fold("Nghị quyết số 133/2020/QH14") == "nghi quyet so 133/2020/qh14")
        #expect(TextFolding.fold("ăâêôơưđ ĂÂÊÔƠƯĐ") == "aaeooud aaeooud")
    }

    /// Every Vietnamese vowel with every tone, in both cases and both forms, folds to its base letter.
    @Test("every toned Vietnamese vowel folds to its base letter")
    func everyVowel() {
        let vowels: [(String, String)] = [
            ("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"), ("o", "o"), ("ô", "o"),
            ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y"),
        ]
        let tones = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]
        for (vowel, base) in vowels {
            for tone in tones {
                let nfc = (vowel + tone).precomposedStringWithCanonicalMapping
                #expect(nfc.unicodeScalars.count == 1, "\(vowel)+\(tone) has no precomposed form")
                for form in [nfc, nfc.decomposedStringWithCanonicalMapping, nfc.uppercased(),
                             nfc.uppercased().decomposedStringWithCanonicalMapping] {
                    #expect(TextFolding.fold(form) == base, "\(form) folds to \(TextFolding.fold(form))")
                }
            }
        }
    }

    @Test("the nfd fixture is found by plain queries")
    func nfdFixture() throws {
        let plan = try Fixtures.plan("nfd.md")
        var filter = TaskFilter()
        filter.search = "dai bieu"
        #expect(filter.apply(to: plan) == [0, 2])
        filter.search = "Tiếp xúc cử tri"
        #expect(filter.apply(to: plan) == [0])
        filter.search = "n1.1"
        #expect(filter.apply(to: plan) == [1])
    }
}

/// Text from a file printed on a terminal must not be able to steer it.
@Suite("Visible text")
struct VisibleTextTests {
    @Test("control characters show as their pictures, a tab as a space, other text unchanged")
    func controls() {
        #expect(TextForm.visible("Kế hoạch") == "Kế hoạch")
        #expect(TextForm.visible("a\u{1B}[31mb") == "a\u{241B}[31mb")
        #expect(TextForm.visible("x\u{0}y\u{7F}z\tw") == "x\u{2400}y\u{2421}z w")
    }

    @Test("the outline of `list` shows a task's control characters as pictures")
    func outline() throws {
        let plan = Plan("- [ ] a\u{1B}[2Jb\tc  id:A owner:x\u{7}y\n")
        let today = try #require(PlanDate(iso: "2021-07-01"))
        let text = TaskListFormatter(language: .vi, today: today).format([0], of: plan, as: .text)
        #expect(text.contains("[ ] A  a\u{241B}[2Jb c  (owner:x\u{2407}y)"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

/// Every letter of the Vietnamese alphabet, with every tone, in both cases and both forms,
/// folds to its plain Latin letter.
@Suite("Folding every Vietnamese letter")
struct VietnameseAlphabetFoldingTests {
    static let vowels: [(letter: String, base: String)] = [
        ("a", "a"), ("ă", "a"), ("â", "a"), ("e", "e"), ("ê", "e"), ("i", "i"),
        ("o", "o"), ("ô", "o"), ("ơ", "o"), ("u", "u"), ("ư", "u"), ("y", "y"),
    ]
    /// No tone, huyền, sắc, hỏi, ngã, nặng.
    static let tones = ["", "\u{0300}", "\u{0301}", "\u{0309}", "\u{0303}", "\u{0323}"]

    @Test("every vowel with every tone, and đ, fold to plain letters")
    func alphabet() {
        var checked = 0
        for (letter, base) in Self.vowels {
            for tone in Self.tones {
                let decomposed = letter.decomposedStringWithCanonicalMapping + tone
                for form in [decomposed, decomposed.precomposedStringWithCanonicalMapping] {
                    #expect(TextFolding.fold(form) == base, "\(form.unicodeScalars.map { String($0.value, radix: 16) })")
                    #expect(TextFolding.fold(form.uppercased()) == base)
                    checked += 1
                }
            }
        }
        #expect(TextFolding.fold("đĐ") == "dd")
        #expect(checked == 12 * 6 * 2)
    }
}

/// The byte folding that scanning uses gives exactly what `fold` gives.
@Suite("Folding bytes")
struct FoldedBytesTests {
    @Test("folded bytes equal fold's UTF-8 for Vietnamese in NFC and NFD, đ, other scripts and odd bytes",
          arguments: ["Chuẩn bị Kỳ họp", "BẦU CỬ ĐẠI BIỂU", "Ho\u{0323}p ba\u{0300}n", "Đà Nẵng — Ωμέγα Straße 中文 ✅",
                      "Ǆ ǅ ǆ Ⱥ ɏ ẞ ỹ Ỳ", "ASCII only: Tab\tand 123", ""])
    func matchesFold(_ text: String) {
        #expect(TextFolding.foldedBytes(text) == Array(TextFolding.fold(text).utf8))
    }

    @Test("invalid UTF-8 is kept as it is and folding goes on after it")
    func invalidBytes() {
        var out: [UInt8] = []
        TextFolding.appendFolded(ArraySlice([0x41, 0xFF, 0xC3, 0x80, 0xE1, 0xBB]), to: &out)
        #expect(out == [0x61, 0xFF, 0x61, 0xE1, 0xBB])
    }

    @Test("contains finds a run of bytes anywhere, and an empty one everywhere")
    func containsBytes() {
        let text = Array("ky hop bau cu".utf8)
        #expect(TextFolding.contains(text, Array("bau cu".utf8)))
        #expect(TextFolding.contains(text, Array("ky".utf8)))
        #expect(!TextFolding.contains(text, Array("cu ".utf8)))
        #expect(TextFolding.contains(text, []))
        #expect(!TextFolding.contains([], Array("a".utf8)))
    }

    @Test("a task's search text holds its title (\\: read as :), every field's value, its units' and persons' names and its note, folded")
    func searchText() {
        let plan = Plan("- [ ] Họp bàn\\: Kỳ họp  id:KH-Một lead:TH\n  Ghi chú về Bầu cử\n")
        #expect(String(decoding: plan.foldedSearchText(ofTask: 0), as: UTF8.self) == "hop ban: ky hop\nkh-mot\nth\n  ghi chu ve bau cu")
        let declared = Plan("## Đơn vị\n- TH: Phòng Tổng hợp\n## Cán bộ\n- nam: Nguyễn Văn Nam\n## A\n"
            + "- [ ] Họp  id:A1 lead:TH person:nam,lan tag:Kỳ-họp\n")
        #expect(String(decoding: declared.foldedSearchText(ofTask: 0), as: UTF8.self)
            == "hop\na1\nth\nphong tong hop\nnam,lan\nnguyen van nam\nky-hop")
    }
}
