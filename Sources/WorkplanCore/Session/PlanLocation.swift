/// Which plan file a command uses when the user names none.
public struct PlanLocation: Sendable, Equatable {
    /// Where the choice came from.
    public enum Source: Sendable, Equatable {
        /// The user named the file (argument or `--file`).
        case named
        /// `$WORKPLAN_FILE`.
        case environment
        /// `./plan.md` in the current folder.
        case currentFolder
        /// The copy of the built-in plan in the user's data folder.
        case dataFolder
    }

    /// The file's path.
    public let path: String
    /// Where the choice came from.
    public let source: Source

    /// The name of the default file in the current folder.
    public static let defaultFileName = "plan.md"

    /// Picks the file: the named one; else `$WORKPLAN_FILE` when it exists; else `./plan.md`
    /// when it exists; else `$XDG_DATA_HOME/workplan/plan.md` (or `~/.local/share/workplan/plan.md`).
    public static func resolve(named: String?, environment: [String: String],
                               fileExists: (String) -> Bool) -> PlanLocation {
        if let named { return PlanLocation(path: named, source: .named) }
        if let file = environment["WORKPLAN_FILE"], !file.isEmpty, fileExists(file) {
            return PlanLocation(path: file, source: .environment)
        }
        if fileExists(defaultFileName) { return PlanLocation(path: defaultFileName, source: .currentFolder) }
        return PlanLocation(path: dataFolderPlan(environment: environment), source: .dataFolder)
    }

    /// The path of the built-in plan's copy in the user's data folder.
    public static func dataFolderPlan(environment: [String: String]) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = (environment["HOME"] ?? ".") + "/.local/share"
        }
        return dataHome + "/workplan/" + defaultFileName
    }
}
