import ArgumentParser
import WorkplanCore

/// `workplan history ID`: each change of a task in git's history: when, who, what.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Lịch sử một nhiệm vụ — each change of a task in git's history: when, who, what.",
        discussion: """
        Đọc từ lịch sử git của kho (workplan sync); người sửa là tên trong git config của máy đã ghi.
        Read from the clone's git history (workplan sync); who is the name in the git config of the machine that committed.

        Ví dụ / example:
          workplan history KH1
        """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("Mã nhiệm vụ / task id.", valueName: "ID"))
    var id: String

    func run() throws {
        let language = try common.language()
        let location = try common.location(positional: nil, language)
        let history: TaskHistory
        do {
            history = try TaskHistory(of: id, in: PlanClone(planFile: location.path))
        } catch {
            throw CommandFailure.failed(error, language)
        }
        var lines: [String] = []
        for change in history.changes {
            let day = String(change.date.prefix(10)), time = String(change.date.dropFirst(11).prefix(5))
            lines.append("\(PlanDate(iso: day)?.formatted(language) ?? day) \(time)  \(change.author)  "
                         + "(\(change.commit.prefix(7)) \(change.subject))")
            lines += change.parts.map { "  " + Self.describe($0, language) }
        }
        Console.out(lines.joined(separator: "\n") + "\n")
    }

    static func describe(_ part: TaskHistory.Part, _ language: Language) -> String {
        let status = { (mark: String) in mark.first.flatMap(TaskStatus.init(mark:))?.name(language) ?? "[\(mark)]" }
        let value = { (key: String, text: String) -> String in
            guard !text.isEmpty else { return language.pick(vi: "(không có)", en: "(none)") }
            return PlanDate(iso: text)?.formatted(language) ?? text
        }
        switch part {
        case let .created(title): return language.pick(vi: "tạo: \(title)", en: "created: \(title)")
        case .deleted: return language.pick(vi: "xóa", en: "deleted")
        case let .status(from, to):
            return language.pick(vi: "trạng thái: ", en: "status: ") + status(from) + " → " + status(to)
        case let .title(from, to): return language.pick(vi: "tên: ", en: "title: ") + from + " → " + to
        case let .field(key, from, to): return "\(key): " + value(key, from) + " → " + value(key, to)
        case .note: return language.pick(vi: "ghi chú đã sửa", en: "note changed")
        case let .entry(text): return language.pick(vi: "ghi: ", en: "entry: ") + text.drop { $0 == "-" || $0 == "*" || $0 == "+" || $0 == " " }
        }
    }
}
