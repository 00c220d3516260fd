import WorkplanCore

/// Reads the `--period` of `workplan report`.
enum ReportPeriodArgument {
    /// The period typed, the month, quarter or year being the one that contains `asOf`; a
    /// usage error in the user's language when it cannot be read.
    static func parse(_ text: String, _ asOf: PlanDate, _ language: Language) throws(CommandFailure) -> ReportPeriod {
        do {
            return try ReportPeriod.parse(text, asOf: asOf)
        } catch {
            throw .usage(vi: error.message(.vi), en: error.message(.en), language)
        }
    }
}
