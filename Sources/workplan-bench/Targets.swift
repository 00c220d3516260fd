/// The performance targets, for a plan of 100,000 tasks (import: a sheet of 10,000 rows).
enum Targets {
    /// The plan size the targets are for.
    static let taskCount = 100_000

    /// The plan size a command's targets are for: 10,000 rows for import (issue 11, §5), else 100,000 tasks.
    static func size(_ command: BenchCommand) -> Int {
        command == .importTable ? 10_000 : taskCount
    }
    /// The longest median wall time allowed, in milliseconds, per command that has one.
    static func milliseconds(_ command: BenchCommand) -> Double? {
        switch command {
        case .list, .search: 150
        case .done: 120
        case .report: 250
        case .calendar: 20
        case .paper: 3000
        case .workbook, .importTable: 2000
        case .check, .plainRewrite: nil
        }
    }
    /// How many times the plain rewrite of the same file `done` may take at most (issue 9, §6).
    static let doneOverFloor = 1.2
    /// The largest peak memory allowed for any command but a paper, in MiB.
    static let peakMegabytes = 80.0
    /// The largest peak memory allowed for writing a paper or a workbook of the whole plan, or
    /// reading one back, in MiB.
    static let paperMegabytes = 250.0

    /// True for the commands that make or read a document of the whole plan.
    static func isDocument(_ command: BenchCommand) -> Bool {
        [.paper, .workbook, .importTable].contains(command)
    }

    /// The largest peak memory allowed for a command.
    static func megabytes(_ command: BenchCommand) -> Double {
        isDocument(command) ? paperMegabytes : peakMegabytes
    }
    /// The longest median time to the interface's first screen in tmux, in milliseconds.
    static let firstScreenMilliseconds = 80.0
    /// The longest median time of a keystroke of a kind that has a target, in milliseconds.
    static let keystrokeMilliseconds = 5.0
    /// The longest median time of opening a screen that counts the whole plan (B, M).
    static let wholePlanScreenMilliseconds = 150.0

    /// `PASS` when `value` is at most `limit`, else `MISS`.
    static func mark(_ value: Double, _ limit: Double) -> String {
        value <= limit ? "PASS" : "MISS"
    }
}
