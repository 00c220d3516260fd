/// An id as the plan compares it: its NFC text, and a hash computed once, while the line is
/// read (in parallel), so that filling the id index in file order is cheap.
struct TaskId: Hashable, Sendable {
    /// The id in NFC.
    let text: String
    /// FNV-1a of the NFC text's UTF-8 bytes.
    let fingerprint: UInt64

    /// The key for an id as written (NFC or NFD).
    init(_ written: String) {
        self.init(nfc: TextForm.nfc(written))
    }

    /// The key for an id read from a line's bytes: ASCII bytes are used as they are, in one
    /// pass that also hashes them; other ids are normalized first.
    init(bytes: some LineBytes) {
        guard let hash = TaskId.asciiHash(bytes) else {
            self.init(String(decoding: bytes, as: UTF8.self))
            return
        }
        self.init(text: String(decoding: bytes, as: UTF8.self), fingerprint: hash)
    }

    private init(nfc: String) {
        var hash = TaskId.offsetBasis
        for byte in nfc.utf8 {
            hash = (hash ^ UInt64(byte)) &* TaskId.prime
        }
        self.init(text: nfc, fingerprint: hash)
    }

    init(text: String, fingerprint: UInt64) {
        self.text = text
        self.fingerprint = fingerprint
    }

    /// The hash of an id read from a line's bytes, without building its text when it is ASCII.
    static func fingerprint(bytes: some LineBytes) -> UInt64 {
        asciiHash(bytes) ?? TaskId(String(decoding: bytes, as: UTF8.self)).fingerprint
    }

    /// FNV-1a of the bytes when all of them are ASCII (which NFC leaves as they are), else nil.
    private static func asciiHash(_ bytes: some LineBytes) -> UInt64? {
        var hash = offsetBasis
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Feeds the precomputed hash only.
    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }

    /// Equal ids have equal NFC text.
    static func == (lhs: TaskId, rhs: TaskId) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.text == rhs.text
    }
}
