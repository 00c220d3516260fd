import ArgumentParser
import Foundation
import WorkplanCore

/// `workplan import FILE.xlsx|FILE.csv [-o plan.md] [--dry-run]`: a plan made from the table an
/// office keeps in Excel or CSV, its units matched to the codes of the office's plan.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập kế hoạch — make a plan from an Excel (.xlsx) or CSV table of tasks, as offices keep them.",
        discussion: """
        Cột được nhận theo tên (có dấu hay không dấu): STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, \
        Thời gian hoàn thành, Sản phẩm, Ghi chú… Mảng theo số La Mã, cấp theo 1, 1.1, a), -. Tên đơn vị được đối \
        chiếu với mã trong kế hoạch của văn phòng (--units, mặc định là kế hoạch đang dùng). Không ghi đè tệp đã có.
        Columns are found by their names (with or without diacritics); tracks from Roman numerals, nesting from \
        1, 1.1, a), -. Unit names are matched to the codes of the office's plan (--units, default: the plan in use). \
        No file is written over.

        Ví dụ / example:
          workplan import ke-hoach-2022.xlsx --dry-run
          workplan import ke-hoach-2022.xlsx -o plan-2022.md
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Bảng nhập / the table (.xlsx or .csv).", valueName: "TABLE"))
    var table: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Kế hoạch ghi ra / the plan to write (default: the table's name with .md).",
                                                    valueName: "OUT"))
    var output: String?

    @Option(help: ArgumentHelp("Kế hoạch có các mã đơn vị / the plan whose unit codes and persons to match.", valueName: "PLAN"))
    var units: String?

    @Flag(name: .customLong("dry-run"), help: "Chỉ báo cáo, không ghi / report what would be imported, write nothing.")
    var dryRun = false

    func run() throws {
        let language = try common.language()
        let (known, knownPath) = try office(language)
        let imported: PlanImport
        do {
            imported = try PlanImport(table: PlanImport.table(atPath: table), path: table, known: known, language: language)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        let target = output ?? Self.defaultName(for: table)
        let summary = ImportSummary(imported, table: table, units: knownPath, target: dryRun ? nil : target).text(language)
        guard !dryRun else { return Console.out(summary) }
        do {
            try PlanStore().create(Array(imported.text.utf8), at: target, makeFolders: false)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        Console.out(summary + language.pick(vi: "Đã tạo \(target); kiểm tra bằng: workplan check \(target)",
                                  en: "Created \(target); check it with: workplan check \(target)") + "\n")
    }

    /// The office's plan whose units and persons the table's names are matched to: `--units`,
    /// else the plan the other commands would open, when there is one (none is not an error).
    private func office(_ language: Language) throws(CommandFailure) -> (Plan?, String?) {
        let path: String
        if let units {
            path = units
        } else {
            let location = PlanLocation.resolve(named: common.file, environment: common.environment,
                                                fileExists: { FileManager.default.fileExists(atPath: $0) })
            guard FileManager.default.fileExists(atPath: location.path) else { return (nil, nil) }
            path = location.path
        }
        do {
            return (try PlanFile(path: path).plan, path)
        } catch {
            throw .unreadablePlan(error, language)
        }
    }

    /// The plan's name beside the table: its name with `.md` for its extension.
    static func defaultName(for table: String) -> String {
        let slash = table.lastIndex(of: "/").map { table.index(after: $0) } ?? table.startIndex
        let name = table[slash...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return table + ".md" }
        return String(table[..<dot]) + ".md"
    }
}
