import ArgumentParser
import WorkplanCore

/// `workplan report`: per track and for the plan, how many tasks are done, in progress, overdue.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Báo cáo tình hình thực hiện — per-track counts and percentages.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Tính đến ngày / as of (default: today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("text, markdown.", valueName: "FORMAT"))
    var format: String = "text"

    func run() throws {
        let language = try common.language()
        guard let outputFormat = ReportFormatter.Format(rawValue: format) else {
            throw CommandFailure.usage(vi: "định dạng \"\(format)\" không có; dùng text hoặc markdown",
                                       en: "no format \"\(format)\"; use text or markdown", language)
        }
        let day = try asOf.map { text throws(CommandFailure) in try DateArgument.parse(text, language) }
            ?? common.today(language)
        let plan = try common.open(positional: path, language).plan
        Console.out(ReportFormatter(language: language).format(PlanReport(plan: plan, asOf: day), as: outputFormat))
    }
}
