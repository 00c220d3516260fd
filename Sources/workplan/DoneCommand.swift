import ArgumentParser
import WorkplanCore

/// `workplan done ID…`: marks tasks done, with today's date, changing only their lines.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Đánh dấu hoàn thành — mark tasks done (writes done: with today's date).")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Mã nhiệm vụ / task ids.", valueName: "ID"))
    var ids: [String]

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("Cần ít nhất một mã nhiệm vụ / give at least one task id.") }
    }

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        var planFile = try common.open(positional: nil, language)
        var operations: [PlanOperation] = []
        var said: [Said] = []
        var seen: Set<Int> = []
        for id in ids {
            let index = try planFile.plan.requireTask(id: id, language)
            guard seen.insert(index).inserted else { continue }
            let task = planFile.plan.tasks[index]
            if task.status == .done {
                let when = task.doneDate.map { " (\($0.formatted(language)))" } ?? ""
                said.append(.already(language.pick(vi: "\(id) đã hoàn thành từ trước\(when).",
                                                   en: "\(id) was already done\(when).") + "\n"))
            } else {
                said.append(.ticked(operations.count))
                operations.append(.setStatus(task: index, status: .done))
            }
        }
        let edits = operations.isEmpty ? [] : try planFile.commit(operations, today: today, language)
        Console.out(said.map { entry in
            switch entry {
            case let .already(sentence): sentence
            case let .ticked(operation): ChangeReport.text([edits[operation]], path: planFile.path, language)
            }
        }.joined())
    }

    /// What is said for one id, in the order the ids were given.
    private enum Said {
        /// The task was done already: the sentence saying so.
        case already(String)
        /// The task was ticked by the operation at this place.
        case ticked(Int)
    }
}
