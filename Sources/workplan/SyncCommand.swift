import ArgumentParser
import WorkplanCore

/// `workplan sync [-m MESSAGE]`: exchanges the plan with the office's shared repository.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Đồng bộ kế hoạch qua git — commit, merge the others' changes task by task, push.",
        discussion: """
        Ghi lại thay đổi (lời ghi nêu các nhiệm vụ: "Hoàn thành KH1.2; gia hạn BC16"), nhận thay đổi của người \
        khác, gửi lên kho chung. Khi hai người sửa khác nhau cùng một trường, dừng lại để chọn trong giao diện.
        Commits the changes (the message names the tasks), merges the others' changes, pushes. When two officers \
        changed one field differently, it stops for the choice to be made in the interface.
        """)

    @OptionGroup var common: CommonOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Lời ghi / the commit message.", valueName: "MESSAGE"))
    var message: String?

    func run() throws {
        let language = try common.language()
        let location = try common.location(positional: nil, language)
        let outcome: PlanSync.Outcome
        do {
            outcome = try PlanSync(clone: PlanClone(planFile: location.path), language: language).run(message: message)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        if let committed = outcome.committed {
            Console.out(language.pick(vi: "Đã ghi: \(committed)", en: "Committed: \(committed)") + "\n")
        }
        guard outcome.hasRemote else {
            return Console.out(language.pick(vi: "Kho này chưa có kho chung (git remote): chỉ ghi tại máy.",
                                             en: "This clone has no remote (git remote): committed here only.") + "\n")
        }
        guard outcome.conflicts.isEmpty else {
            let lines = outcome.conflictLines.map(String.init).joined(separator: ", ")
            throw CommandFailure.failed(
                vi: "nhận \(outcome.received) thay đổi nhưng có xung đột ở \(outcome.conflicts.joined(separator: ", "))"
                    + (lines.isEmpty ? "" : " (dòng \(lines))")
                    + ": mở giao diện (workplan) để chọn bản giữ lại, hoặc sửa tệp, rồi chạy lại workplan sync",
                en: "received \(outcome.received) changes, but \(outcome.conflicts.joined(separator: ", ")) has conflicts"
                    + (lines.isEmpty ? "" : " (lines \(lines))")
                    + ": open the interface (workplan) to choose what to keep, or edit the file, then run workplan sync again",
                language)
        }
        Console.out(language.pick(vi: "Đã đồng bộ: nhận \(outcome.received), gửi \(outcome.sent) thay đổi.",
                                  en: "Synced: \(outcome.received) received, \(outcome.sent) sent.") + "\n")
    }
}
