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
