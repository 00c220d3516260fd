#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level checks of a file's encoding.
enum TextValidation {
    /// True when every byte of the buffer is valid UTF-8 and none is NUL: the usual case,
    /// checked in one fast pass so that lines need no checks of their own.
    static func isClean(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let buffer = UnsafeBufferPointer(rebasing: bytes)
        guard let base = buffer.baseAddress else { return true }
        do {
            _ = try UTF8Span(validating: buffer.span)
        } catch {
            return false
        }
        return memchr(base, 0, buffer.count) == nil
    }

    /// The offset of the first NUL byte in a line, if any.
    static func firstNul(_ content: some LineBytes) -> Int? {
        content.firstIndex(of: 0).map { $0 - content.startIndex }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ content: some LineBytes) -> Int? {
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
