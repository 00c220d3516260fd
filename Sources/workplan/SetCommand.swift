import ArgumentParser
import WorkplanCore

/// `workplan set ID key:value…`: changes a task's status, dates, units, progress or title.
struct SetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Sửa nhiệm vụ — set status:, due:, lead:, with:, progress:, title:… of a task.",
        discussion: """
        Ví dụ / examples:
          workplan set KH1.2 status:doing due:2021-07-08 progress:3/5
          workplan set KH1.2 due:            (xóa trường / remove the field)
          workplan set KH1.2 "title:Chuẩn bị hội trường"
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Mã nhiệm vụ / task id.", valueName: "ID"))
    var id: String

    @Argument(help: ArgumentHelp("key:value; key: rỗng để xóa / an empty value removes the field.", valueName: "FIELD"))
    var assignments: [String]

    func validate() throws {
        guard !assignments.isEmpty else { throw ValidationError("Cần ít nhất một key:value / give at least one key:value.") }
    }

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        let edits = try FieldAssignments.parse(assignments, language)
        var planFile = try common.open(positional: nil, language)
        let fields = try FieldAssignments.declaredUnits(edits.fields, in: planFile.plan, language)
        let path = planFile.path
        let change = try planFile.commit(language) { (plan: inout Plan) throws(PlanFileError) -> LineChange in
            let index = try plan.requireTask(id: id)
            let line = plan.tasks[index].line
            let before = plan.text.string(line)
            do throws(EditError) {
                if let title = edits.title { try plan.setTitle(ofTask: index, to: title) }
                if !fields.isEmpty { try plan.setFields(ofTask: index, fields) }
            } catch {
                throw .edit(error)
            }
            if let status = edits.status { plan.setStatus(ofTask: index, to: status, today: today) }
            return LineChange(line: line, before: before, after: plan.text.string(line))
        }
        Console.out(ChangeReport.text(change, path: path, language))
    }
}
