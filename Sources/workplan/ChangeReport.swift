import WorkplanCore

/// Shows what an edit changed, line by line, like a diff: `plan.md:12` then `-` old and `+` new,
/// made safe for the terminal (a title cannot send escapes through the change report).
enum ChangeReport {
    /// The lines describing one change, or a sentence saying that nothing changed.
    static func text(_ change: LineChange, path: String, _ language: Language) -> String {
        if change.before == change.after {
            return language.pick(vi: "\(path):\(change.line + 1): không có gì thay đổi",
                                 en: "\(path):\(change.line + 1): nothing changed") + "\n"
        }
        var out = "\(path):\(change.line + 1)\n"
        if let before = change.before { out += "- " + shown(before) + "\n" }
        out += "+ " + shown(change.after) + "\n"
        return out
    }

    /// A line as the terminal may show it; tabs stay tabs, so the diff shows the line's spacing.
    private static func shown(_ line: String) -> String {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { TextForm.visible(String($0)) }
            .joined(separator: "\t")
    }
}

extension PlanFile {
    /// Applies an edit through the store, turning failures into the command's failure.
    mutating func commit<Result>(_ language: Language,
                                 _ edit: (inout Plan) throws(PlanFileError) -> Result) throws(CommandFailure) -> Result {
        do {
            return try change(edit)
        } catch .edit(let error) {
            if case .unknownTask = error { throw .failed(error, language) }
            throw CommandFailure(text: "workplan: " + error.message(language), exitCode: 2)
        } catch {
            throw .failed(error, language)
        }
    }
}

extension Plan {
    /// The index of the task with this id (or `@LINE`), or an edit error naming it.
    func requireTask(id: String) throws(PlanFileError) -> Int {
        guard let index = taskIndex(reference: id) else { throw .edit(.unknownTask(id: id)) }
        return index
    }
}
