import Terminal

/// Text samples for the terminal tests.
enum TestText {
    /// The text in canonical decomposition (NFD): each Vietnamese letter used in the tests as
    /// its base letter and combining marks.
    static func decomposed(_ text: String) -> String {
        let marks: [Character: [Unicode.Scalar]] = [
            "ế": ["e", "\u{0302}", "\u{0301}"], "ạ": ["a", "\u{0323}"], "ệ": ["e", "\u{0323}", "\u{0302}"],
            "ầ": ["a", "\u{0302}", "\u{0300}"], "ọ": ["o", "\u{0323}"],
        ]
        var scalars = String.UnicodeScalarView()
        for character in text {
            scalars.append(contentsOf: marks[character] ?? Array(character.unicodeScalars))
        }
        return String(scalars)
    }

    /// Makes sure the locale is UTF-8 (test processes start in "C", where wcwidth gives -1 for
    /// every non-ASCII scalar); returns whether it is.
    @discardableResult
    static func utf8() -> Bool {
        TerminalLocale.useUTF8()
    }
}
