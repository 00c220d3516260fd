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
        var planFile = try common.open(positional: nil, language)
        let edits = try FieldAssignments.parse(assignments, today: today, in: planFile.plan, language)
        let index = try planFile.plan.requireTask(id: id, language)
        var operations: [PlanOperation] = []
        if let title = edits.title { operations.append(.setTitle(task: index, title: title)) }
        if !edits.fields.isEmpty { operations.append(.setFields(task: index, fields: edits.fields)) }
        if let status = edits.status { operations.append(.setStatus(task: index, status: status)) }
        let changes = try planFile.commit(operations, today: today, language)
        Console.out(ChangeReport.text(changes, path: planFile.path, language))
    }
}
