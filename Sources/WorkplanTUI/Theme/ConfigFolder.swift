/// The folder of the officer's own settings: `$XDG_CONFIG_HOME/workplan/` when that variable
/// holds an absolute path, else `$HOME/.config/workplan/`; none when neither is set. The
/// config file and the themes folder are both in it.
public enum ConfigFolder {
    /// The folder's path, or nil when the environment gives none.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return config + "/workplan"
        } else if let home = environment["HOME"], !home.isEmpty {
            return home + "/.config/workplan"
        }
        return nil
    }
}
