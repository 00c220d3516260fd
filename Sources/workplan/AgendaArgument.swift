import WorkplanCore
import WorkplanTUI

/// The agendas `--agenda` names: one word, or several joined by commas that all hold
/// (`overdue,track:bau cu`).
struct AgendaArgument {
    /// The tasks it lets through.
    var filter = TreeFilter()
    /// True when only the tasks earlier meetings marked to follow up are taken.
    var followUpsOnly = false

    /// The agenda a text names (a month, quarter or year being the one that holds `today`), or
    /// a usage error listing the words.
    static func parse(_ text: String, today: PlanDate, _ language: Language) throws(CommandFailure) -> AgendaArgument {
        var agenda = AgendaArgument()
        for part in text.split(separator: ",").map(String.init) {
            let word = TextFolding.fold(part).trimmingPrefix(while: { $0 == " " })
            let value = String(part.drop(while: { $0 != ":" }).dropFirst())
            switch word {
            case "overdue", "qua-han", "quahan": agenda.filter.status = .overdue
            case "open", "chua-xong", "chuaxong": agenda.filter.status = agenda.filter.status ?? .open
            case "week", "tuan": agenda.filter.status = .dueThisWeek
            case "month", "thang": agenda.filter.status = .dueThisMonth
            case "quarter", "quy": agenda.filter.status = .dueThisQuarter
            case "followup", "follow-up", "theo-doi", "theodoi": agenda.followUpsOnly = true
            case _ where word.hasPrefix("due:") || word.hasPrefix("han:"):
                guard let period = try? ReportPeriod.parse(value, asOf: today) else {
                    throw .usage(vi: "due: cần một kỳ như due:month, due:quarter, due:year hoặc due:2021-11-01..2021-11-30; "
                                    + "không đọc được “\(value)”",
                                 en: "due: needs a period such as due:month, due:quarter, due:year or due:2021-11-01..2021-11-30; "
                                    + "“\(value)” cannot be read", language)
                }
                agenda.filter.due = period
            case _ where word.hasPrefix("lead:") || word.hasPrefix("chu-tri:"):
                agenda.filter.lead = value.uppercased()
            case _ where word.hasPrefix("track:") || word.hasPrefix("mang:"):
                agenda.filter.trackText = value
            default:
                throw .usage(vi: "không có chương trình “\(part)”; dùng overdue, open, week, month, quarter, followup, "
                                + "track:TÊN, lead:MÃ, due:KỲ, hoặc nối bằng dấu phẩy như overdue,track:bầu cử",
                             en: "no agenda “\(part)”; use overdue, open, week, month, quarter, followup, track:NAME, "
                                + "lead:CODE, due:PERIOD, or several joined by commas such as overdue,track:election", language)
            }
        }
        if agenda.filter.status == nil { agenda.filter.status = .open }
        return agenda
    }
}
