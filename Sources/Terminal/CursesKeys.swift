import CNcursesw

/// Turns what `get_wch` reports into a `Key`: a pure mapping, testable without a terminal.
enum CursesKeys {
    /// The key for one `get_wch` result: `status` is `OK` for a character or `KEY_CODE_YES`
    /// for a curses key code, and `code` the value it stored. Nil for `ERR` (no key).
    static func key(status: Int32, code: UInt32) -> Key? {
        switch status {
        case OK: character(code)
        case KEY_CODE_YES: keyCode(Int32(bitPattern: code))
        default: nil
        }
    }

    /// The key for a character code. Raw mode delivers Ctrl and a letter as the codes 1–26;
    /// Backspace comes as DEL (127) or Ctrl-H (8), Enter as CR (13, with `nonl`) or LF (10).
    static func character(_ code: UInt32) -> Key {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26:
            guard let letter = Unicode.Scalar(("a" as Unicode.Scalar).value + code - 1) else {
                return .unknown(Int32(bitPattern: code))
            }
            return .control(Character(letter))
        case 0..<0x20, 0x80..<0xA0:
            return .unknown(Int32(bitPattern: code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .text(scalar)
        }
    }

    /// The key for a curses key code (`KEY_UP`, `KEY_F(5)`…).
    static func keyCode(_ code: Int32) -> Key {
        if let named = named[code] { return named }
        let function = code - wp_KEY_F(0)
        if (1...12).contains(function) { return .function(Int(function)) }
        return .unknown(code)
    }

    /// The key codes with a name of their own.
    private static let named: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_BTAB: .backTab,
        KEY_DC: .delete, KEY_IC: .insert, KEY_RESIZE: .resize,
    ]
}
