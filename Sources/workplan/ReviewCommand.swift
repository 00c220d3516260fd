import ArgumentParser
import WorkplanCore
import WorkplanTUI

/// `workplan review [FILE] [--agenda WHAT] [--resume]`: holds a review meeting full screen.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Họp rà soát kế hoạch, ghi biên bản — hold a review meeting and write its minutes.",
        discussion: """
        --agenda: overdue (quá hạn), open (chưa xong), week, month, quarter, track:TEXT, lead:CODE,
        due:PERIOD (month, quarter, year or FROM..TO, such as due:2021-11-01..2021-11-30),
        or several joined by commas: overdue,track:bầu cử.
        Không có --agenda thì chọn trên màn hình / without it, choose on screen.
        --resume: họp tiếp cuộc họp bị ngắt / go on with a meeting that was cut off.
        """)

    @OptionGroup var common: CommonOptions
    @OptionGroup var interface: InterfaceOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var file: String?

    @Option(help: ArgumentHelp("Chương trình họp / the agenda.", valueName: "WHAT"))
    var agenda: String?

    @Flag(help: "Họp tiếp cuộc họp bị ngắt / go on with the meeting that was cut off.")
    var resume = false

    func run() throws {
        try MainActor.assumeIsolated {
            let language = try common.language()
            let today = try common.today(language)
            let filter = try agenda.map { text throws(CommandFailure) in try AgendaArgument.filter(text, today: today, language) }
            if resume, filter != nil {
                throw CommandFailure.usage(vi: "--resume họp tiếp chương trình cũ; đừng kèm --agenda",
                                           en: "--resume goes on with the old agenda; leave out --agenda", language)
            }
            try InterfaceLauncher(common: common, interface: interface, file: file).run { runtime, language throws(CommandFailure) in
                if resume {
                    guard runtime.resumeMeeting() else {
                        throw .failed(vi: "không có cuộc họp nào bị ngắt để họp tiếp (biên bản nào cũng đã có giờ kết thúc)",
                                      en: "there is no meeting that was cut off to go on with (every minutes file has its end)",
                                      language)
                    }
                } else if let filter, !runtime.beginMeeting(agenda: filter) {
                    throw .failed(vi: "không có nhiệm vụ nào theo chương trình “\(agenda ?? "")”",
                                  en: "no task fits the agenda “\(agenda ?? "")”", language)
                } else if filter == nil {
                    runtime.chooseAgenda()
                }
            }
        }
    }
}

/// The agendas `--agenda` names: one word, or several joined by commas that all hold
/// (`overdue,track:bau cu`).
enum AgendaArgument {
    /// The filter an agenda names (a month, quarter or year being the one that holds `today`),
    /// or a usage error listing the words.
    static func filter(_ text: String, today: PlanDate, _ language: Language) throws(CommandFailure) -> TreeFilter {
        var filter = TreeFilter()
        for part in text.split(separator: ",").map(String.init) {
            let word = TextFolding.fold(part).trimmingPrefix(while: { $0 == " " })
            let value = String(part.drop(while: { $0 != ":" }).dropFirst())
            switch word {
            case "overdue", "qua-han", "quahan": filter.status = .overdue
            case "open", "chua-xong", "chuaxong": filter.status = filter.status ?? .open
            case "week", "tuan": filter.status = .dueThisWeek
            case "month", "thang": filter.status = .dueThisMonth
            case "quarter", "quy": filter.status = .dueThisQuarter
            case _ where word.hasPrefix("due:") || word.hasPrefix("han:"):
                guard let period = try? ReportPeriod.parse(value, asOf: today) else {
                    throw .usage(vi: "due: cần một kỳ như due:month, due:quarter, due:year hoặc due:2021-11-01..2021-11-30; "
                                    + "không đọc được “\(value)”",
                                 en: "due: needs a period such as due:month, due:quarter, due:year or due:2021-11-01..2021-11-30; "
                                    + "“\(value)” cannot be read", language)
                }
                filter.due = period
            case _ where word.hasPrefix("lead:") || word.hasPrefix("chu-tri:"):
                filter.lead = value.uppercased()
            case _ where word.hasPrefix("track:") || word.hasPrefix("mang:"):
                filter.trackText = value
            default:
                throw .usage(vi: "không có chương trình “\(part)”; dùng overdue, open, week, month, quarter, track:TÊN, "
                                + "lead:MÃ, due:KỲ, hoặc nối bằng dấu phẩy như overdue,track:bầu cử",
                             en: "no agenda “\(part)”; use overdue, open, week, month, quarter, track:NAME, lead:CODE, "
                                + "due:PERIOD, or several joined by commas such as overdue,track:election", language)
            }
        }
        if filter.status == nil { filter.status = .open }
        return filter
    }
}
