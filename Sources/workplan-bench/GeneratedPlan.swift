/// A plan file made by `PlanGenerator`: its bytes and what the benchmark needs to know about it.
struct GeneratedPlan {
    /// The number of tasks in it.
    let taskCount: Int
    /// The file's bytes (UTF-8, NFC, LF line endings).
    let bytes: [UInt8]
    /// The ids of the tasks that are not done or cancelled, in file order.
    let openIds: [String]
}

/// Counts derived from the bytes.
extension GeneratedPlan {
    /// The number of lines (every line ends with a newline).
    var lineCount: Int { bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
}
