import ArgumentParser
import WorkplanCore

/// `workplan export plan|report|minutes --format docx`: the office's papers in the state format,
/// with the header and signature of the office the plan's `## Cơ quan` section (and the
/// officer's config) names.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Xuất văn bản — write the plan (kế hoạch), the report (báo cáo) or a meeting's minutes (biên bản) as a Word document, or the plan's table as an Excel workbook.",
        discussion: """
        Không có -o thì tệp được ghi vào thư mục hiện tại, với tên theo loại văn bản (ke-hoach-2021.docx, \
        bao-cao-2021-10-29.docx, bien-ban-2021-10-05.docx), không đè lên tệp đã có.
        Without -o the file goes into the current folder, named after the paper, never over a file already there.
        """)

    /// The papers.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case plan, report, minutes
    }

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("plan, report, minutes."))
    var kind: Kind

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(help: ArgumentHelp("docx; xlsx for the plan's table.", valueName: "FORMAT"))
    var format: String = "docx"

    @Option(name: .shortAndLong, help: ArgumentHelp("Tệp ra / the file to write.", valueName: "OUT"))
    var output: String?

    @Option(help: ArgumentHelp("Số văn bản / the paper's number (default: the plan's next number, else left blank).",
                               valueName: "N"))
    var number: Int?

    @Option(help: ArgumentHelp("Ngày ký / the paper's date (default: today).", valueName: "DATE"))
    var date: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Báo cáo tính đến ngày / the report as of (default: the paper's date).",
                                                          valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Kỳ báo cáo / the report's period, as in workplan report.", valueName: "PERIOD"))
    var period: String?

    @Option(help: ArgumentHelp("Cuộc họp / the meeting (file name or date; default: the latest).", valueName: "ID"))
    var meeting: String?

    func run() throws {
        let language = try common.language()
        guard format == "docx" || format == "xlsx" else {
            throw CommandFailure.usage(vi: "định dạng \"\(format)\" không có; dùng docx hoặc xlsx",
                                       en: "no format \"\(format)\"; use docx or xlsx", language)
        }
        guard format == "docx" || kind != .minutes else {
            throw CommandFailure.usage(vi: "biên bản chỉ xuất ra docx; xlsx có cho kế hoạch và báo cáo",
                                       en: "minutes are written as docx only; xlsx is there for the plan and the report", language)
        }
        if let number, number < 1 {
            throw CommandFailure.usage(vi: "--number phải từ 1", en: "--number must be 1 or more", language)
        }
        let today = try common.today(language)
        let planFile = try common.open(positional: path, language)
        let plan = planFile.plan
        let identity = plan.office.overlaid(with: try common.config(language).office)
        let day = try date.map { text throws(CommandFailure) in try DateArgument.parse(text, today: today, in: plan, language) }
            ?? today
        let number = self.number ?? identity.nextNumber
        // The Word paper, or the workbook (only the one asked for is made).
        let workbook = format == "xlsx"
        let document: Document
        let name: String
        switch kind {
        case .plan:
            document = workbook ? .table(Spreadsheet.plan(plan))
                : .paper(Paper.plan(plan, identity: identity, number: number, date: day))
            name = PaperFileName.plan(year: plan.periodReference(near: day).year)
        case .report:
            let reportDay = try asOf.map { text throws(CommandFailure) in
                try DateArgument.parse(text, today: today, in: plan, language)
            } ?? day
            let reportPeriod = try period.map { text throws(CommandFailure) in
                try ReportPeriodArgument.parse(text, plan.periodReference(near: reportDay), language)
            }
            let meetings = MeetingArchive(planPath: planFile.path).meetings().map(\.minutes)
            let report = PlanReport(plan: plan, asOf: reportDay, period: reportPeriod, meetings: meetings)
            document = workbook ? .table(Spreadsheet.report(report, language: language))
                : .paper(Paper.report(report, identity: identity, number: number, date: day))
            name = PaperFileName.report(asOf: report.asOf)
        case .minutes:
            let archive = MeetingArchive(planPath: planFile.path)
            let meetings = archive.meetings()
            guard !meetings.isEmpty else { throw MinutesSelection.noMeetings(folder: archive.folder, language) }
            let chosen = try MinutesSelection.choose(meeting, among: meetings, folder: archive.folder, today: today, language)
            document = .paper(Paper.minutes(chosen.minutes, identity: identity, number: number))
            name = PaperFileName.minutes(on: chosen.minutes.date)
        }
        let target = try DocumentFile.save({ () throws(WordPackage.Failure) in
            switch document {
            case let .paper(paper): try WordPackage.bytes(of: paper)
            case let .table(table): try SpreadsheetPackage.bytes(of: table)
            }
        }, output: output, name: name, format: format, language)
        let what = switch document {
        case let .paper(paper): language.pick(vi: paper.kind.title.lowercased(), en: kind.rawValue)
        case .table: kind == .plan ? language.pick(vi: "bảng nhiệm vụ", en: "task table")
            : language.pick(vi: "các bảng của báo cáo", en: "report's tables")
        }
        Console.out(language.pick(vi: "Đã ghi \(what) vào \(target).\n", en: "Wrote the \(what) to \(target).\n"))
    }

    /// What is written: a Word paper or a workbook.
    private enum Document {
        case paper(Paper)
        case table(Spreadsheet)
    }
}
