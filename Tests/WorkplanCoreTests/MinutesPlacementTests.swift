import Testing

@testable import WorkplanCore

/// `MinutesItemPlacement`: one item per task in a minutes file, in the agenda's order.
@Suite("Minutes item placement")
struct MinutesPlacementTests {
    static let header = """
        # Họp giao ban

        - Ngày họp: 15/03/2021
        - Bắt đầu: 08:00
        - Chương trình: KH1, KH2, KH3


        """

    static func item(_ id: String, _ outcome: String) -> MinutesItem {
        MinutesItem(taskId: id, title: "Việc \(id)", statusBefore: .notStarted, statusAfter: .notStarted, outcome: outcome)
    }

    static let agenda = ["KH1", "KH2", "KH3"]

    func place(_ item: MinutesItem, in text: String) -> String {
        MinutesItemPlacement.place(item, agenda: Self.agenda, in: text, .vi)
    }

    @Test("items recorded out of order stand in the agenda's order, numbered 1, 2, 3")
    func agendaOrder() {
        var text = Self.header
        text = place(Self.item("KH3", "ba"), in: text)
        text = place(Self.item("KH1", "một"), in: text)
        text = place(Self.item("KH2", "hai"), in: text)
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings == ["## 1. KH1 — Việc KH1", "## 2. KH2 — Việc KH2", "## 3. KH3 — Việc KH3"])
        #expect(text.hasPrefix(Self.header))
        #expect(MinutesReading.parse(text)?.items.map(\.outcome) == ["một", "hai", "ba"])
    }

    @Test("recording a task again replaces its item where it stands; a person's lines elsewhere stay")
    func replaceInPlace() {
        var text = place(Self.item("KH1", "một"), in: Self.header)
        text = place(Self.item("KH2", "hai"), in: text)
        text = text.replacing("## 2. KH2", with: "Ghi chú của thư ký.\n\n## 2. KH2")
        text = place(Self.item("KH1", "một, bổ sung"), in: text)
        let minutes = MinutesReading.parse(text)
        #expect(minutes?.items.map(\.taskId) == ["KH1", "KH2"])
        #expect(minutes?.items.first?.outcome == "một, bổ sung")
        #expect(text.contains("Ghi chú của thư ký.\n\n## 2. KH2"))
        #expect(text.components(separatedBy: "## ").count == 3)
    }

    @Test("an item recorded after the closing line was written goes before it; the file keeps its final newline")
    func beforeClosing() {
        var text = place(Self.item("KH2", "hai"), in: Self.header)
        text += "- Kết thúc: 09:30\n"
        text = place(Self.item("KH1", "một"), in: text)
        #expect(text.hasSuffix("- Kết thúc: 09:30\n"))
        #expect(MinutesReading.parse(text)?.items.map(\.taskId) == ["KH1", "KH2"])
        #expect(MinutesReading.parse(text)?.ended == ClockTime(hour: 9, minute: 30))
    }

    @Test("a file without items or a final newline gets the item after a blank line")
    func noFinalNewline() {
        let text = place(Self.item("KH1", "một"), in: "# Họp\n- Ngày họp: 15/03/2021\n- Bắt đầu: 08:00")
        #expect(text.contains("- Bắt đầu: 08:00\n\n## 1. KH1"))
        #expect(MinutesReading.parse(text)?.items.count == 1)
    }
}
