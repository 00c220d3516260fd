/// The three counts of a task's counted result (docs/report.md), named by their field keys.
public enum CountKey: String, Hashable, Sendable, CaseIterable {
    /// `received:`, how many were received (tiếp nhận).
    case received
    /// `eligible:`, how many of them were eligible to be handled (đủ điều kiện).
    case eligible
    /// `handled:`, how many were handled (đã xử lý).
    case handled

    /// The count a key written in a task line names, or nil.
    init?(bytes key: some Collection<UInt8>) {
        guard key.count >= 7, key.count <= 8,
              let named = CountKey.allCases.first(where: { key.elementsEqual($0.rawValue.utf8) }) else { return nil }
        self = named
    }

    /// The count as a sentence names it: `số tiếp nhận`, `số đủ điều kiện`, `đã xử lý`.
    func name(_ language: Language) -> String {
        switch self {
        case .received: language.pick(vi: "số tiếp nhận", en: "received")
        case .eligible: language.pick(vi: "số đủ điều kiện", en: "eligible")
        case .handled: language.pick(vi: "đã xử lý", en: "handled")
        }
    }
}
