import Testing

@testable import WorkplanTUI

/// Notes are shown as Markdown reads them: broken lines flow on, paragraphs and list items stay.
@Suite("Notes on screen")
struct NoteFlowTests {
    @Test("lines broken to keep the file narrow flow on as one paragraph")
    func flows() {
        #expect(NoteFlow.reflowed("Đã chỉnh lý 80% hồ sơ; dự kiến bàn giao trong\ntháng 11/2021.")
                == "Đã chỉnh lý 80% hồ sơ; dự kiến bàn giao trong tháng 11/2021.")
        #expect(NoteFlow.reflowed("Một dòng.") == "Một dòng.")
    }

    @Test("a blank line parts paragraphs; list items keep a line each")
    func keepsParagraphsAndLists() {
        let note = "Kết quả:\n- 10 huyện\n- 52 đại biểu\n  trúng cử\n\n1. Bước một\n2. Bước hai\nvà tiếp"
        #expect(NoteFlow.reflowed(note) == "Kết quả:\n- 10 huyện\n- 52 đại biểu trúng cử\n\n1. Bước một\n2. Bước hai và tiếp")
    }

    @Test("shown: each line safe to print, the line breaks kept as breaks, not pictures")
    func shown() {
        #expect(NoteFlow.shown("Dòng một\u{1B}[31m\n\nDòng hai") == "Dòng một\u{241B}[31m\n\nDòng hai")
    }
}
