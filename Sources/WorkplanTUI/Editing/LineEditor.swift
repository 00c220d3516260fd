import Terminal
import WorkplanCore

/// A one-line text editor for titles, dates, unit codes, one-line notes and search queries.
/// It keeps the text as typed and a cursor counted in characters (graphemes). A combining
/// mark typed after a letter joins that letter, so a Vietnamese letter typed as a base and
/// marks (`e`, U+0323, U+0302) becomes the one character `ệ`, and the cursor stays after it.
/// Enter and Esc are left to the caller; `committed` gives the text to store. Two editors are
/// equal when their cursors are and their texts are canonically equivalent (as String `==`).
public struct LineEditor: Sendable, Equatable {
    /// The text as typed: precomposed or with combining marks, as the keys brought it.
    public private(set) var text: String
    /// The cursor: how many characters are before it, from 0 to the text's character count.
    /// Values outside that range are clamped.
    public var cursor: Int {
        didSet { cursor = min(max(cursor, 0), text.count) }
    }

    /// An editor holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// The text to store: precomposed (NFC), without white space at either end.
    public var committed: String {
        let characters = Array(TextForm.nfc(text))
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
              let last = characters.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(characters[first...last])
    }

    /// Edits the text or moves the cursor for a key, and tells whether the key was used.
    /// Text keys insert at the cursor; ←/→ move by a character; Home/End and Ctrl-A/Ctrl-E go
    /// to either end; Backspace and Delete remove the character before or under the cursor;
    /// Ctrl-U, Ctrl-K and Ctrl-W delete to the start, to the end and the word before the
    /// cursor. Any other key (Enter, Esc, ↑, Tab…) is not used.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .text(scalar):
            return insert(scalar)
        case .left:
            cursor -= 1
        case .right:
            cursor += 1
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = text.count
        case .backspace:
            remove(max(0, cursor - 1)..<cursor)
        case .delete:
            remove(cursor..<min(text.count, cursor + 1))
        case .control("u"):
            remove(0..<cursor)
        case .control("k"):
            remove(cursor..<text.count)
        case .control("w"):
            remove(wordStart()..<cursor)
        default:
            return false
        }
        return true
    }

    /// Inserts a scalar at the cursor. A combining mark joins the character before the
    /// cursor; one typed at the very start, with nothing to join, is dropped. Control
    /// characters and line breaks are not text of a single line and are refused.
    private mutating func insert(_ scalar: Unicode.Scalar) -> Bool {
        if Self.breaksLine(scalar) { return false }
        if cursor == 0, scalar.properties.isGraphemeExtend { return true }
        let at = index(at: cursor)
        let scalarsUpToIt = text.unicodeScalars.distance(from: text.startIndex, to: at) + 1
        text.unicodeScalars.insert(scalar, at: at)
        cursor = characters(covering: scalarsUpToIt)
        return true
    }

    /// Removes the characters at the offsets `range` and puts the cursor where they were.
    private mutating func remove(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let start = index(at: range.lowerBound)
        let scalarsBefore = text.unicodeScalars.distance(from: text.startIndex, to: start)
        text.removeSubrange(start..<index(at: range.upperBound))
        cursor = characters(covering: scalarsBefore)
    }

    /// Where the word before the cursor starts: back over white space, then over the word.
    private func wordStart() -> Int {
        let characters = Array(text.prefix(cursor))
        var start = characters.count
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return start
    }

    /// The string index of a character offset.
    private func index(at offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    /// How many characters it takes to hold the first `count` scalars: the cursor after the
    /// character that holds the last of them.
    private func characters(covering count: Int) -> Int {
        var scalars = 0
        var offset = 0
        for character in text where scalars < count {
            scalars += character.unicodeScalars.count
            offset += 1
        }
        return offset
    }

    /// True for control characters and line or paragraph separators.
    private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}
