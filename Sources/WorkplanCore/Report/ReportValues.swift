/// The values of the report as CSV and JSON write them: the same in every language.
enum ReportValues {
    /// Tenths of a percent as a decimal number with a point: `95.3`, `100`.
    static func percent(permille: Int) -> String {
        permille % 10 == 0 ? "\(permille / 10)" : "\(permille / 10).\(permille % 10)"
    }

    /// A status as a stable English word (`in-progress`), `unknown` for an unknown mark.
    static func status(_ status: TaskStatus?) -> String {
        status.map(TaskRecord.statusName) ?? "unknown"
    }

    /// A result's percentage: of its counted result when it has one, else of its progress.
    static func permille(_ line: PlanReport.ResultLine) -> Int? {
        line.counted != nil ? line.counted?.permille : line.progress?.permille
    }
}
