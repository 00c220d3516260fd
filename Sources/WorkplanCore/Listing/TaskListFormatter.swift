import Foundation

/// Writes a list of tasks as an outline for people, JSON or CSV for programs.
public struct TaskListFormatter: Sendable {
    /// The output forms.
    public enum Format: String, Sendable, CaseIterable {
        /// An indented outline grouped by track.
        case text
        /// A JSON array of task objects.
        case json
        /// CSV with a header row.
        case csv
    }

    /// The language of the words and dates in the outline (JSON and CSV use ISO dates).
    public let language: Language
    /// The day against which overdue tasks are marked.
    public let today: PlanDate

    /// Creates a formatter.
    public init(language: Language, today: PlanDate) {
        self.language = language
        self.today = today
    }

    /// The tasks at `indexes` of `plan` in the chosen form, ending with a newline.
    public func format(_ indexes: [Int], of plan: Plan, as format: Format) -> String {
        switch format {
        case .text: outline(indexes, of: plan)
        case .json: json(indexes, of: plan)
        case .csv: csv(indexes, of: plan)
        }
    }

    private func outline(_ indexes: [Int], of plan: Plan) -> String {
        var out = ""
        out.reserveCapacity(indexes.count * 120)
        if let title = plan.title { out += TextForm.visible(title) + "\n" }
        var currentTrack: Int?
        for index in indexes {
            let task = plan.tasks[index]
            if task.track != currentTrack {
                currentTrack = task.track
                let title = plan.tracks[task.track].title
                let heading = title.isEmpty ? language.pick(vi: "(Không thuộc mảng nào)", en: "(No track)") : title
                out += "\n## " + TextForm.visible(heading) + "\n"
            }
            out += TextForm.visible(outlineLine(task, in: plan))
            out += "\n"
        }
        out += "\n" + language.pick(vi: "\(indexes.count)/\(plan.tasks.count) nhiệm vụ.",
                                    en: "\(indexes.count) of " + Language.en.count(plan.tasks.count, vi: "", en: "task") + ".") + "\n"
        return out
    }

    /// `  [/] KH1.2  Chuẩn bị cơ sở vật chất  (HC, +TH; hạn 05/07/2021; quá hạn)`
    private func outlineLine(_ task: PlanTask, in plan: Plan) -> String {
        var line = String(repeating: "  ", count: task.depth) + "[" + String(task.mark) + "] "
        if let id = task.id { line += id + "  " }
        line += task.title
        var details: [String] = []
        if let lead = task.lead { details.append(lead) }
        details.append(contentsOf: task.coordinators.map { "+" + $0 })
        var facts = details.isEmpty ? [] : [details.joined(separator: ", ")]
        if let start = task.start { facts.append(language.pick(vi: "bắt đầu ", en: "start ") + start.formatted(language)) }
        if let due = task.due { facts.append(language.pick(vi: "hạn ", en: "due ") + due.formatted(language)) }
        if let done = task.doneDate { facts.append(language.pick(vi: "xong ", en: "done ") + done.formatted(language)) }
        if let progress = task.progress { facts.append(progress.formatted(language)) }
        if task.isOverdue(on: today) { facts.append(language.pick(vi: "QUÁ HẠN", en: "OVERDUE")) }
        let known: Set<String> = [Field.Key.id, Field.Key.lead, Field.Key.with, Field.Key.due, Field.Key.start,
                                  Field.Key.done, Field.Key.progress]
        for field in task.fields where !known.contains(field.key) || FieldCheck.valueProblem(key: field.key, value: field.value) != nil {
            facts.append(field.token)
        }
        if !facts.isEmpty { line += "  (" + facts.joined(separator: "; ") + ")" }
        return line
    }

    private func json(_ indexes: [Int], of plan: Plan) -> String {
        let records = indexes.map { TaskRecord(plan: plan, index: $0, today: today) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(records) else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func csv(_ indexes: [Int], of plan: Plan) -> String {
        var rows = [["id", "status", "track", "depth", "title", "lead", "with", "due", "start", "done", "progress",
                     "overdue", "line"]]
        for index in indexes {
            let record = TaskRecord(plan: plan, index: index, today: today)
            rows.append([record.id ?? "", record.status, record.track, String(record.depth), record.title,
                         record.lead ?? "", record.with.joined(separator: ","), record.due ?? "", record.start ?? "",
                         record.done ?? "", record.progress ?? "", record.overdue ? "1" : "0", String(record.line)])
        }
        return rows.map { $0.map(CSVField.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}

/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// The field, in double quotes when it holds a comma, a quote or a line break.
    static func quote(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
