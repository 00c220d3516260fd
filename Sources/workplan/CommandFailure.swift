import WorkplanCore

/// A command that could not do its work: one clear sentence and an exit code.
struct CommandFailure: Error {
    /// The sentence, already in the user's language and prefixed with `workplan: `.
    let text: String
    /// 1 when the work failed, 2 when the command was used wrongly.
    let exitCode: Int32

    /// A failure of the work itself (exit 1).
    static func failed(_ error: some UserFacingError, _ language: Language) -> CommandFailure {
        CommandFailure(text: "workplan: " + error.message(language), exitCode: 1)
    }

    /// A failure of the work itself (exit 1), with a sentence in both languages.
    static func failed(vi: String, en: String, _ language: Language) -> CommandFailure {
        CommandFailure(text: "workplan: " + language.pick(vi: vi, en: en), exitCode: 1)
    }

    /// A plan that could not be read, with the way to begin one when there is no such file:
    /// an officer who names a new file to start a plan is told how.
    static func unreadablePlan(_ error: StoreError, _ language: Language) -> CommandFailure {
        guard case let .notFound(path) = error else { return failed(error, language) }
        return failed(vi: error.message(.vi) + "; tạo kế hoạch trống bằng: workplan init --empty " + path,
                      en: error.message(.en) + "; begin an empty plan with: workplan init --empty " + path, language)
    }

    /// A usage error (exit 2).
    static func usage(vi: String, en: String, _ language: Language) -> CommandFailure {
        CommandFailure(text: "workplan: " + language.pick(vi: vi, en: en), exitCode: 2)
    }
}
