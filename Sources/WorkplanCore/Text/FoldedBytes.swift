/// Folding for search done on UTF-8 bytes, for scanning many tasks fast: the same result as
/// `TextFolding.fold`, as bytes, with ASCII and the Vietnamese letters looked up in a table
/// instead of going through `String`.
extension TextFolding {
    /// Appends the folded form of UTF-8 bytes to `out`. Bytes that are not valid UTF-8 are
    /// appended as they are.
    public static func appendFolded(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { appendFolded($0, to: &out) }
    }

    /// Appends the folded form of a line's bytes, a slice of the plan's store or of a buffer.
    static func appendFolded<Bytes: LineBytes>(_ bytes: Bytes, to out: inout [UInt8]) {
        bytes.withContiguousStorageIfAvailable { appendFolded($0, to: &out) }
            ?? appendFolded(ArraySlice(bytes), to: &out)
    }

    /// Appends the folded form of the bytes in a buffer: ASCII and the two- and three-byte
    /// letters of the Latin blocks (every Vietnamese letter) are folded here, by table, and
    /// anything else through `fold`. A search over 100,000 tasks folds some 15 MB, so this
    /// loop is what a search costs.
    static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count)
        latinBytes.withUnsafeBufferPointer { table in
            var index = 0
            let end = bytes.count
            while index < end {
                let lead = bytes[index]
                if lead < 0x80 {
                    out.append(lead >= 65 && lead <= 90 ? lead + 32 : lead)
                    index += 1
                    continue
                }
                if lead >= 0xC2, lead < 0xE0, index + 1 < end, bytes[index + 1] & 0xC0 == 0x80 {
                    let value = Int(lead & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F)
                    if value >= 0x0300 && value <= 0x036F {
                        index += 2
                        continue
                    }
                    if value >= 0x00C0, value <= 0x024F, table[value - 0x00C0] != 0 {
                        out.append(table[value - 0x00C0])
                        index += 2
                        continue
                    }
                } else if lead == 0xE1, index + 2 < end, bytes[index + 1] & 0xC0 == 0x80,
                          bytes[index + 2] & 0xC0 == 0x80 {
                    let value = 0x1000 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                    if value >= 0x1E00, value <= 0x1EFF, table[value - 0x1E00 + 0x0190] != 0 {
                        out.append(table[value - 0x1E00 + 0x0190])
                        index += 3
                        continue
                    }
                }
                index += appendFoldedScalar(at: index, of: bytes, to: &out)
            }
        }
    }

    /// Folds the character that starts at `index` through `fold`, or appends its first byte as
    /// it is when the bytes there are not valid UTF-8; returns how many bytes it took.
    private static func appendFoldedScalar(at index: Int, of bytes: UnsafeBufferPointer<UInt8>,
                                           to out: inout [UInt8]) -> Int {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : (lead >= 0xC2 ? 2 : 0))
        guard length > 0, bytes.count - index >= length,
              let scalar = decode(bytes[index..<(index + length)]) else {
            out.append(lead)
            return 1
        }
        appendFolded(scalar, to: &out)
        return length
    }

    /// The folded form of a text, as UTF-8 bytes.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        appendFolded(ArraySlice(text.utf8), to: &out)
        return out
    }

    /// True when `needle` occurs in `haystack` (an empty needle occurs everywhere).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        contains(haystack[...], needle)
    }

    /// True when `needle` occurs in a slice of bytes (an empty needle occurs everywhere).
    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        let last = haystack.endIndex - needle.count
        var start = haystack.startIndex
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        if value >= 0x0300 && value <= 0x036F { return }
        if let byte = tableByte(value), byte != 0 {
            out.append(byte)
            return
        }
        out.append(contentsOf: fold(String(scalar)).utf8)
    }

    /// The ASCII letter a Latin letter folds to, from `latinBytes`; nil outside the table.
    private static func tableByte(_ value: UInt32) -> UInt8? {
        if value >= 0x00C0 && value <= 0x024F { return latinBytes[Int(value - 0x00C0)] }
        if value >= 0x1E00 && value <= 0x1EFF { return latinBytes[Int(value - 0x1E00) + 0x0190] }
        return nil
    }

    /// For U+00C0–U+024F then U+1E00–U+1EFF: the one ASCII byte each folds to, or 0 when it
    /// folds to something else (then `fold` is asked).
    private static let latinBytes: [UInt8] = {
        let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]
        return ranges.joined().map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let folded = Array(fold(String(scalar)).utf8)
            return folded.count == 1 && folded[0] < 0x80 ? folded[0] : 0
        }
    }()

    /// The scalar a run of 2 to 4 bytes encodes, or nil when it is not valid UTF-8.
    private static func decode(_ run: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var value: UInt32
        let lead = run[run.startIndex]
        switch run.count {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        default: value = UInt32(lead & 0x07)
        }
        for byte in run.dropFirst() {
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = run.count == 2 ? 0x80 : (run.count == 3 ? 0x800 : 0x10000)
        guard value >= smallest else { return nil }
        return Unicode.Scalar(value)
    }
}
