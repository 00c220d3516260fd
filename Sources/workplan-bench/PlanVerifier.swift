import WorkplanCore

/// Checks with WorkplanCore itself that a generated plan reads as intended, so that the
/// benchmark measures clean plans and `done` really changes a line on every run.
enum PlanVerifier {
    /// Fails when the plan has problems or does not hold exactly the tasks it should.
    static func verify(_ plan: GeneratedPlan) throws(BenchFailure) {
        let read = Plan(bytes: plan.bytes)
        let problems = read.problems(on: BenchDay.today)
        if let problem = problems.first {
            throw BenchFailure(message: "the generated plan of \(plan.taskCount) tasks has \(problems.count) "
                + "problems on \(BenchDay.iso), the first: line \(problem.line): \(problem.message(.en))")
        }
        guard read.tasks.count == plan.taskCount else {
            throw BenchFailure(message: "the generated plan should hold \(plan.taskCount) tasks but reads as \(read.tasks.count)")
        }
    }

    /// How many of `ids` are done in the plan file's bytes.
    static func doneCount(of ids: [String], in bytes: [UInt8]) -> Int {
        let read = Plan(bytes: bytes)
        return ids.filter { id in read.taskIndex(id: id).map { read.tasks[$0].status == .done } ?? false }.count
    }
}
