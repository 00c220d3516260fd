/// Text from a file made safe to show a person on a terminal: nothing in a plan can move the
/// cursor, clear the screen, set the window title, write the clipboard (OSC 52), open a link
/// (OSC 8), ring the bell or turn the line's direction.
///
/// C0 controls show as their Unicode pictures (␛, ␀), DEL as ␡ and a tab as a space; C1
/// controls (U+0080…U+009F, where U+009B is a one-character CSI on some terminals) and the
/// bidirectional overrides and isolates (U+202A…U+202E, U+2066…U+2069) as U+FFFD. Valid
/// UTF-8 of any other character is passed on unchanged, byte for byte. Data formats (JSON,
/// CSV, the plan's own Markdown) never go through here: they stay exact.
public enum TerminalSafeText {
    /// True when the bytes hold anything `append` would change. Contiguous bytes (a native
    /// string's, an array's) are scanned through a pointer: a report writes millions of them.
    public static func needsChange<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        if let answer = bytes.withContiguousStorageIfAvailable(scan) { return answer }
        return scan(bytes)
    }

    /// The scan of `needsChange`.
    private static func scan<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xE2, isBidiControl(previous, byte) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Appends the bytes to `buffer`, each unsafe character replaced as described above.
    public static func append<Bytes: Collection<UInt8>>(_ bytes: Bytes, to buffer: inout [UInt8]) {
        guard needsChange(bytes) else {
            buffer.append(contentsOf: bytes)
            return
        }
        let all = Array(bytes)
        var index = 0
        while index < all.count {
            let byte = all[index]
            let next = index + 1 < all.count ? all[index + 1] : 0
            let third = index + 2 < all.count ? all[index + 2] : 0
            switch byte {
            case 9:
                buffer.append(32)
            case 0..<0x20:
                buffer.append(contentsOf: [0xE2, 0x90, 0x80 + byte])
            case 0x7F:
                buffer.append(contentsOf: [0xE2, 0x90, 0xA1])
            case 0xC2 where (0x80...0x9F).contains(next):
                buffer.append(contentsOf: replacement)
                index += 1
            case 0xE2 where isBidiControl(next, third):
                buffer.append(contentsOf: replacement)
                index += 2
            default:
                buffer.append(byte)
            }
            index += 1
        }
    }

    /// The text made safe.
    public static func string(_ text: String) -> String {
        guard needsChange(text.utf8) else { return text }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(text.utf8.count + 16)
        append(text.utf8, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// True for the last two bytes of U+202A…U+202E or U+2066…U+2069 after their 0xE2.
    private static func isBidiControl(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
