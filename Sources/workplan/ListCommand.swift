import ArgumentParser
import WorkplanCore

/// `workplan list`: the plan as an outline, filtered, as text, JSON, CSV or an Excel workbook.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Liệt kê nhiệm vụ — list tasks as an outline, JSON, CSV or an Excel workbook.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(help: ArgumentHelp("Trạng thái / status: todo, doing, done, cancelled, postponed, blocked, open (chua, dang, xong, huy, hoan, vuong).", valueName: "S"))
    var status: [String] = []

    @Option(help: ArgumentHelp("Đơn vị chủ trì / lead unit code.", valueName: "UNIT"))
    var lead: String?

    @Option(help: ArgumentHelp("Đơn vị chủ trì hoặc phối hợp / a unit that leads or coordinates.", valueName: "UNIT"))
    var unit: String?

    @Option(help: ArgumentHelp("Văn bản giao có số chứa / the assigning document's number contains.", valueName: "TEXT"))
    var doc: String?

    @Option(help: ArgumentHelp("Sản phẩm có chứa / the expected output contains.", valueName: "TEXT"))
    var product: String?

    @OptionGroup var who: PersonOptions

    @Option(help: ArgumentHelp("Mảng công tác có tên chứa / track whose title contains.", valueName: "TEXT"))
    var track: String?

    @Option(name: .customLong("due-before"), help: ArgumentHelp("Hạn trước ngày / due before.", valueName: "DATE"))
    var dueBefore: String?

    @Flag(help: "Chỉ nhiệm vụ quá hạn / only overdue tasks.")
    var overdue = false

    @Option(help: ArgumentHelp("Tìm, không phân biệt hoa thường và dấu / search, ignoring case and diacritics.", valueName: "TEXT"))
    var search: String?

    @Option(name: .customLong("changed-since"), help: ArgumentHelp(
        "Chỉ nhiệm vụ đã đổi từ ngày hay cuộc họp, theo lịch sử git / only tasks changed since a day or a meeting, from git's history.",
        valueName: "DATE|MEETING"))
    var changedSince: String?

    @Option(help: ArgumentHelp("text, json, csv; xlsx (a workbook).", valueName: "FORMAT"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Tệp bảng tính / the workbook to write (xlsx; default: danh-sach-DATE.xlsx here, never over a file).", valueName: "OUT"))
    var output: String?

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        let outputFormat = TaskListFormatter.Format(rawValue: format)
        try DocumentFile.checkFormat(format, printed: outputFormat, output: output,
                                     choices: ("text, json, csv hoặc xlsx", "text, json, csv or xlsx"), language)
        var filter = TaskFilter()
        filter.statuses = try StatusArgument.parse(status, language)
        filter.lead = lead
        filter.unit = unit
        filter.document = doc
        filter.product = product
        filter.track = track
        filter.search = search
        let plan = try common.open(positional: path, language).plan
        filter.person = try who.resolve(common: common, plan: plan, language)
        filter.dueBefore = try dueBefore.map { text throws(CommandFailure) in
            try DateArgument.parse(text, today: today, in: plan, language)
        }
        filter.overdueOn = overdue ? today : nil
        if let changedSince {
            filter.only = try ChangedSince.tasks(changedSince, plan: plan, path: try common.location(positional: path, language).path,
                                                 today: today, language)
        }
        let indexes = filter.apply(to: plan)
        guard let outputFormat else {
            let target = try DocumentFile.save({ () throws(WordPackage.Failure) in
                try SpreadsheetPackage.bytes(of: Spreadsheet.list(indexes, of: plan, today: today, language: language))
            }, output: output, name: PaperFileName.list(on: today), format: "xlsx", language)
            return Console.out(language.pick(vi: "Đã ghi \(language.count(indexes.count, vi: "nhiệm vụ", en: "task")) vào \(target).\n",
                                             en: "Wrote \(language.count(indexes.count, vi: "nhiệm vụ", en: "task")) to \(target).\n"))
        }
        TaskListFormatter(language: language, today: today).write(indexes, of: plan, as: outputFormat) { chunk in
            Console.out(bytes: chunk)
        }
    }
}
