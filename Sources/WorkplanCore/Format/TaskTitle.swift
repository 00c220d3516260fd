/// How a title is written in a task line: `\:` stands for `:` so that a title's last word is
/// never read as a field.
enum TaskTitle {
    /// The title as the user reads it, from its bytes in the line.
    static func unescape(_ bytes: some LineBytes) -> String {
        let raw = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "\\")) else { return raw }
        return raw.replacing("\\:", with: ":")
    }

    /// The title as written in a line: the trailing words that would read as fields get `\:`
    /// for their first colon; nothing else changes.
    static func escape(_ title: String) -> String {
        var words = title.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices.reversed() {
            let word = words[index]
            if word.isEmpty { continue }
            guard TaskLineSyntax.looksLikeField(word), let colon = word.firstIndex(of: ":") else { break }
            words[index] = word[..<colon] + "\\" + word[colon...]
        }
        return words.joined(separator: " ")
    }

    /// A title as typed, made fit for one line: NFC, line breaks, tabs and other control
    /// characters turned into spaces, no spaces at either end.
    static func clean(_ typed: String) -> String {
        let oneLine = String(String.UnicodeScalarView(TextForm.nfc(typed).unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar
        }))
        return trimmed(oneLine)
    }

    /// Text without spaces and tabs at either end.
    static func trimmed(_ text: some StringProtocol) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
              let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }
}
