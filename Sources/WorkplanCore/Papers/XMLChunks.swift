/// Where XML is written: into bytes (`XMLChunks`), or only counted (`XMLLength`), by the same
/// code, so that a part's length is known before it is written.
protocol XMLWriting {
    /// Appends XML.
    mutating func emit(_ xml: String)
    /// Appends a whole number's digits.
    mutating func emit(number: Int)
    /// Appends text as `XMLChunks.escaped` writes it.
    mutating func emit(escaped text: String, keepingLineBreaks: Bool)
}

/// The length in bytes of XML that is not kept: a sheet is measured before the zip is told how
/// long it is and reads it as it is written.
struct XMLLength: XMLWriting {
    private(set) var count = 0

    mutating func emit(_ xml: String) {
        count += xml.utf8.count
    }

    mutating func emit(number: Int) {
        var rest = number.magnitude
        count += number < 0 ? 2 : 1
        while rest >= 10 {
            count += 1
            rest /= 10
        }
    }

    mutating func emit(escaped text: String, keepingLineBreaks: Bool) {
        count += XMLChunks.needsRewriting(text) ? XMLChunks.escaped(text, keepingLineBreaks: keepingLineBreaks).utf8.count
            : text.utf8.count
    }
}

/// XML written as UTF-8 bytes in chunks of about a megabyte, handed to the zip as they are and
/// never copied into one piece: a paper's appendix or a sheet of 100,000 rows is tens of
/// megabytes of XML. Written for a `ChunkStream`, each chunk goes to its reader once full.
struct XMLChunks: XMLWriting {
    /// The chunks filled so far, unless they go to a stream.
    private var chunks: [[UInt8]] = []
    /// The chunk being filled.
    private var current: [UInt8] = []
    /// How many bytes have been written in all.
    private(set) var count = 0
    /// Where full chunks go, if not into `chunks`.
    private let stream: ChunkStream?

    private static let chunkSize = 1 << 20

    init() {
        stream = nil
    }

    /// XML whose chunks are handed to `stream`'s reader as they fill.
    init(handingOffTo stream: ChunkStream) {
        self.stream = stream
    }

    /// Hands the last chunk to the stream and ends it.
    mutating func end() {
        if !current.isEmpty { stream?.write(current) }
        current = []
        stream?.end()
    }

    /// Appends XML.
    mutating func emit(_ xml: String) {
        current.append(contentsOf: xml.utf8)
        count += xml.utf8.count
        closeFullChunk()
    }

    /// Appends a whole number's digits, without making a string of them: a sheet of 100,000
    /// rows says a row number and a date's serial number on every row.
    mutating func emit(number: Int) {
        let start = current.count
        if number < 0 { current.append(0x2D) }
        let digitsStart = current.count
        var rest = number.magnitude
        repeat {
            current.append(UInt8(truncatingIfNeeded: 0x30 + rest % 10))
            rest /= 10
        } while rest > 0
        current[digitsStart...].reverse()
        count += current.count - start
        closeFullChunk()
    }

    /// Appends text as `escaped` writes it, without making a copy of the text when, as nearly
    /// always, nothing in it needs escaping.
    mutating func emit(escaped text: String, keepingLineBreaks: Bool) {
        emit(Self.needsRewriting(text) ? Self.rewritten(text, keepingLineBreaks: keepingLineBreaks) : text)
    }

    /// Starts a new chunk once the current one is full.
    private mutating func closeFullChunk() {
        if current.count >= Self.chunkSize {
            if let stream { stream.write(current) } else { chunks.append(current) }
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
        needsRewriting(written) ? rewritten(written, keepingLineBreaks: keepingLineBreaks) : written
    }

    /// Whether a text has anything `escaped` changes, or combining diacritics to compose: one
    /// pass over its bytes.
    static func needsRewriting(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
                || byte == 0xCC || byte == 0xCD || byte == 0xEF
        }
    }

    private static func rewritten(_ written: String, keepingLineBreaks: Bool) -> String {
        let text = written.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) ? TextForm.nfc(written) : written
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
