import ArgumentParser
import WorkplanCore

/// `workplan new-year YEAR [FILE] [-o OUT]`: the next year's plan, with the open tasks carried over.
struct NewYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-year",
        abstract: "Kế hoạch năm mới — the next year's plan: the same units, persons and tracks, the open tasks carried over.",
        discussion: """
        Ví dụ / example:
          workplan new-year 2022                 (ghi plan-2022.md bên cạnh plan.md / writes plan-2022.md beside plan.md)
          workplan new-year 2022 -o ke-hoach-2022.md
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Năm mới / the new year.", valueName: "YEAR"))
    var year: Int

    @Argument(help: ArgumentHelp("Kế hoạch năm nay / this year's plan.", valueName: "FILE"))
    var path: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Tệp mới / the new file (never overwritten).", valueName: "OUT"))
    var output: String?

    func run() throws {
        let language = try common.language()
        let today = try common.today(language)
        let planFile = try common.open(positional: path, language, warn: false)
        let plan = planFile.plan
        let fromYear = plan.year ?? today.year
        guard (1900...2100).contains(year), year > fromYear else {
            throw CommandFailure.usage(vi: "năm mới phải sau năm của kế hoạch (\(fromYear)) và không quá 2100",
                                       en: "the new year must come after the plan's (\(fromYear)) and be 2100 at most", language)
        }
        let target = output ?? Self.defaultName(for: planFile.path, from: fromYear, to: year)
        let next = NextYearPlan(from: plan, year: year, fromYear: fromYear, language: language)
        do {
            try PlanStore().create(Array(next.text.utf8), at: target, makeFolders: false)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        Console.out(language.pick(
            vi: "Đã tạo \(target): kế hoạch năm \(year), \(next.carried) nhiệm vụ chưa xong chuyển tiếp từ năm \(fromYear) (để lại \(next.leftBehind) nhiệm vụ đã xong hoặc hủy bỏ).",
            en: "Created \(target): the \(year) plan, \(Language.en.count(next.carried, vi: "", en: "open task")) carried over from \(fromYear) "
                + "(\(next.leftBehind) done or cancelled left behind).") + "\n")
    }

    /// The new file's name beside the plan: its name with the old year changed (`ke-hoach-2021.md`
    /// becomes `ke-hoach-2022.md`), else with the year added (`plan.md` becomes `plan-2022.md`).
    static func defaultName(for path: String, from old: Int, to year: Int) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let folder = String(path[..<slash])
        let name = String(path[slash...])
        if name.contains(String(old)) { return folder + name.replacing(String(old), with: String(year)) }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return folder + name + "-\(year)" }
        return folder + name[..<dot] + "-\(year)" + name[dot...]
    }
}
