#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Terminal
import WorkplanCore
import WorkplanTUI

/// Opens the full-screen interface on a plan file, runs it and gives the terminal back:
/// shared by `workplan [FILE]` and `workplan review`.
@MainActor
struct InterfaceLauncher {
    /// The plan file and language options.
    let common: CommonOptions
    /// The theme and colour options.
    let interface: InterfaceOptions
    /// The plan file named on the command line, if any.
    let file: String?

    /// From this size on, the start of the file is shown while the whole of it is read.
    private static let previewSize = 1 << 20

    /// Runs the interface; `prepare` may set the runtime up (begin a meeting) before the first
    /// key. Throws a usage error when there is no terminal, a failure when the file cannot be
    /// read, and exits with 128 + the signal when one ended the program.
    func run(_ prepare: (AppRuntime, Language) throws(CommandFailure) -> Void) throws {
        let language = try common.language()
        let today = try common.today(language)
        let environment = common.environment
        let colorsOff = interface.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
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
            throw CommandFailure.unreadablePlan(error, language)
        }
        let terminal: CursesTerminal
        let log = TerminalLog(environment: environment)
        do {
            terminal = try CursesTerminal(noColor: colorsOff, errorLogPath: log.path)
        } catch {
            throw CommandFailure(text: "workplan: " + (language == .vi ? error.vietnamese : error.english), exitCode: 1)
        }
        let runtime: AppRuntime
        let problems: [ThemeProblem]
        do {
            let (chosenTheme, themeProblems) = try loadTheme(colorCount: terminal.colorCount, language)
            problems = themeProblems
            if read.bytes.count >= Self.previewSize {
                terminal.present(Screen.render(AppState.preview(of: read.bytes, fileName: path, language: language,
                                                                today: today, size: terminal.size), theme: chosenTheme))
            }
            let planFile: PlanFile
            do {
                planFile = try PlanFile(path: path, bytes: read.bytes, fingerprint: read.fingerprint)
            } catch {
                throw CommandFailure.failed(error, language)
            }
            let config = try common.config(language)
            var state = AppState(plan: planFile.plan, fileName: planFile.path, language: language, today: today,
                                 size: terminal.size, keymap: config.keymap)
            state.user = try common.knownUser(language)
            if let days = config.dueSoonDays { state.dueSoon = DueSoonRule(workingDays: days) }
            state.office = config.office
            state.greet(problems: problems, planProblems: planFile.plan.problems(on: today).count)
            runtime = AppRuntime(file: planFile, state: state, backend: terminal, theme: chosenTheme,
                                 environment: environment, clock: { TimeOfDay.resolve(environment: environment) })
            try prepare(runtime, language)
        } catch {
            terminal.close()
            log.relay()
            throw error
        }
        let status = runtime.run()
        terminal.close()
        log.relay()
        for problem in problems { Console.error("workplan: " + problem.formatted(language)) }
        if status != 0 { throw ExitCode(status) }
    }

    private func loadTheme(colorCount: Int, _ language: Language) throws(CommandFailure) -> (Theme, [ThemeProblem]) {
        var choice = interface.theme
        if choice == nil, (common.environment[ThemeLoader.environmentVariable] ?? "").isEmpty {
            choice = try common.config(language).theme
        }
        do {
            return try ThemeLoader.load(choice, environment: common.environment, colorCount: colorCount)
        } catch {
            throw .usage(vi: error.message(.vi), en: error.message(.en), language)
        }
    }
}
