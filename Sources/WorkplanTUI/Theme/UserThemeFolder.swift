#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The folder of the user's own themes: `themes/` in the `ConfigFolder`
/// (`$XDG_CONFIG_HOME/workplan/themes/` or `$HOME/.config/workplan/themes/`); none when
/// neither variable is set. A theme there is a file `NAME.theme`.
struct UserThemeFolder: Sendable {
    /// The folder's path, or nil when the environment gives none.
    let path: String?

    /// The folder the environment names.
    init(environment: [String: String]) {
        path = ConfigFolder.path(environment: environment).map { $0 + "/themes" }
    }

    /// Where the theme of this name would be.
    func file(named name: String) -> String? {
        path.map { $0 + "/" + name + ThemeLoader.fileExtension }
    }

    /// The names of the themes in the folder, sorted; none when it cannot be listed.
    func names() -> [String] {
        guard let path, let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return entries.filter { $0.hasSuffix(ThemeLoader.fileExtension) && $0 != ThemeLoader.fileExtension }
            .map { String($0.dropLast(ThemeLoader.fileExtension.count)) }
            .sorted()
    }
}
