/// An id as the plan compares it: its NFC text, and a hash computed once, while the line is
/// read (in parallel), so that filling the id index in file order is cheap.
struct TaskId: Hashable, Sendable {
    /// The id in NFC.
    let text: String
    /// FNV-1a of the NFC text's UTF-8 bytes.
    let fingerprint: UInt64

    /// The key for an id as written (NFC or NFD).
    init(_ written: String) {
        text = TextForm.nfc(written)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        fingerprint = hash
    }

    /// Feeds the precomputed hash only.
    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }

    /// Equal ids have equal NFC text.
    static func == (lhs: TaskId, rhs: TaskId) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.text == rhs.text
    }
}
