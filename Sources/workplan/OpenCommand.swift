import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Terminal
import WorkplanCore
import WorkplanTUI

/// `workplan [FILE]`: opens the plan in the full-screen terminal interface.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Mở kế hoạch trên toàn màn hình (mặc định) — browse and edit the plan full screen (the default).",
        discussion: "Phím / keys: ? trong chương trình / in the program. Theme: --theme NAME|PATH or $WORKPLAN_THEME.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Giao diện màu / theme: default, light, high-contrast, mono, or a file.",
                                            valueName: "NAME|PATH"))
    var theme: String?

    @Flag(name: .long, help: "Không dùng màu / no colours (as NO_COLOR).")
    var noColor = false

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
        try MainActor.assumeIsolated { try runOnMainActor() }
    }

    @MainActor
    private func runOnMainActor() throws {
        let language = try common.language()
        let file = try file(language)
        let today = try common.today(language)
        let environment = common.environment
        let colorsOff = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        _ = try loadTheme(colorCount: colorsOff ? 0 : 256, language)
        guard isatty(0) == 1, isatty(1) == 1 else {
            throw CommandFailure.usage(vi: "giao diện toàn màn hình cần một terminal; để in kế hoạch hãy dùng: workplan list",
                                       en: "the full-screen interface needs a terminal; to print the plan use: workplan list",
                                       language)
        }
        let path = try common.location(positional: file, language).path
        let read: (bytes: [UInt8], fingerprint: FileFingerprint)
        do {
            read = try PlanStore().read(path)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        let terminal: CursesTerminal
        let log = TerminalLog(environment: environment)
        do {
            terminal = try CursesTerminal(noColor: colorsOff, errorLogPath: log.path)
        } catch {
            throw CommandFailure(text: "workplan: " + (language == .vi ? error.vietnamese : error.english), exitCode: 1)
        }
        let chosenTheme: Theme
        let problems: [ThemeProblem]
        do {
            (chosenTheme, problems) = try loadTheme(colorCount: terminal.colorCount, language)
        } catch {
            terminal.close()
            log.relay()
            throw error
        }
        if read.bytes.count >= Self.previewSize {
            terminal.present(Screen.render(AppState.preview(of: read.bytes, fileName: path, language: language,
                                                            today: today, size: terminal.size), theme: chosenTheme))
        }
        let planFile: PlanFile
        do {
            planFile = try PlanFile(path: path, bytes: read.bytes, fingerprint: read.fingerprint)
        } catch {
            terminal.close()
            log.relay()
            throw CommandFailure.failed(error, language)
        }
        var state = AppState(plan: planFile.plan, fileName: planFile.path, language: language, today: today,
                             size: terminal.size)
        state.greet(problems: problems, planProblems: planFile.plan.problems.count)
        let runtime = AppRuntime(file: planFile, state: state, backend: terminal, theme: chosenTheme,
                                 environment: environment, clock: { TimeOfDay.resolve(environment: environment) })
        let status = runtime.run()
        terminal.close()
        log.relay()
        for problem in problems { Console.error("workplan: " + problem.formatted(language)) }
        if status != 0 { throw ExitCode(status) }
    }

    /// From this size on, the start of the file is shown while the whole of it is read.
    private static let previewSize = 1 << 20

    private func loadTheme(colorCount: Int, _ language: Language) throws(CommandFailure) -> (Theme, [ThemeProblem]) {
        do {
            return try ThemeLoader.load(theme, environment: common.environment, colorCount: colorCount)
        } catch {
            throw .usage(vi: error.message(.vi), en: error.message(.en), language)
        }
    }
}
