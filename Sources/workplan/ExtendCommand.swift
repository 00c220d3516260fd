import ArgumentParser
import WorkplanCore

/// `workplan extend ID DATE --reason TEXT [--by DOCUMENT]`: extends a task's deadline from today;
/// its `due:` becomes the new one and an entry under it keeps the old one, the reason and the
/// deciding document, so the report can count against either.
struct ExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Gia hạn nhiệm vụ — extend a task's deadline, keeping the old one, the reason and the document.",
        discussion: """
        Ví dụ / example:
          workplan extend KH1 20/07/2021 --reason "Chờ ý kiến Bộ Nội vụ" --by "Thông báo 12/TB-HĐND"
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Mã nhiệm vụ / task id.", valueName: "ID"))
    var id: String

    @Argument(help: ArgumentHelp("Hạn mới / the new due date (20/07/2021, +10nlv).", valueName: "DATE"))
    var date: String

    @Option(help: ArgumentHelp("Lý do gia hạn / why it is extended.", valueName: "TEXT"))
    var reason: String

    @Option(help: ArgumentHelp("Văn bản quyết định / the deciding document (số, ký hiệu).", valueName: "DOCUMENT"))
    var by: String?

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        var planFile = try common.open(positional: nil, language)
        let due = try DateArgument.parse(date, today: today, in: planFile.plan, language)
        let index = try planFile.plan.requireTask(id: id, language)
        let edits = try planFile.commit([.extend(task: index, to: due, reason: reason, decidedBy: by, language: language)],
                                        today: today, language)
        Console.out(ChangeReport.text(edits, path: planFile.path, language))
    }
}
