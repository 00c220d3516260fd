import ArgumentParser
import WorkplanCore

/// `workplan merge BASE OURS THEIRS [-o OUT]`: the three-way merge of a plan that understands
/// tasks (`PlanMerge`), for git's merge driver (`-o %A`) and for a merge done by hand, after a
/// hosting site's web page or a copy on a USB stick.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Hợp nhất kế hoạch — three-way merge of a plan, task by task and field by field.",
        discussion: """
        BASE là bản chung trước khi hai bên sửa; OURS và THEIRS là hai bản đã sửa. Kết quả ra màn hình, hoặc vào \
        OUT (ghi trọn, không bao giờ ghi dở). Mã thoát 0: đã hợp nhất; 1: còn xung đột (giữa các dấu <<<<<<< ======= \
        >>>>>>>, workplan check chỉ ra dòng); 2: không đọc được tệp.
        BASE is the common version both sides changed; OURS and THEIRS the two changed ones. The result goes to \
        standard output, or to OUT (written whole, never in part). Exit 0: merged; 1: conflicts remain (between \
        <<<<<<< ======= >>>>>>> markers; workplan check gives their lines); 2: a file could not be read.

        Ví dụ / example:
          workplan merge base.md ours.md theirs.md -o plan.md
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Bản chung / the common ancestor.", valueName: "BASE"))
    var base: String

    @Argument(help: ArgumentHelp("Bản của ta / our version.", valueName: "OURS"))
    var ours: String

    @Argument(help: ArgumentHelp("Bản của họ / their version.", valueName: "THEIRS"))
    var theirs: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Tệp ghi kết quả / the file to write the merge to.", valueName: "OUT"))
    var output: String?

    @Option(name: .customLong("git-path"), help: ArgumentHelp(
        "Chạy bởi git (bộ hợp nhất do workplan git setup cài): ghi kết quả vào OURS / run by git as its merge driver: the result goes to OURS, messages name PATH.",
        valueName: "PATH"))
    var gitPath: String?

    @Option(name: .customLong("ours-label"), help: ArgumentHelp("Tên bên ta trong dấu xung đột / our side's name in conflict markers.",
                                                                valueName: "NAME"))
    var oursLabel: String?

    @Option(name: .customLong("theirs-label"), help: ArgumentHelp("Tên bên họ / their side's name in conflict markers.",
                                                                  valueName: "NAME"))
    var theirsLabel: String?

    func run() throws {
        let language = try common.language()
        let store = PlanStore()
        let merge: PlanMerge
        if let gitPath {
            // Git's merge driver: OURS is git's own temporary file, which git holds while it
            // merges; the result replaces it whole, and no lock file is left in the clone.
            merge = try readAndMerge(store, language)
            do throws(StoreError) {
                try store.write(merge.bytes, to: ours, expecting: nil)
            } catch {
                throw CommandFailure.failed(error, language)
            }
            for line in MergeSummary(merge, file: gitPath).lines(language) { Console.error(line) }
            if merge.hasConflicts { throw ExitCode(1) }
            return
        }
        if let output {
            // The result is written under its file's lock, from files read under it: a merge
            // into one of its own inputs is one read-modify-write.
            merge = try store.withLock(output, failure: { CommandFailure.failed($0, language) }) { _ throws(CommandFailure) in
                let merge = try readAndMerge(store, language)
                do throws(StoreError) {
                    try store.write(merge.bytes, to: output, expecting: nil)
                } catch {
                    throw CommandFailure.failed(error, language)
                }
                return merge
            }
        } else {
            merge = try readAndMerge(store, language)
            Console.out(bytes: merge.bytes)
        }
        for line in MergeSummary(merge, file: output).lines(language) { Console.error(line) }
        if merge.hasConflicts { throw ExitCode(1) }
    }

    private func readAndMerge(_ store: PlanStore, _ language: Language) throws(CommandFailure) -> PlanMerge {
        var plans: [Plan] = []
        for path in [base, ours, theirs] {
            do {
                let plan = Plan(bytes: try store.read(path).bytes)
                guard plan.isValidUTF8 else {
                    throw CommandFailure(text: "workplan: " + language.pick(
                        vi: "\(path) có byte không phải UTF-8; sửa bằng workplan check \(path) rồi hợp nhất lại.",
                        en: "\(path) holds bytes that are not UTF-8; mend it (workplan check \(path)) and merge again."),
                                         exitCode: 2)
                }
                plans.append(plan)
            } catch let failure as CommandFailure {
                throw failure
            } catch let error as StoreError {
                throw CommandFailure(text: "workplan: " + error.message(language), exitCode: 2)
            } catch {
                throw CommandFailure(text: "workplan: \(error)", exitCode: 2)
            }
        }
        let names = gitPath.map { path in (language.pick(vi: "bản này", en: "mine") + " (" + path + ")",
                                           language.pick(vi: "bản kia", en: "theirs") + " (" + path + ")") }
        return PlanMerge(base: plans[0], ours: plans[1], theirs: plans[2],
                         labels: (oursLabel ?? names?.0 ?? ours, theirsLabel ?? names?.1 ?? theirs))
    }
}
