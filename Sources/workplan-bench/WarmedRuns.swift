/// A command's runs as the benchmark makes them: the first is a warm-up (the file in the page
/// cache, the binary loaded), untimed and run through GNU time for the command's peak memory;
/// the others are timed.
enum WarmedRuns {
    /// Runs `executable` once per argument list, the first as the warm-up.
    static func measure(_ executable: String, _ argumentLists: [[String]],
                        environment: [String: String]) throws(BenchFailure) -> (samples: [RunSample], peakKiB: Int?) {
        do {
            guard let warmUp = argumentLists.first else { return ([], nil) }
            let peak = try ChildProcess.peakKiB(executable, warmUp, environment: environment)
            var samples: [RunSample] = []
            for arguments in argumentLists.dropFirst() {
                samples.append(try ChildProcess.run(executable, arguments, environment: environment))
            }
            return (samples, peak)
        } catch {
            throw BenchFailure(message: error.message)
        }
    }
}
