#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
        var bytes: [UInt8] = []
        write(indexes, of: plan, as: format) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the tasks at `indexes` of `plan` in the chosen form, in chunks, to `sink`.
    public func write(_ indexes: [Int], of plan: Plan, as format: Format, to sink: ([UInt8]) -> Void) {
        switch format {
        case .text:
            OutlineWriter(language: language, today: today).write(indexes, of: plan, to: sink)
        case .json: sink(Array(json(indexes, of: plan).utf8))
        case .csv: sink(Array(csv(indexes, of: plan).utf8))
        }
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
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
