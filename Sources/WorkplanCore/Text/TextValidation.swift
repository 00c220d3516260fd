/// Byte-level checks of a line's encoding.
enum TextValidation {
    /// What one pass over a line's bytes found.
    struct Scan {
        /// The offset of the first NUL byte, if any.
        var firstNul: Int?
        /// True when any byte is outside ASCII, so the UTF-8 check is needed.
        var hasNonASCII: Bool
    }

    /// Looks at every byte once for NUL bytes and non-ASCII bytes.
    static func scan(_ content: ArraySlice<UInt8>) -> Scan {
        content.withUnsafeBufferPointer { buffer in
            var result = Scan(firstNul: nil, hasNonASCII: false)
            for (offset, byte) in buffer.enumerated() {
                if byte >= 0x80 {
                    result.hasNonASCII = true
                } else if byte == 0, result.firstNul == nil {
                    result.firstNul = offset
                }
            }
            return result
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ content: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = content.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
