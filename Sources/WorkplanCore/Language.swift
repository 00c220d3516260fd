/// The language of everything the user reads: Vietnamese first, English available.
public enum Language: String, Sendable, CaseIterable {
    /// Vietnamese (tiếng Việt), the default.
    case vi
    /// English.
    case en

    /// Picks the text for this language.
    public func pick(vi: @autoclosure () -> String, en: @autoclosure () -> String) -> String {
        switch self {
        case .vi: vi()
        case .en: en()
        }
    }
}

/// An error that reaches the user as one clear sentence, in either language.
public protocol UserFacingError: Error {
    /// The sentence shown to the user.
    func message(_ language: Language) -> String
}

extension Language {
    /// A count with its noun: `5 nhiệm vụ` in Vietnamese (no plural), `1 task` or `5 tasks` in
    /// English; the number grouped as `number(_:)` writes it.
    public func count(_ number: Int, vi: String, en: String) -> String {
        switch self {
        case .vi: "\(self.number(number)) \(vi)"
        case .en: "\(self.number(number)) \(en)\(number == 1 ? "" : "s")"
        }
    }

    /// A whole number as people read it: thousands grouped with a dot in Vietnamese (`2.000`,
    /// `1.234.567`), with a comma in English (`2,000`). Files and CSV keep plain digits.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        guard digits.count > 3 else { return value < 0 ? "-" + digits : digits }
        let separator: Character = self == .vi ? "." : ","
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
