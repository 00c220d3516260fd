import Terminal

/// Reads theme files, the built-in themes and the user's alike.
///
/// A theme file has one line a role: `ROLE FOREGROUND BACKGROUND [ATTRIBUTE...]`. Words are
/// separated by spaces or tabs and may be written in any case; `#` starts a comment that
/// runs to the end of the line; blank lines are skipped. A line that cannot be used gives
/// a `ThemeProblem`, and its role takes the fallback's style, as does a role given twice
/// and every role the file leaves out.
public enum ThemeParser {
    /// The theme the text describes, and the problems of its lines. `file` is the name
    /// problems give; roles without a usable line take `fallback`'s style.
    public static func parse(
        _ text: String, name: String, file: String, fallback: Theme
    ) -> (theme: Theme, problems: [ThemeProblem]) {
        let read = styles(in: text, file: file)
        return (Theme(name: name, styles: read.styles, fallback: { fallback[$0] }), read.problems)
    }

    /// The style of each role given on exactly one usable line, and the problems.
    static func styles(in text: String, file: String) -> (styles: [Role: Style], problems: [ThemeProblem]) {
        var styles: [Role: Style] = [:]
        var firstLines: [Role: Int] = [:]
        var problems: [ThemeProblem] = []
        for (index, line) in lines(of: text).enumerated() {
            let number = index + 1
            let words = words(of: line)
            guard let first = words.first else { continue }
            guard let role = Role(rawValue: first.lowercased()) else {
                problems.append(ThemeProblem(file: file, line: number, kind: .unknownRole(first)))
                continue
            }
            if let firstLine = firstLines[role] {
                styles[role] = nil
                problems.append(ThemeProblem(file: file, line: number, kind: .repeatedRole(role, firstLine: firstLine)))
                continue
            }
            firstLines[role] = number
            switch reading(words.dropFirst(), for: role) {
            case let .style(style): styles[role] = style
            case let .problem(kind): problems.append(ThemeProblem(file: file, line: number, kind: kind))
            }
        }
        return (styles, problems)
    }

    /// What the words after a role give.
    private enum Reading {
        /// The role's style.
        case style(Style)
        /// What is wrong with the line.
        case problem(ThemeProblem.Kind)
    }

    /// Reads the colours and attributes that follow the role, stopping at the first bad word.
    private static func reading(_ words: ArraySlice<String>, for role: Role) -> Reading {
        guard words.count >= 2 else { return .problem(.missingColors(role)) }
        var colors: [Color] = []
        for word in words.prefix(2) {
            guard let color = Color(themeWord: word.lowercased()) else {
                return .problem(.unknownColor(word, role: role))
            }
            colors.append(color)
        }
        var attributes: Attributes = []
        for word in words.dropFirst(2) {
            guard let attribute = Attributes(themeWord: word.lowercased()) else {
                return .problem(.unknownAttribute(word, role: role))
            }
            attributes.formUnion(attribute)
        }
        return .style(Style(foreground: colors[0], background: colors[1], attributes: attributes))
    }

    /// The lines of the text, without their endings or a byte order mark.
    private static func lines(of text: String) -> [Substring] {
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        return body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// The words of a line before any `#` comment.
    private static func words(of line: Substring) -> [String] {
        line.prefix { $0 != "#" }.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
