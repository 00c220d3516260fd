#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanCore

/// The language for messages about a command line that could not be parsed, guessed from
/// `--lang` among the words and from `$WORKPLAN_LANG`.
enum UsageLanguage {
    /// English when `--lang en`, `--lang=en` or `WORKPLAN_LANG=en` says so; Vietnamese otherwise.
    static func guess(arguments: [String] = CommandLine.arguments,
                      environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        var chosen = environment["WORKPLAN_LANG"]
        for (index, word) in arguments.enumerated() {
            if word == "--lang", index + 1 < arguments.count { chosen = arguments[index + 1] }
            if word.hasPrefix("--lang=") { chosen = String(word.dropFirst("--lang=".count)) }
        }
        return chosen?.lowercased().hasPrefix("en") == true ? .en : .vi
    }
}
