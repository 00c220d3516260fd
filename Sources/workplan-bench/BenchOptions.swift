/// The command line of `workplan-bench`.
struct BenchOptions {
    /// The plan sizes to measure, in tasks.
    var sizes = [1_000, 10_000, 100_000]
    /// Timed runs per command; nil for the defaults (15, or 9 from 100,000 tasks up).
    var runs: Int?
    /// The `workplan` executable; nil to use the one next to this program.
    var binary: String?
    /// True to measure only the interface, not the commands.
    var interfaceOnly = false
    /// True to leave the temporary folder with the plans in place, for profiling them.
    var keep = false
    /// True to time only the shapes that once took more than linear time.
    var shapes = false
    /// A file and a task id to tick the plain way (the floor `done` is compared with), as a child.
    var rewrite: (file: String, taskId: String)?
    /// True when the user asked for help.
    var wantsHelp = false

    /// What `--help` prints.
    static let usage = """
        usage: workplan-bench [--sizes 1000,10000,100000] [--runs N] [--binary PATH] [--interface-only] [--shapes] [--keep]

        Generates plans of the given sizes in a temporary folder and times the release
        build of workplan on them: list, done, check and report, each run N times
        (default 15, or 9 for plans of 100,000 tasks and more), plus one untimed warm-up.
        Then the interface: the first screen of `workplan PLAN` in a tmux pane (N times;
        skipped without tmux) and keystrokes through a virtual terminal in this process.
        Prints the median and minimum wall time, the peak memory, the keystrokes' median
        and p90, and the targets for 100,000 tasks. --interface-only skips the commands;
        --keep leaves the temporary folder with the plans (plan-N.md, interface-N.md).
        --shapes times only the shapes that once took more than linear time (a note of
        100,000 lines, 100,000 units, 3,000 levels of nesting, a million tasks).
        Beside `done`, its floor is timed: the same tick and save without the lock and the checks.
        Build first:
          swift build -c release --static-swift-stdlib --product workplan
          swift build -c release --static-swift-stdlib --product workplan-bench
        """

    /// Timed runs per command for a plan of `size` tasks.
    func runCount(forSize size: Int) -> Int {
        runs ?? (size >= 100_000 ? 9 : 15)
    }

    /// Reads the arguments (without the program's name).
    static func parse(_ arguments: [String]) throws(BenchFailure) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--help", "-h":
                options.wantsHelp = true
            case "--sizes":
                options.sizes = try sizes(try value(of: argument, from: &rest))
            case "--runs":
                let text = try value(of: argument, from: &rest)
                guard let runs = Int(text), runs >= 1 else { throw usageError("--runs needs a whole number of at least 1, not \"\(text)\"") }
                options.runs = runs
            case "--binary":
                options.binary = try value(of: argument, from: &rest)
            case "--interface-only":
                options.interfaceOnly = true
            case "--shapes":
                options.shapes = true
            case "--rewrite":
                options.rewrite = (try value(of: argument, from: &rest), try value(of: argument, from: &rest))
            case "--keep":
                options.keep = true
            default:
                throw usageError("unknown argument \"\(argument)\"")
            }
        }
        return options
    }

    /// The word after an option, or a usage error when there is none.
    private static func value(of option: String, from rest: inout ArraySlice<String>) throws(BenchFailure) -> String {
        guard let value = rest.popFirst() else { throw usageError("\(option) needs a value") }
        return value
    }

    /// The task counts of `--sizes`: whole numbers of at least 1, separated by commas.
    private static func sizes(_ text: String) throws(BenchFailure) -> [Int] {
        let parts = text.split(separator: ",").map { String($0.filter { $0 != "_" }) }
        let sizes = parts.compactMap { Int($0) }.filter { $0 >= 1 }
        guard !sizes.isEmpty, sizes.count == parts.count else {
            throw usageError("--sizes needs task counts separated by commas, such as 1000,10000,100000")
        }
        return sizes
    }

    /// A usage error (exit 2) that ends with the usage text.
    private static func usageError(_ message: String) -> BenchFailure {
        BenchFailure(message: message + "\n" + usage, exitCode: 2)
    }
}
