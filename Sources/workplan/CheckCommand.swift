import ArgumentParser
import WorkplanCore

/// `workplan check FILE…`: reports every problem of each file; exit 1 if there is any.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp kế hoạch — report every problem as FILE:LINE:COLUMN: message.")

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Các tệp cần kiểm tra / files to check.", valueName: "FILE"))
    var files: [String] = []

    func run() throws {
        let language = try common.language()
        let paths = files.isEmpty ? [try common.location(positional: nil, language).path] : files
        let today = try common.today(language)
        var problemCount = 0
        for path in paths {
            let plan: Plan
            do {
                plan = try PlanFile(path: path).plan
            } catch {
                throw CommandFailure.failed(error, language)
            }
            let problems = plan.problems(on: today)
            for problem in problems {
                Console.out(problem.formatted(file: path, language) + "\n")
            }
            problemCount += problems.count
            if problems.isEmpty {
                let tasks = language.count(plan.tasks.count, vi: "nhiệm vụ", en: "task")
                Console.out(language.pick(vi: "\(path): không có vấn đề nào (\(tasks)).",
                                          en: "\(path): no problems (\(tasks)).") + "\n")
            }
        }
        if problemCount > 0 { throw ExitCode(1) }
    }
}
