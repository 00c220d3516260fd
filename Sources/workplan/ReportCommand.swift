import ArgumentParser
import WorkplanCore

/// `workplan report`: the office's report on the plan — per track how many tasks are done,
/// in progress, overdue; the quantitative results; the meetings' decisions; the open tasks.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Báo cáo tình hình thực hiện — the office's report: per-track counts, results, decisions, open tasks.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Tính đến ngày / as of (default: today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp(
        "Kỳ báo cáo / period: month, quarter, year (containing the as-of day) or FROM..TO (2021-07-01..2021-09-30).",
        valueName: "PERIOD"))
    var period: String?

    @Option(help: ArgumentHelp("text, markdown, csv, json; xlsx (a workbook, a sheet per table).", valueName: "FORMAT"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Tệp bảng tính / the workbook to write (xlsx; default: bao-cao-DATE.xlsx here, never over a file).", valueName: "OUT"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Tính theo hạn / count against: in-force (the deadline in force on the day, extensions included) or original (the first).",
        valueName: "DEADLINE"))
    var against: String = "in-force"

    func run() throws {
        let language = try common.language()
        let outputFormat = ReportFormatter.Format(rawValue: format)
        try DocumentFile.checkFormat(format, printed: outputFormat, output: output,
                                     choices: ("text, markdown, csv, json hoặc xlsx", "text, markdown, csv, json or xlsx"), language)
        let basis: DeadlineBasis
        switch against.lowercased() {
        case "in-force", "current", "hien-hanh", "hiện-hành": basis = .inForce
        case "original", "goc", "gốc", "ban-dau", "ban-đầu": basis = .original
        default:
            throw CommandFailure.usage(vi: "--against \"\(against)\" không có; dùng in-force (hạn đang áp dụng) hoặc original (hạn ban đầu)",
                                       en: "no --against \"\(against)\"; use in-force or original", language)
        }
        let today = try common.today(language)
        let planFile = try common.open(positional: path, language)
        let day = try asOf.map { text throws(CommandFailure) in
            try DateArgument.parse(text, today: today, in: planFile.plan, language)
        } ?? today
        let reportPeriod = try period.map { text throws(CommandFailure) in
            try ReportPeriodArgument.parse(text, planFile.plan.periodReference(near: day), language)
        }
        let meetings = MeetingArchive(planPath: planFile.path).meetings().map(\.minutes)
        let report = PlanReport(plan: planFile.plan, asOf: day, period: reportPeriod, meetings: meetings, against: basis)
        guard let outputFormat else {
            let target = try DocumentFile.save({ () throws(WordPackage.Failure) in
                try SpreadsheetPackage.bytes(of: Spreadsheet.report(report, language: language))
            }, output: output, name: PaperFileName.report(asOf: report.asOf), format: "xlsx", language)
            return Console.out(language.pick(vi: "Đã ghi các bảng của báo cáo vào \(target).\n",
                                             en: "Wrote the report's tables to \(target).\n"))
        }
        ReportFormatter(language: language).write(report, as: outputFormat) { Console.out($0) }
    }
}
