import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanCore

/// `workplan [FILE]`: opens the plan in the full-screen terminal interface.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Mở kế hoạch trên toàn màn hình (mặc định) — browse and edit the plan full screen (the default).",
        discussion: "Phím / keys: ? trong chương trình / in the program. Theme: --theme NAME|PATH or $WORKPLAN_THEME.")

    @OptionGroup var common: CommonOptions

    @OptionGroup var interface: InterfaceOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var words: [String] = []

    /// The plan file named on the command line; a word that is no file and looks like a command
    /// (or more than one word) is a usage error naming the commands there are.
    private func file(_ language: Language) throws(CommandFailure) -> String? {
        guard let first = words.first else { return nil }
        let looksLikeCommand = !first.contains("/") && !first.contains(".") && !FileManager.default.fileExists(atPath: first)
        guard words.count == 1, !looksLikeCommand else {
            let commands = WorkplanCommand.configuration.subcommands.compactMap { $0.configuration.commandName }.joined(separator: ", ")
            let word = looksLikeCommand ? first : words.joined(separator: " ")
            throw .usage(vi: "không có lệnh hay tệp “\(word)”; các lệnh là \(commands) (xem workplan --help)",
                         en: "there is no command or file “\(word)”; the commands are \(commands) (see workplan --help)",
                         language)
        }
        return first
    }

    func run() throws {
        try MainActor.assumeIsolated {
            let file = try file(common.language())
            try InterfaceLauncher(common: common, interface: interface, file: file).run { _, _ throws(CommandFailure) in }
        }
    }
}
