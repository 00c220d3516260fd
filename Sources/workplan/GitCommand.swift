import ArgumentParser
import Foundation
import WorkplanCore

/// `workplan git setup`: makes the plan's git clone merge the plan task by task.
struct GitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git",
        abstract: "Chuẩn bị kho git — set up the plan's git clone for workplan sync.",
        subcommands: [GitSetupCommand.self])
}

/// `workplan git setup`: installs the merge driver in the clone's config (which git never takes
/// from a commit: each clone runs this once), names the plan in `.gitattributes` and keeps the
/// lock and temporary files out of commits in `.gitignore`.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Cài bộ hợp nhất của Workplan vào bản sao này — install Workplan's merge driver in this clone.",
        discussion: """
        Mỗi máy chạy một lần sau khi git clone; chạy lại không thay đổi gì.
        Run once on each machine after git clone; running it again changes nothing.
        """)

    @OptionGroup var common: CommonOptions

    func run() throws {
        let language = try common.language()
        let location = try common.location(positional: nil, language)
        let steps: [PlanClone.SetupStep]
        let clone: PlanClone
        do {
            clone = try PlanClone(planFile: location.path)
            steps = try clone.setup(workplan: Self.executable())
        } catch {
            throw CommandFailure.failed(error, language)
        }
        guard !steps.isEmpty else {
            return Console.out(language.pick(vi: "\(clone.root): đã cài sẵn, không thay đổi gì.",
                                             en: "\(clone.root): already set up, nothing changed.") + "\n")
        }
        for step in steps {
            switch step {
            case let .driver(command):
                Console.out(language.pick(vi: "Đã cài bộ hợp nhất vào .git/config: \(command)",
                                          en: "Installed the merge driver in .git/config: \(command)") + "\n")
            case let .attributes(line):
                Console.out(language.pick(vi: "Đã thêm vào .gitattributes: \(line)", en: "Added to .gitattributes: \(line)") + "\n")
            case let .ignored(patterns):
                Console.out(language.pick(vi: "Đã thêm vào .gitignore: ", en: "Added to .gitignore: ")
                    + patterns.joined(separator: " ") + "\n")
            }
        }
        Console.out(language.pick(vi: "Gửi .gitattributes và .gitignore cho mọi người bằng: workplan sync",
                                  en: "Share .gitattributes and .gitignore with everyone: workplan sync") + "\n")
    }

    /// This program's path, for git to run as the driver.
    static func executable() -> String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
