/// The words and sentences of a report for people (text and Markdown), in one language.
struct ReportWords {
    /// The language of every word.
    let language: Language
    /// True to name each task by its id before its title, as the screen and the text report do;
    /// false on a paper, where an id means nothing to its reader.
    var namesIds = true
    /// The units' full names by code, to name a lead unit on a paper (`chủ trì Phòng Tổng hợp`);
    /// empty on the screen and in the text report, which write the code.
    var unitNames: [String: String] = [:]

    /// `Kỳ báo cáo: quý III/2021 (từ ngày 01/07/2021 đến ngày 30/09/2021)`, or nil without a period.
    func periodLine(_ report: PlanReport) -> String? {
        report.period.map { language.pick(vi: "Kỳ báo cáo: ", en: "Period: ") + $0.label(language) }
    }

    /// `Tính đến ngày 29/10/2021`, with `(tính theo hạn ban đầu)` when the report counts against
    /// the original deadlines, so that a reader does not take its overdue tasks for the office's.
    func asOfLine(_ report: PlanReport) -> String {
        let day = language.pick(vi: "Tính đến ngày \(report.asOf.formatted(.vi))", en: "As of \(report.asOf.formatted(.en))")
        guard report.basis == .original else { return day }
        return day + language.pick(vi: " (tính theo hạn ban đầu)", en: " (counted against the original deadlines)")
    }

    /// Section I's title, in sentence case.
    var resultsSection: String { language.pick(vi: "Kết quả thực hiện nhiệm vụ", en: "Tasks and results") }

    /// Section II's title.
    var meetingsSection: String {
        language.pick(vi: "Kết luận, chỉ đạo tại các cuộc họp", en: "Decisions of the meetings")
    }

    /// Section III's title: where the open tasks are carried, with a period.
    func openSection(_ report: PlanReport) -> String {
        guard let period = report.period else { return language.pick(vi: "Nhiệm vụ chưa hoàn thành", en: "Open tasks") }
        return language.pick(vi: "Nhiệm vụ chưa hoàn thành, chuyển sang ", en: "Open tasks carried into ")
            + period.nextLabel(language)
    }

    /// The name of the total: the whole plan, or the period's tasks.
    func totalTitle(_ report: PlanReport) -> String {
        report.period == nil ? language.pick(vi: "Toàn kế hoạch", en: "Whole plan")
            : language.pick(vi: "Tổng cộng trong kỳ", en: "Total for the period")
    }

    /// The heading of the quantitative results in Markdown.
    var quantitative: String { language.pick(vi: "Kết quả định lượng", en: "Quantitative results") }

    /// Section II when no meeting was held.
    var noMeetings: String {
        language.pick(vi: "Không có cuộc họp nào trong kỳ báo cáo.", en: "No meetings were held in the period.")
    }

    /// A meeting that took no decision on a task.
    var noDecisions: String {
        language.pick(vi: "Không có kết luận về nhiệm vụ nào.", en: "No decisions on tasks.")
    }

    /// Section III when every task is done or cancelled.
    var noOpenTasks: String {
        language.pick(vi: "Không còn nhiệm vụ nào chưa hoàn thành.", en: "No tasks remain open.")
    }

    /// The label of a decision, as the minutes write it.
    var decisionLabel: String { MinutesLabel.decision.text(language) }
    /// The label of who is responsible.
    var responsibleLabel: String { MinutesLabel.responsible.text(language) }

    /// A track's heading, or the words for tasks before the first one.
    func trackTitle(_ title: String) -> String {
        title.isEmpty ? language.pick(vi: "(Không thuộc mảng nào)", en: "(No track)") : title
    }

    /// The one sentence of section I for a period in which no task was due or done, with the
    /// days the plan's due dates span, so that the reader sees which period to ask for.
    func emptyPeriod(_ report: PlanReport) -> String {
        let span = report.dueSpan.map { span in
            language.pick(vi: " Các nhiệm vụ của kế hoạch có hạn từ \(span.from.formatted(language)) đến \(span.to.formatted(language)).",
                          en: " The plan's tasks are due from \(span.from.formatted(language)) to \(span.to.formatted(language)).")
        } ?? ""
        return language.pick(vi: "Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ.",
                             en: "No tasks were due or done in the period.") + span
    }

