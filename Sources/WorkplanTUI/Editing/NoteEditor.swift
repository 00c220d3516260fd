import Terminal
import WorkplanCore

/// A multi-line editor for a task's note: Enter makes a new line (a Vietnamese keyboard types
/// no `¶`), and saving and giving up are keys of their own, left to the keymap. Each line is a
/// `LineEditor`, so a line is typed, moved in and cut exactly as a one-line field is; across
/// lines, ↑ ↓ move between them, ← at a line's start and → at its end go on to the line before
/// or after, Backspace at a line's start joins it to the line before, Delete at its end joins
/// the line after.
public struct NoteEditor: Sendable, Equatable {
    /// The lines, as typed.
    public private(set) var lines: [LineEditor]
    /// The line the cursor is on.
    public private(set) var row: Int
    /// The note as it was when the editor opened, to tell whether anything was typed.
    private let original: String

    /// An editor holding a note, its lines split at line breaks, the cursor at its end.
    public init(_ note: String) {
        original = note
        lines = note.split(separator: "\n", omittingEmptySubsequences: false).map { LineEditor(String($0)) }
        row = lines.count - 1
    }

    /// The note: the lines joined by line breaks.
    public var text: String {
        lines.map(\.text).joined(separator: "\n")
    }

    /// True when the text differs from the note the editor opened with.
    public var isChanged: Bool { text != original }

    /// Edits the text or moves the cursor for a key, and tells whether the key was used.
    public mutating func handle(_ key: Key) -> Bool {
        let cursor = lines[row].cursor
        let length = lines[row].text.count
        switch key {
        case .enter:
            let characters = Array(lines[row].text)
            lines[row] = LineEditor(String(characters[..<cursor]))
            var next = LineEditor(String(characters[cursor...]))
            next.cursor = 0
            lines.insert(next, at: row + 1)
            row += 1
        case .up where row > 0:
            move(to: row - 1, column: cursor)
        case .down where row + 1 < lines.count:
            move(to: row + 1, column: cursor)
        case .up, .down:
            return true
        case .left where cursor == 0 && row > 0:
            move(to: row - 1, column: lines[row - 1].text.count)
        case .right where cursor == length && row + 1 < lines.count:
            move(to: row + 1, column: 0)
        case .backspace where cursor == 0 && row > 0:
            join(row - 1)
        case .delete where cursor == length && row + 1 < lines.count:
            join(row)
        default:
            return lines[row].handle(key)
        }
        return true
    }

    /// Puts the cursor on a line, at a column or the line's end when it is shorter.
    private mutating func move(to line: Int, column: Int) {
        row = line
        lines[row].cursor = column
    }

    /// Joins line `first + 1` to line `first`, the cursor where they meet.
    private mutating func join(_ first: Int) {
        let meeting = lines[first].text.count
        var joined = LineEditor(lines[first].text + lines[first + 1].text)
        joined.cursor = meeting
        lines.replaceSubrange(first...(first + 1), with: [joined])
        row = first
    }
}
