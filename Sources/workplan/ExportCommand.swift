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
        guard format == "docx" || kind == .plan else {
            throw CommandFailure.usage(vi: "xlsx mới có cho bảng nhiệm vụ của kế hoạch (export plan --format xlsx)",
                                       en: "xlsx is there for the plan's task table only (export plan --format xlsx)", language)
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
        // The paper, or nil for the plan's workbook, which is made from the plan itself.
        let paper: Paper?
        let name: String
        switch kind {
        case .plan:
            paper = format == "xlsx" ? nil : Paper.plan(plan, identity: identity, number: number, date: day)
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
            paper = Paper.report(report, identity: identity, number: number, date: day)
            name = PaperFileName.report(asOf: report.asOf)
        case .minutes:
            let archive = MeetingArchive(planPath: planFile.path)
            let meetings = archive.meetings()
            guard !meetings.isEmpty else { throw MinutesSelection.noMeetings(folder: archive.folder, language) }
            let chosen = try MinutesSelection.choose(meeting, among: meetings, folder: archive.folder, today: today, language)
            paper = Paper.minutes(chosen.minutes, identity: identity, number: number)
            name = PaperFileName.minutes(on: chosen.minutes.date)
        }
        let bytes: [UInt8]
        do {
            if let paper {
                bytes = try WordPackage.bytes(of: paper)
            } else {
                bytes = try SpreadsheetPackage.bytes(of: Spreadsheet.plan(plan))
            }
        } catch {
            throw CommandFailure.failed(vi: "không tạo được tệp \(format): \(error.reason)",
                                        en: "could not make the \(format) file: \(error.reason)", language)
        }
        let target = try output ?? PaperFileName.free(name, extension: format, language)
        do {
            try PlanStore().write(bytes, to: target, expecting: nil)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        let what = paper?.kind.title.lowercased() ?? language.pick(vi: "bảng nhiệm vụ", en: "task table")
        Console.out(language.pick(vi: "Đã ghi \(what) vào \(target).\n",
                                  en: "Wrote the \(format == "xlsx" ? "task table" : kind.rawValue) to \(target).\n"))
    }
}
