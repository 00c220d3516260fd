/// A key the user pressed, as the terminal reports it. Text arrives one Unicode scalar at a
/// time: a Vietnamese letter typed as a base letter and combining marks comes as several
/// `.text` keys, which a line editor joins into one character.
public enum Key: Sendable, Hashable {
    /// A printable scalar (a letter, a digit, a space, a combining mark…).
    case text(Unicode.Scalar)
    /// Ctrl and a letter, `a`–`z` (Ctrl-I, Ctrl-M and Ctrl-[ come as tab, enter and escape).
    case control(Character)
    /// Enter or Return.
    case enter
    /// Escape.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Backspace.
    case backspace
    /// Delete (forward).
    case delete
    /// Insert.
    case insert
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page up.
    case pageUp
    /// Page down.
    case pageDown
    /// A function key, F1–F12.
    case function(Int)
    /// The terminal changed size.
    case resize
    /// A key the program has no name for (its curses code).
    case unknown(Int32)

    /// How the key is written in help texts: `↑`, `Ctrl-U`, `Space`, `a`.
    public var label: String {
        switch self {
        case let .text(scalar): scalar == " " ? "Space" : String(scalar)
        case let .control(letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .insert: "Insert"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case let .function(number): "F\(number)"
        case .resize: "resize"
        case let .unknown(code): "key \(code)"
        }
    }
}
