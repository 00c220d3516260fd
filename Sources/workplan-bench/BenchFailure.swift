/// Why the benchmark could not run: one sentence for the user and an exit code.
struct BenchFailure: Error {
    /// The sentence, without the program's name.
    let message: String
    /// 1 when the benchmark could not run, 2 when it was used wrongly.
    var exitCode: Int32 = 1
}
