import ArgumentParser
import WorkplanCore

/// `workplan log ID [--date DATE] TEXT`: adds one dated entry under a task, a result or a
/// progress note, as one new line; then says what the task's entries add up to that year.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Ghi kết quả, tiến độ theo ngày — add a dated entry (results or a progress note) under a task.",
        discussion: """
        Ví dụ / examples:
          workplan log TX1 --date 2021-03-15 "1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc"
          workplan log KH1 "Đã gửi dự thảo xin ý kiến các Ban"      (báo cáo tiến độ / a progress note)
        Mỗi phần bắt đầu bằng một số là một số liệu: số nguyên rồi đến cái được đếm.
        Each part that starts with a number is a count: a whole number, then what it counts.
        """)

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Ngày của mục ghi (mặc định hôm nay) / the entry's day (default today).",
                                            valueName: "DATE"))
    var date: String?

    @Argument(help: ArgumentHelp("Mã nhiệm vụ / task id.", valueName: "ID"))
    var id: String

    @Argument(help: ArgumentHelp("Nội dung / what was done.", valueName: "TEXT"))
    var words: [String]

    func validate() throws {
        guard !words.isEmpty else { throw ValidationError("Cần nội dung mục ghi / give the entry's text.") }
    }

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        var planFile = try common.open(positional: nil, language)
        let day = try date.map { try DateArgument.parse($0, today: today, in: planFile.plan, language) } ?? today
        guard day <= today else {
            throw CommandFailure.usage(vi: "ngày \(day.formatted(language)) chưa đến: mục ghi ghi lại việc đã làm",
                                       en: "\(day.formatted(language)) has not come yet: an entry records what was done", language)
        }
        let index = try planFile.plan.requireTask(id: id, language)
        let edits = try planFile.commit([.addEntry(task: index, date: day, text: words.joined(separator: " "))],
                                        today: today, language)
        Console.out(ChangeReport.text(edits, path: planFile.path, language) + yearTotals(planFile.plan, day, language))
    }

    /// `Cộng dồn năm 2021 của TX1: 9 buổi tiếp công dân, …`, or nothing when the task's entries
    /// that year hold no count.
    private func yearTotals(_ plan: Plan, _ day: PlanDate, _ language: Language) -> String {
        guard let index = plan.taskIndex(reference: id),
              let first = PlanDate(year: day.year, month: 1, day: 1), let last = PlanDate(year: day.year, month: 12, day: 31)
        else { return "" }
        let totals = plan.entryTotals(of: index, from: first, to: last)
        guard !totals.sums.isEmpty else { return "" }
        return language.pick(vi: "Cộng dồn năm \(day.year)", en: "Total for \(day.year)")
            + " (" + EntryTotals.entryCount(totals.countedEntries, language) + "): " + totals.formatted(language) + "\n"
    }
}
