import WorkplanCore

/// Finds, reads and parses the theme the user chose.
public enum ThemeLoader {
    /// The environment variable that chooses a theme when `--theme` does not.
    public static let environmentVariable = "WORKPLAN_THEME"
    /// How a theme file's name ends.
    public static let fileExtension = ".theme"

    /// The chosen theme and the problems of its file's lines.
    ///
    /// The choice is `choice` (from `--theme`), else `$WORKPLAN_THEME`, else `default`, or
    /// `mono` when the terminal shows no colours (`colorCount` 0); an empty choice counts as
    /// none. A choice that contains `/` or ends in `.theme` is a file's path. Any other is a
    /// name: the user's `NAME.theme` in `$XDG_CONFIG_HOME/workplan/themes/` (or
    /// `~/.config/workplan/themes/`) when there is one, else the built-in theme of that name.
    public static func load(
        _ choice: String?, environment: [String: String], colorCount: Int
    ) throws(ThemeError) -> (theme: Theme, problems: [ThemeProblem]) {
        let chosen = [choice, environment[environmentVariable]].compactMap { $0 }.first { !$0.isEmpty }
        let wanted = chosen ?? (colorCount == 0 ? BuiltinTheme.mono : BuiltinTheme.default).rawValue
        if isPath(wanted) {
            return try loadFile(wanted, name: name(ofPath: wanted))
        }
        let folder = UserThemeFolder(environment: environment)
        if let loaded = try userTheme(wanted, in: folder) {
            return loaded
        }
        if let builtin = BuiltinTheme(rawValue: wanted) {
            return (builtin.theme, [])
        }
        let builtinNames = BuiltinTheme.allCases.map(\.rawValue)
        let userNames = folder.names().filter { !builtinNames.contains($0) }
        throw .unknownTheme(name: wanted, available: builtinNames + userNames)
    }

    /// Whether a choice is a file's path rather than a theme's name.
    static func isPath(_ choice: String) -> Bool {
        choice.contains("/") || choice.hasSuffix(fileExtension)
    }

    /// A theme file's name without its folders and its `.theme`.
    private static func name(ofPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard file.hasSuffix(fileExtension), file != fileExtension else { return file }
        return String(file.dropLast(fileExtension.count))
    }

    /// The user's theme of this name, or nil when the user has none.
    private static func userTheme(
        _ name: String, in folder: UserThemeFolder
    ) throws(ThemeError) -> (theme: Theme, problems: [ThemeProblem])? {
        guard let file = folder.file(named: name) else { return nil }
        do throws(ThemeError) {
            return try loadFile(file, name: name)
        } catch .unreadable(.notFound) {
            return nil
        }
    }

    /// Reads and parses a theme file.
    private static func loadFile(
        _ path: String, name: String
    ) throws(ThemeError) -> (theme: Theme, problems: [ThemeProblem]) {
        let bytes: [UInt8]
        do throws(StoreError) {
            bytes = try PlanStore().read(path).bytes
        } catch {
            throw .unreadable(error)
        }
        return ThemeParser.parse(String(decoding: bytes, as: UTF8.self), name: name, file: path, fallback: .default)
    }
}
