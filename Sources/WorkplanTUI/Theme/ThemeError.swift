import WorkplanCore

/// Why the chosen theme cannot be used at all. (A theme file with bad lines still loads;
/// its lines' problems are `ThemeProblem`s.)
public enum ThemeError: UserFacingError, Equatable {
    /// No built-in theme and no theme in the user's themes folder has this name; `available`
    /// lists the names there are, built-in ones first.
    case unknownTheme(name: String, available: [String])
    /// The theme file could not be read; the store's error names the path.
    case unreadable(StoreError)

    /// The sentence shown to the user.
    public func message(_ language: Language) -> String {
        switch self {
        case let .unknownTheme(name, available):
            let names = available.joined(separator: ", ")
            return language.pick(vi: "không có chủ đề màu \"\(name)\"; các chủ đề có sẵn: \(names)",
                                 en: "there is no theme \"\(name)\"; the themes are: \(names)")
        case let .unreadable(error):
            return language.pick(vi: "không đọc được chủ đề màu: \(error.message(language))",
                                 en: "cannot read the theme: \(error.message(language))")
        }
    }
}
