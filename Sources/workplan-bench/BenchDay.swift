import WorkplanCore

/// The day the benchmark takes as today, as the tests do, so that overdue tasks and due
/// dates come out the same on every run.
enum BenchDay {
    /// Today as `WORKPLAN_TODAY` takes it.
    static let iso = "2021-10-29"

    /// Today as a date.
    static let today: PlanDate = {
        guard let day = PlanDate(iso: iso) else { preconditionFailure("\(iso) is a valid date") }
        return day
    }()
}