    /// `Tổng số 14 nhiệm vụ: hoàn thành 9, đang thực hiện 3, chưa thực hiện 1, hủy bỏ 1; hoàn thành
    /// 69,2% tổng số.`: the statuses, which add up to the total, and the share done of all (less
    /// the cancelled); or a sentence saying there are none.
    func summary(_ counts: PlanReport.Counts, _ report: PlanReport) -> String {
        guard counts.total > 0 else {
            return report.period == nil ? language.pick(vi: "Không có nhiệm vụ nào.", en: "No tasks.")
                : language.pick(vi: "Không có nhiệm vụ nào đến hạn hoặc hoàn thành trong kỳ.",
                                en: "No tasks were due or done in the period.")
        }
        let percent = Percent.format(permille: counts.donePermille, language)
        let parts = statusCounts(counts).enumerated()
            .filter { $0.offset < 2 || $0.element.count > 0 }
            .map { "\($0.element.name) \(language.number($0.element.count))" }
        return language.pick(vi: "Tổng số \(language.count(counts.total, vi: "nhiệm vụ", en: "task")): ",
                             en: language.count(counts.total, vi: "nhiệm vụ", en: "task") + ": ")
            + parts.joined(separator: ", ")
            + language.pick(vi: "; hoàn thành \(percent) tổng số.", en: "; \(percent) of all done.")
    }

    /// The statuses in a fixed order, each with its name and count: done and in progress first,
    /// always shown; the others where they occur. Together they add up to the total.
    func statusCounts(_ counts: PlanReport.Counts) -> [(name: String, count: Int)] {
        [(TaskStatus.done.name(language), counts.done), (TaskStatus.inProgress.name(language), counts.inProgress),
         (TaskStatus.notStarted.name(language), counts.notStarted), (TaskStatus.postponed.name(language), counts.postponed),
         (TaskStatus.blocked.name(language), counts.blocked), (TaskStatus.cancelled.name(language), counts.cancelled),
         (language.pick(vi: "hoàn thành sau đó", en: "done later"), counts.doneLater),
         (language.pick(vi: "trạng thái không rõ", en: "unknown status"), counts.unknown)]
    }

    /// `Theo hạn: hoàn thành đúng hạn 7, hoàn thành quá hạn 1, chưa đến hạn 3, quá hạn 2; tỷ lệ
    /// hoàn thành nhiệm vụ đến hạn 80% (8/10), đúng hạn 70%.`
    func deadlineSummary(_ counts: DeadlineCounts) -> String {
        language.pick(vi: "Theo hạn: ", en: "By deadline: ") + deadlineClause(counts) + "."
    }

    /// The four counts of the grid, what is left out of it, and the two rates, or that no task
    /// has come due: the clause the tracks, units and persons share.
    func deadlineClause(_ counts: DeadlineCounts) -> String {
        let outside = [(language.pick(vi: "không có hạn", en: "no deadline"), counts.noDeadline),
                       (TaskStatus.postponed.name(language), counts.postponed),
                       (TaskStatus.cancelled.name(language), counts.cancelled)]
            .filter { $0.1 > 0 }.map { "\($0.0) \(language.number($0.1))" }
        guard counts.comeDue + counts.notYetDue > 0 else {
            return language.pick(vi: "không có nhiệm vụ nào để xét (", en: "no task to count (")
                + outside.joined(separator: ", ") + ")"
        }
        var text = DeadlineState.allCases.map { "\($0.name(language)) \(language.number(counts[$0]))" }
            .joined(separator: ", ")
        if !outside.isEmpty {
            text += language.pick(vi: " (không xét hạn: ", en: " (left out: ") + outside.joined(separator: ", ") + ")"
        }
        guard let due = counts.duePermille, let onTime = counts.onTimePermille else {
            return text + language.pick(vi: "; chưa có nhiệm vụ nào đến hạn", en: "; no task has come due yet")
                + extendedClause(counts)
        }
        let done = language.number(counts.doneOnTime + counts.doneLate)
        let comeDue = language.number(counts.comeDue)
        return text + language.pick(
            vi: "; tỷ lệ hoàn thành nhiệm vụ đến hạn \(Percent.format(permille: due, language)) (\(done)/\(comeDue)), đúng hạn \(Percent.format(permille: onTime, language))",
            en: "; \(Percent.format(permille: due, language)) of the tasks come due done (\(done) of \(comeDue)), \(Percent.format(permille: onTime, language)) on time")
            + extendedClause(counts)
    }

    /// `; 3 nhiệm vụ được gia hạn`, or nothing when no deadline was extended.
    func extendedClause(_ counts: DeadlineCounts) -> String {
        guard counts.extended > 0 else { return "" }
        return "; " + language.pick(vi: "\(language.number(counts.extended)) nhiệm vụ được gia hạn",
                                    en: counts.extended == 1 ? "1 task extended" : "\(language.number(counts.extended)) tasks extended")
    }

