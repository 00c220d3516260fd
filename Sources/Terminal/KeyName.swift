extension Key {
    /// The key a name written by the officer stands for, as help writes keys (`a`, `A`, `%`,
    /// `Space`, `Enter`, `Esc`, `Tab`, `Shift-Tab`, `Ctrl-R`, `F5`, `↑`) or as other programs'
    /// key files do (`C-r`, `Up`, `PageDown`, `Return`, `Escape`); case matters only for a single
    /// letter. Nil for a name that is no key, or for Ctrl with anything but a letter.
    public init?(name: String) {
        if name.unicodeScalars.count == 1, let scalar = name.unicodeScalars.first {
            switch scalar {
            case "↑": self = .up
            case "↓": self = .down
            case "←": self = .left
            case "→": self = .right
            default:
                guard scalar.properties.generalCategory != .control else { return nil }
                self = .text(scalar)
            }
            return
        }
        let lowered = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter) else { return nil }
            self = .control(letter)
            return
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        let named: [String: Key] = [
            "space": .text(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace,
            "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
            "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        ]
        guard let key = named[lowered] else { return nil }
        self = key
    }
}
