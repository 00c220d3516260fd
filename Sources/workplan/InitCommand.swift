import ArgumentParser
import WorkplanCore

/// `workplan init [FILE]`: writes the built-in 2021 plan to a new file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Tạo tệp kế hoạch mẫu năm 2021 — write the built-in 2021 plan to a new file.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Tệp mới (mặc định plan.md) / the new file (default plan.md).", valueName: "FILE"))
    var path: String?

    func run() throws {
        let language = try common.language()
        if path != nil, common.file != nil, path != common.file {
            throw CommandFailure.usage(vi: "hãy chỉ rõ tệp kế hoạch một lần: FILE hoặc --file",
                                       en: "name the plan file once: FILE or --file", language)
        }
        let target = path ?? common.file ?? PlanLocation.defaultFileName
        do {
            try PlanStore().create(Array(BuiltinPlan.text.utf8), at: target, makeFolders: false)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        let count = Plan(BuiltinPlan.text).tasks.count
        Console.out(language.pick(vi: "Đã tạo \(target): kế hoạch công tác năm 2021, \(count) nhiệm vụ.",
                                  en: "Created \(target): the 2021 work plan, " + Language.en.count(count, vi: "", en: "task") + ".") + "\n")
    }
}
