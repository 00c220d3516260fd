/// A `DeadlineDigest` as plain text ready to paste into a message, and as one line for the
/// interface's first screen.
public struct DeadlineDigestText: Sendable {
    /// The language of the words and dates.
    public let language: Language

    /// Makes a writer.
    public init(language: Language) {
        self.language = language
    }

    /// `Việc cần đôn đốc ngày 29/10/2021: 5 quá hạn, 3 sắp đến hạn (trong 3 ngày làm việc tới).`,
    /// then a paragraph per person or unit, ending with a newline.
    public func text(_ digest: DeadlineDigest, plan: Plan) -> String {
        let day = digest.day.formatted(language)
        guard !digest.isEmpty else {
            return language.pick(vi: "Ngày \(day) không có việc nào quá hạn hay sắp đến hạn (\(window(digest))).\n",
                                 en: "On \(day) no task is overdue or due soon (\(window(digest))).\n")
        }
        var lines = [language.pick(vi: "Việc cần đôn đốc ngày \(day): ", en: "Tasks to chase on \(day): ")
            + counts(overdue: digest.overdueCount, soon: digest.dueSoonCount) + " (" + window(digest) + ")."]
        for group in digest.groups {
            lines.append("")
            let overdue = group.items.filter { $0.overdue != nil }.count
            lines.append((digest.grouping ?? .unit).label(code: group.code, name: group.name, language) + ": " + counts(overdue: overdue, soon: group.items.count - overdue))
            for item in group.items { lines.append("- " + line(item, plan: plan, digestDay: digest.day)) }
        }
        return lines.map(TextForm.visible).joined(separator: "\n") + "\n"
    }

    /// `5 việc quá hạn, 3 việc sắp đến hạn trong 3 ngày làm việc tới`, for one line of the
    /// interface; with `mine`, the officer's own after it.
    public func summary(_ digest: DeadlineDigest, mine: DeadlineDigest? = nil) -> String {
        guard !digest.isEmpty else {
            return language.pick(vi: "Không có việc nào quá hạn hay sắp đến hạn", en: "No task is overdue or due soon")
        }
        var text = counts(overdue: digest.overdueCount, soon: digest.dueSoonCount) + " (" + window(digest) + ")"
        if let mine {
            text += language.pick(vi: " · của tôi: ", en: " · mine: ") + counts(overdue: mine.overdueCount, soon: mine.dueSoonCount)
        }
        return text
    }

    private func counts(overdue: Int, soon: Int) -> String {
        language.pick(vi: "\(language.number(overdue)) quá hạn, \(language.number(soon)) sắp đến hạn",
                      en: "\(language.number(overdue)) overdue, \(language.number(soon)) due soon")
    }

    private func window(_ digest: DeadlineDigest) -> String {
        language.pick(vi: "trong \(digest.workingDays) ngày làm việc tới",
                      en: "within \(language.count(digest.workingDays, vi: "", en: "working day"))")
    }

    /// `Quá hạn 29 ngày, 21 ngày làm việc: TK6 Biên soạn … (hạn 30/09/2021)`, or `Đến hạn
    /// 03/11/2021, còn 3 ngày làm việc: KH5.3 Gửi tài liệu …`.
    private func line(_ item: DeadlineDigest.Item, plan: Plan, digestDay: PlanDate) -> String {
        let task = plan.tasks[item.task]
        let label = (task.id.map { $0 + " " } ?? "") + task.title
        let due = item.deadline.formatted(language)
        if let age = item.overdue {
            let written = item.due == item.deadline ? ""
                : language.pick(vi: ", tính đến \(due)", en: ", counted to \(due)")
            return language.pick(vi: "Quá hạn ", en: "Overdue ") + age.text(language) + ": " + label
                + language.pick(vi: " (hạn \(item.due.formatted(.vi))\(written))", en: " (due \(item.due.formatted(.en))\(written))")
        }
        let left = item.workingDaysLeft ?? 0
        let when: String
        if item.deadline == digestDay {
            when = language.pick(vi: "Đến hạn hôm nay", en: "Due today")
        } else if left == 0 {
            when = language.pick(vi: "Đến hạn \(due)", en: "Due \(due)")
        } else {
            when = language.pick(vi: "Đến hạn \(due), còn \(left) ngày làm việc",
                                 en: "Due \(due), " + language.count(left, vi: "", en: "working day") + " left")
        }
        return when + ": " + label
    }
}
