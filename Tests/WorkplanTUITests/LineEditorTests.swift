import Glibc
import Terminal
import Testing
import WorkplanTUI

@Suite("Line editor")
struct LineEditorTests {
    init() {
        // Tests start in the C locale, where wcwidth fails for anything but ASCII.
        setlocale(LC_CTYPE, "C.UTF-8")
    }

    /// An editor after typing every scalar of `text`, one key each.
    private func typed(_ text: String, into start: LineEditor = LineEditor(),
                       sourceLocation: SourceLocation = #_sourceLocation) -> LineEditor {
        var editor = start
        for scalar in text.unicodeScalars {
            press(.text(scalar), on: &editor, sourceLocation: sourceLocation)
        }
        return editor
    }

    /// Presses a key; records an issue unless the editor's use of it is `used`.
    private func press(_ key: Key, on editor: inout LineEditor, used: Bool = true,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let result = editor.handle(key)
        #expect(result == used, "\(key.label) used: \(result)", sourceLocation: sourceLocation)
    }

    private func scalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value)
    }

    // MARK: Typing

    @Test("Typing precomposed (NFC) Vietnamese: one key per letter")
    func typesNFC() {
        let editor = typed("Việt Nam đẹp")
        #expect(editor.text == "Việt Nam đẹp")
        #expect(editor.cursor == 12)
        #expect(editor.text.unicodeScalars.count == 12)
    }

    @Test("Typing a base letter and combining marks gives one character, the cursor after it")
    func typesNFD() {
        var editor = typed("e")
        press(.text("\u{0323}"), on: &editor)
        #expect(editor.text.count == 1 && editor.cursor == 1)
        press(.text("\u{0302}"), on: &editor)
        #expect(editor.text.count == 1 && editor.cursor == 1)
        #expect(scalars(editor.text) == [0x65, 0x323, 0x302])
        #expect(scalars(editor.committed) == [0x1EC7])

        let word = typed("Vie\u{0323}\u{0302}t Nam")
        #expect(word.text.count == 8 && word.cursor == 8)
        #expect(word.text == "Việt Nam")
    }

    @Test("A combining mark typed in the middle joins the character before the cursor")
    func marksInTheMiddle() {
        var editor = LineEditor("Viet Nam")
        editor.cursor = 3
        editor = typed("\u{0323}\u{0302}", into: editor)
        #expect(editor.text == "Việt Nam")
        #expect(editor.text.count == 8)
        #expect(editor.cursor == 3)
        editor = typed("x", into: editor)
        #expect(editor.text == "Việxt Nam" && editor.cursor == 4)

        var toned = LineEditor("hop")
        toned.cursor = 2
        toned = typed("\u{0323}", into: toned)
        #expect(toned.text == "họp" && toned.cursor == 2)
    }

    @Test("A combining mark with nothing before it is dropped; line breaks are refused")
    func orphanMarksAndBreaks() {
        var editor = LineEditor("an")
        editor.cursor = 0
        press(.text("\u{0301}"), on: &editor)
        #expect(scalars(editor.text) == scalars("an") && editor.cursor == 0)
        for refused: Unicode.Scalar in ["\n", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}"] {
            press(.text(refused), on: &editor, used: false)
        }
        #expect(editor.text == "an")
    }

    @Test("Wide characters and emoji are single characters")
    func wideCharacters() {
        var editor = typed("中文👍")
        #expect(editor.cursor == 3)
        press(.backspace, on: &editor)
        #expect(editor.text == "中文" && editor.cursor == 2)
    }

    // MARK: Deleting and moving

    @Test("Backspace removes a whole letter written with combining marks")
    func backspaceOverNFD() {
        var editor = LineEditor("Vie\u{0323}\u{0302}t")
        #expect(editor.cursor == 4)
        press(.backspace, on: &editor)
        #expect(scalars(editor.text) == scalars("Vie\u{0323}\u{0302}") && editor.cursor == 3)
        press(.backspace, on: &editor)
        #expect(scalars(editor.text) == scalars("Vi") && editor.cursor == 2)
        editor.cursor = 0
        press(.backspace, on: &editor)
        #expect(editor.text == "Vi" && editor.cursor == 0)
    }

    @Test("Delete removes the character under the cursor")
    func deleteUnderCursor() {
        var editor = LineEditor("Ho\u{0323}p")
        editor.cursor = 1
        press(.delete, on: &editor)
        #expect(scalars(editor.text) == scalars("Hp") && editor.cursor == 1)
        editor.cursor = 2
        press(.delete, on: &editor)
        #expect(editor.text == "Hp" && editor.cursor == 2)
    }

    @Test("Left, right, Home, End, Ctrl-A and Ctrl-E move by characters and stop at the ends")
    func movement() {
        var editor = LineEditor("Vie\u{0323}\u{0302}t")
        press(.left, on: &editor)
        #expect(editor.cursor == 3)
        press(.left, on: &editor)
        #expect(editor.cursor == 2)
        press(.home, on: &editor)
        #expect(editor.cursor == 0)
        press(.left, on: &editor)
        #expect(editor.cursor == 0)
        press(.control("e"), on: &editor)
        #expect(editor.cursor == 4)
        press(.right, on: &editor)
        #expect(editor.cursor == 4)
        press(.control("a"), on: &editor)
        #expect(editor.cursor == 0)
        press(.end, on: &editor)
        #expect(editor.cursor == 4)
        editor.cursor = 99
        #expect(editor.cursor == 4)
        editor.cursor = -3
        #expect(editor.cursor == 0)
    }

    @Test("Ctrl-U, Ctrl-K and Ctrl-W delete to the start, to the end and the word before the cursor")
    func controlDeletes() {
        var editor = LineEditor("Họp giao ban  ")
        press(.control("w"), on: &editor)
        #expect(editor.text == "Họp giao " && editor.cursor == 9)
        press(.control("w"), on: &editor)
        #expect(editor.text == "Họp " && editor.cursor == 4)

        var middle = LineEditor("Kế hoạch tuần")
        middle.cursor = 8
        press(.control("k"), on: &middle)
        #expect(middle.text == "Kế hoạch" && middle.cursor == 8)
        middle.cursor = 3
        press(.control("u"), on: &middle)
        #expect(middle.text == "hoạch" && middle.cursor == 0)
        press(.control("w"), on: &middle)
        #expect(middle.text == "hoạch")
    }

    @Test("Keys that are not for the editor are not used", arguments: [
        Key.enter, .escape, .tab, .backTab, .up, .down, .pageUp, .pageDown, .insert,
        .function(1), .resize, .unknown(999), .control("q"), .control("s"),
    ])
    func unusedKeys(_ key: Key) {
        var editor = LineEditor("abc")
        editor.cursor = 1
        press(key, on: &editor, used: false)
        #expect(editor == { var same = LineEditor("abc"); same.cursor = 1; return same }())
    }

    // MARK: Committing

    @Test("The committed text is NFC and trimmed")
    func committedText() {
        let editor = typed("  Ho\u{0323}p ba\u{0300}n vie\u{0323}\u{0302}c  ")
        #expect(scalars(editor.committed) == scalars("Họp bàn việc"))
        #expect(scalars(LineEditor("\tKe\u{0302}\u{0301} hoa\u{0323}ch\u{3000}\n").committed) == scalars("Kế hoạch"))
        #expect(scalars(LineEditor("Ho\u{0323}p").committed) == [0x48, 0x1ECD, 0x70])
        #expect(LineEditor("   ").committed.isEmpty)
        #expect(LineEditor().committed.isEmpty)
    }
}
