import ArgumentParser
import WorkplanCore

/// `workplan init [FILE] [--empty [--year YEAR]]`: writes the built-in 2021 plan, or an empty
/// plan with its sections ready, to a new file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo tệp kế hoạch mẫu năm 2021, hoặc kế hoạch trống — write the built-in 2021 plan, or an empty one, to a new file.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp mới (mặc định plan.md) / the new file (default plan.md).", valueName: "FILE"))
    var path: String?

    @Flag(help: ArgumentHelp("Kế hoạch trống, có sẵn các mục / an empty plan with its sections ready."))
    var empty = false

    @Option(help: ArgumentHelp("Năm của kế hoạch trống (mặc định năm nay) / the empty plan's year (default this year).", valueName: "YEAR"))
    var year: Int?

    func run() throws {
        let language = try common.language()
        if path != nil, common.file != nil, path != common.file {
            throw CommandFailure.usage(vi: "hãy chỉ rõ tệp kế hoạch một lần: FILE hoặc --file",
                                       en: "name the plan file once: FILE or --file", language)
        }
        let target = path ?? common.file ?? PlanLocation.defaultFileName
        guard empty || year == nil else {
            throw CommandFailure.usage(vi: "--year chỉ dùng với --empty", en: "--year goes with --empty", language)
        }
        let chosenYear = try year ?? common.today(language).year
        guard (1900...2100).contains(chosenYear) else {
            throw CommandFailure.usage(vi: "năm phải từ 1900 đến 2100", en: "the year must be from 1900 to 2100", language)
        }
        let text = empty ? EmptyPlan.text(year: chosenYear, language: language) : BuiltinPlan.text
        do {
            try PlanStore().create(Array(text.utf8), at: target, makeFolders: false)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        guard !empty else {
            Console.out(language.pick(vi: "Đã tạo \(target): kế hoạch công tác năm \(chosenYear), chưa có nhiệm vụ; mở bằng: workplan \(target)",
                                      en: "Created \(target): the \(chosenYear) work plan, no task yet; open it with: workplan \(target)") + "\n")
            return
        }
        let count = Plan(BuiltinPlan.text).tasks.count
        Console.out(language.pick(vi: "Đã tạo \(target): kế hoạch công tác năm 2021, \(count) nhiệm vụ.",
                                  en: "Created \(target): the 2021 work plan, " + Language.en.count(count, vi: "", en: "task") + ".") + "\n")
    }
}
