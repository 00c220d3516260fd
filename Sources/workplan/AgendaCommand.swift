import ArgumentParser
import WorkplanCore

/// `workplan agenda`: what is overdue and what falls due within a few working days, grouped by
/// the person who follows it or by its lead unit, as plain text ready to paste into a message.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Việc cần đôn đốc — what is overdue and due soon, by person or unit, ready to paste.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var path: String?

    @Option(help: ArgumentHelp("Sắp đến hạn trong bấy nhiêu ngày làm việc (5nlv, 5wd hoặc 5; mặc định theo tệp cấu hình, 3) / due soon within so many working days.",
                               valueName: "DAYS"))
    var within: String?

    @OptionGroup var who: PersonOptions

    @Option(help: ArgumentHelp("Chỉ việc một đơn vị chủ trì / only a lead unit's tasks.", valueName: "UNIT"))
    var lead: String?

    @Option(help: ArgumentHelp("Nhóm theo người hoặc đơn vị / group by person or unit (person when the plan names persons).",
                               valueName: "person|unit"))
    var by: String?

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        let config = try common.config(language)
        let days = try within.map { text throws(CommandFailure) in try Self.workingDays(text, language) }
            ?? config.dueSoonDays ?? DueSoonRule.defaultWorkingDays
        let plan = try common.open(positional: path, language).plan
        var filter = TaskFilter()
        filter.lead = lead
        filter.person = try who.resolve(common: common, plan: plan, language)
        let grouping = try Self.grouping(by, plan: plan, language)
        let digest = DeadlineDigest(plan: plan, on: today, rule: DueSoonRule(workingDays: days), grouping: grouping,
                                    tasks: filter.apply(to: plan))
        Console.out(DeadlineDigestText(language: language).text(digest, plan: plan))
    }

    /// `5nlv`, `5wd` or `5`: working days, 0 to 60.
    static func workingDays(_ text: String, _ language: Language) throws(CommandFailure) -> Int {
        let lowered = text.lowercased()
        let digits = lowered.hasSuffix("nlv") ? lowered.dropLast(3) : lowered.hasSuffix("wd") ? lowered.dropLast(2) : lowered[...]
        guard let days = Int(digits), (0...UserConfig.maximumDueSoonDays).contains(days) else {
            throw .usage(vi: "--within “\(text)” phải là số ngày làm việc từ 0 đến \(UserConfig.maximumDueSoonDays), như 5nlv",
                         en: "--within “\(text)” must be a number of working days from 0 to \(UserConfig.maximumDueSoonDays), such as 5wd",
                         language)
        }
        return days
    }

    /// By person when asked, or when the plan names a person on any task; by unit otherwise.
    static func grouping(_ word: String?, plan: Plan, _ language: Language) throws(CommandFailure) -> TaskGrouping {
        switch word.map(TextFolding.fold) {
        case "person", "nguoi": return .person
        case "unit", "don vi", "donvi": return .unit
        case nil: return plan.persons.isEmpty && !plan.tasks.contains { !$0.persons.isEmpty } ? .unit : .person
        default:
            throw .usage(vi: "--by “\(word ?? "")” không có; dùng person hoặc unit",
                         en: "no --by “\(word ?? "")”; use person or unit", language)
        }
    }
}
