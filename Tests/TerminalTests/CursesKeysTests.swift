import CNcursesw
import Testing

@testable import Terminal

@Suite("CursesKeys")
struct CursesKeysTests {
    @Test("curses key codes", arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
        (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter), (KEY_BTAB, .backTab),
        (KEY_DC, .delete), (KEY_IC, .insert), (KEY_RESIZE, .resize), (KEY_MOUSE, .unknown(KEY_MOUSE)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(CursesKeys.key(status: KEY_CODE_YES, code: UInt32(code)) == key)
    }

    @Test("function keys F1–F12; F13 has no name")
    func functionKeys() {
        for number in 1...12 {
            #expect(CursesKeys.keyCode(wp_KEY_F(Int32(number))) == .function(number))
        }
        #expect(CursesKeys.keyCode(wp_KEY_F(13)) == .unknown(wp_KEY_F(13)))
    }

    @Test("character codes", arguments: [
        (UInt32(127), Key.backspace), (8, .backspace), (13, .enter), (10, .enter), (9, .tab), (27, .escape),
        (1, .control("a")), (3, .control("c")), (19, .control("s")), (26, .control("z")),
        (0, .unknown(0)), (28, .unknown(28)), (0x85, .unknown(0x85)), (0xD800, .unknown(0xD800)),
        (32, .text(" ")), (0x61, .text("a")), (0x1EC7, .text("ệ")), (0x0111, .text("đ")),
        (0x0301, .text("\u{0301}")), (0x4E2D, .text("中")),
    ])
    func characters(code: UInt32, key: Key) {
        #expect(CursesKeys.key(status: OK, code: code) == key)
    }

    @Test("ERR is no key")
    func noKey() {
        #expect(CursesKeys.key(status: ERR, code: 0) == nil)
    }
}
