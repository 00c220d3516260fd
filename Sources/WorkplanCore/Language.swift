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
    /// A count with its noun: `5 nhiệm vụ` in Vietnamese (no plural), `1 task` or `5 tasks` in English.
    public func count(_ number: Int, vi: String, en: String) -> String {
        switch self {
        case .vi: "\(number) \(vi)"
        case .en: "\(number) \(en)\(number == 1 ? "" : "s")"
        }
    }
}
