/// Writes a list of tasks as an outline for people, JSON or CSV for programs.
public struct TaskListFormatter: Sendable {
    /// The output forms.
    public enum Format: String, Sendable, CaseIterable {
        /// An indented outline grouped by track.
        case text
        /// A JSON array of task objects.
        case json
        /// CSV for a spreadsheet: a byte-order mark, a header row in the language, every field.
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
        case .csv: TaskCSVWriter(language: language, today: today).write(indexes, of: plan, to: sink)
        }
    }
}
