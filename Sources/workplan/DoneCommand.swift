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
        let path = planFile.path
        let output = try planFile.commit(language) { (plan: inout Plan) throws(PlanFileError) -> String in
            var out = ""
            for id in ids {
                let index = try plan.requireTask(id: id)
                if plan.tasks[index].status == .done {
                    let when = plan.tasks[index].doneDate.map { " (\($0.formatted(language)))" } ?? ""
                    out += language.pick(vi: "\(id) đã hoàn thành từ trước\(when).",
                                         en: "\(id) was already done\(when).") + "\n"
                    continue
                }
                out += ChangeReport.text(plan.setStatus(ofTask: index, to: .done, today: today), path: path, language)
            }
            return out
        }
        Console.out(output)
    }
}
