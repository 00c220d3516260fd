/// XML written as UTF-8 bytes in chunks of about a megabyte, handed to the zip as they are and
/// never copied into one piece: a paper's appendix or a sheet of 100,000 rows is tens of
/// megabytes of XML.
struct XMLChunks {
    /// The chunks filled so far.
    private var chunks: [[UInt8]] = []
    /// The chunk being filled.
    private var current: [UInt8] = []
    /// How many bytes have been written in all.
    private(set) var count = 0

    private static let chunkSize = 1 << 20

    /// Appends XML.
    mutating func emit(_ xml: String) {
        current.append(contentsOf: xml.utf8)
        count += xml.utf8.count
        if current.count >= Self.chunkSize {
            chunks.append(current)
            current = []
            current.reserveCapacity(Self.chunkSize + 4096)
        }
    }

    /// Every byte written, in chunks.
    var bytes: [[UInt8]] {
        current.isEmpty ? chunks : chunks + [current]
    }

    /// Appends chunks written elsewhere, after what is written so far.
    mutating func append(chunks more: [[UInt8]]) {
        guard !more.isEmpty else { return }
        if !current.isEmpty { chunks.append(current) }
        chunks += more
        count += more.reduce(0) { $0 + $1.count }
        current = []
    }

    /// The characters XML cannot hold as they are, written as entities; control characters
    /// other than tab are left out (XML 1.0 cannot carry them at all), and line breaks unless a
    /// spreadsheet cell keeps them as its lines. Letters typed with combining diacritics (NFD, as
    /// some keyboards and systems write them) are composed: Word and Excel show and find the
    /// precomposed letters of the fonts offices use.
    static func escaped(_ written: String, keepingLineBreaks: Bool = false) -> String {
        let text = written.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) ? TextForm.nfc(written) : written
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF })
        else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out.unicodeScalars.append(scalar)
            case "\n" where keepingLineBreaks: out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (scalar.value >= 0xFFFE && scalar.value <= 0xFFFF) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
