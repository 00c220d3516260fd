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
        case .json: TaskJSONWriter(today: today).write(indexes, of: plan, to: sink)
        case .csv: csv(indexes, of: plan, to: sink)
        }
    }

    /// CSV with a header row, written row by row in chunks.
    private func csv(_ indexes: [Int], of plan: Plan, to sink: ([UInt8]) -> Void) {
        let header = ["id", "status", "track", "depth", "title", "lead", "with", "due", "start", "done", "progress",
                      "overdue", "line"]
        var out = Array((header.joined(separator: ",") + "\r\n").utf8)
        for index in indexes {
            let record = TaskRecord(plan: plan, index: index, today: today)
            let row = [record.id ?? "", record.status, record.track, String(record.depth), record.title,
                       record.lead ?? "", record.with.joined(separator: ","), record.due ?? "", record.start ?? "",
                       record.done ?? "", record.progress ?? "", record.overdue ? "1" : "0", String(record.line)]
            out.append(contentsOf: (row.map(CSVField.quote).joined(separator: ",") + "\r\n").utf8)
            if out.count >= 1 << 16 {
                sink(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        sink(out)
    }
}

/// RFC 4180 quoting of one CSV field.
enum CSVField {
    /// The field, in double quotes when it holds a comma, a quote or a line break.
    static func quote(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