    /// The heading of the tables by deadline in Markdown.
    var byDeadline: String { language.pick(vi: "Theo hạn", en: "By deadline") }

    /// The heading of the groups by lead unit, or by person.
    func groupsTitle(_ kind: TaskGrouping) -> String {
        switch kind {
        case .unit: language.pick(vi: "Theo đơn vị chủ trì", en: "By lead unit")
        case .person: language.pick(vi: "Theo người theo dõi", en: "By person following")
        }
    }

    /// `TH Phòng Tổng hợp: 12 nhiệm vụ; hoàn thành đúng hạn 5, …`: one group's line.
    func group(_ group: PlanReport.GroupSummary) -> String {
        groupName(group) + ": " + language.count(group.counts.total, vi: "nhiệm vụ", en: "task") + "; "
            + deadlineClause(group.counts.deadlines) + "."
    }

    /// The group's name, as `TaskGrouping.label` writes it.
    func groupName(_ group: PlanReport.GroupSummary) -> String {
        group.kind.label(code: group.code, name: group.name, language)
    }

    /// `TX2 Tổng kết …: tiếp nhận 132 đơn, 127 đơn đủ điều kiện, đã xử lý 121 đơn (đạt 95,3%)`;
    /// a task with entries: `TX1 Tiếp công dân …: 9 buổi tiếp công dân, 42 lượt công dân, 26 vụ
    /// việc`, then its latest progress note (`báo cáo tiến độ ngày 20/10/2021: …`).
    func result(_ line: PlanReport.ResultLine) -> String {
        var parts: [String] = []
        if let value = line.counted?.formatted(language) ?? line.progress?.formatted(language) { parts.append(value) }
        if let entries = line.entries {
            if !entries.sums.isEmpty { parts.append(entries.formatted(language)) }
            if let note = entries.latestNote {
                parts.append(language.pick(vi: "báo cáo tiến độ ngày ", en: "progress report of ")
                             + note.date.formatted(language) + ": " + note.text)
            }
        }
        return label(line.id, line.title) + ": " + parts.joined(separator: "; ")
    }

    /// `KH5.2 Thẩm tra … (chủ trì BKTNS; hạn 29/10/2021; vướng mắc; quá hạn)`, built in one string
    /// (a large plan has tens of thousands of these lines).
    func openTask(_ task: PlanReport.OpenTask) -> String {
        var text = ""
        text.reserveCapacity(task.title.utf8.count + 160)
        text += label(task.id, task.title)
        text += " ("
        if let lead = task.lead { text += language.pick(vi: "chủ trì ", en: "lead ") + (unitNames[lead] ?? lead) + "; " }
        if let due = task.due {
            text += language.pick(vi: "hạn ", en: "due ") + due.formatted(language)
            if let first = task.extendedFrom {
                text += language.pick(vi: ", gia hạn từ ", en: ", extended from ") + first.formatted(language)
            }
            if let later = task.extendedTo {
                text += language.pick(vi: ", đã gia hạn đến ", en: ", since extended to ") + later.formatted(language)
            }
            if let counted = task.countedTo {
                text += language.pick(vi: ", tính đến ", en: ", counted to ") + counted.formatted(language)
            }
            text += "; "
        }
        if let done = task.doneLater {
            text += language.pick(vi: "hoàn thành ngày ", en: "done on ") + done.formatted(language)
        } else {
            text += task.status?.name(language) ?? language.pick(vi: "trạng thái không rõ", en: "unknown status")
        }
        if let age = task.overdue { text += language.pick(vi: "; quá hạn ", en: "; overdue ") + age.text(language) }
        return text + ")"
    }

    /// `Họp giao ban tháng 10/2021 (ngày 05/10/2021)`.
    func meetingTitle(_ meeting: PlanReport.MeetingSummary) -> String {
        meeting.title + language.pick(vi: " (ngày \(meeting.date.formatted(.vi)))", en: " (\(meeting.date.formatted(.en)))")
    }

    /// `KH5.2 Thẩm tra …`.
    func decisionTask(_ decision: PlanReport.Decision) -> String {
        label(decision.taskId, decision.title)
    }

    private func label(_ id: String?, _ title: String) -> String {
        guard namesIds, let id, !id.isEmpty else { return title }
        return title.isEmpty ? id : id + " " + title
    }
}
