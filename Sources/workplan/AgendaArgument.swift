import WorkplanCore
import WorkplanTUI

/// The agendas `--agenda` names: one word, or several joined by commas that all hold
/// (`overdue,track:bau cu`, `overdue,week`).
struct AgendaArgument {
    /// The tasks it lets through.
    var filter = TreeFilter()
    /// True when only the tasks earlier meetings marked to follow up are taken.
    var followUpsOnly = false

    /// The agenda a text names, every word of it holding at once: `overdue,week` is the tasks
    /// overdue that were due this week, `week,month` the week's days within the month. A month,
    /// quarter or year is the one that holds `today`. An empty word, an unknown one or periods
    /// that do not overlap are a usage error that lists the words.
    static func parse(_ text: String, today: PlanDate, _ language: Language) throws(CommandFailure) -> AgendaArgument {
        var agenda = AgendaArgument()
        var overdue = false
        var days: ReportPeriod?
        func within(_ period: ReportPeriod?) throws(CommandFailure) {
            guard let period else { return }
            guard let current = days else {
                days = period
                return
            }
            guard let both = ReportPeriod(from: max(current.from, period.from), to: min(current.to, period.to)) else {
                throw .usage(vi: "các kỳ trong chương trình “\(text)” không có ngày nào chung",
                             en: "the periods of the agenda “\(text)” have no day in common", language)
            }
            days = both
        }
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let word = TextFolding.fold(part).trimmingPrefix(while: { $0 == " " })
            let value = String(part.drop(while: { $0 != ":" }).dropFirst())
            switch word {
            case "overdue", "qua-han", "quahan": overdue = true
            case "open", "chua-xong", "chuaxong": break
            case "week", "tuan": try within(TreeFilter.period(of: .dueThisWeek, today: today))
            case "month", "thang": try within(TreeFilter.period(of: .dueThisMonth, today: today))
            case "quarter", "quy": try within(TreeFilter.period(of: .dueThisQuarter, today: today))
            case "followup", "follow-up", "theo-doi", "theodoi": agenda.followUpsOnly = true
            case _ where word.hasPrefix("due:") || word.hasPrefix("han:"):
                guard let period = try? ReportPeriod.parse(value, asOf: today) else {
                    throw .usage(vi: "due: cần một kỳ như due:month, due:quarter, due:year hoặc due:2021-11-01..2021-11-30; "
                                    + "không đọc được “\(value)”",
                                 en: "due: needs a period such as due:month, due:quarter, due:year or due:2021-11-01..2021-11-30; "
                                    + "“\(value)” cannot be read", language)
                }
                try within(period)
            case _ where word.hasPrefix("lead:") || word.hasPrefix("chu-tri:"):
                agenda.filter.lead = value.uppercased()
            case _ where word.hasPrefix("track:") || word.hasPrefix("mang:"):
                agenda.filter.trackText = value
            default:
                let shown = part.trimmed.isEmpty ? language.pick(vi: "(trống)", en: "(empty)") : part
                throw .usage(vi: "không có chương trình “\(shown)”; dùng overdue, open, week, month, quarter, followup, "
                                + "track:TÊN, lead:MÃ, due:KỲ, hoặc nối bằng dấu phẩy như overdue,track:bầu cử",
                             en: "no agenda “\(shown)”; use overdue, open, week, month, quarter, followup, track:NAME, "
                                + "lead:CODE, due:PERIOD, or several joined by commas such as overdue,track:election", language)
            }
        }
        agenda.filter.status = overdue ? .overdue : .open
        agenda.filter.due = days
        return agenda
    }
}
