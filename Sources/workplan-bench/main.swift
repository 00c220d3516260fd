import Foundation

/// `workplan-bench`: measures the release build of `workplan` on generated plans of 1,000,
/// 10,000 and 100,000 tasks. A measurement, not a test: it exits 0 whatever the numbers,
/// 1 when it could not run, 2 when it was used wrongly.
@MainActor
func main() -> Int32 {
    do throws(BenchFailure) {
        let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
        if options.wantsHelp {
            print(BenchOptions.usage)
            return 0
        }
        if let (file, taskId) = options.rewrite { return PlainRewrite.run(file, taskId: taskId) }
        let binary = try BinaryLocator.locate(options.binary)
        let folder = try TemporaryFolder.make()
        defer {
            if options.keep {
                ProgressLog.say("the plans are kept in \(folder.path)")
            } else {
                folder.remove()
            }
        }
        try Benchmark(options: options, binary: binary, folder: folder).run()
        return 0
    } catch {
        FileHandle.standardError.write(Data("workplan-bench: \(error.message)\n".utf8))
        return error.exitCode
    }
}

exit(main())
