/// A `workplan` command the benchmark measures, run whole, as a user would.
enum BenchCommand: CaseIterable {
    /// `workplan list --file F`: the outline as text.
    case list
    /// `workplan done --file F ID`: marks one open task done and saves the file.
    case done
    /// `workplan check F`: reports the plan's problems.
    case check
    /// `workplan report --file F --as-of 2021-12-31`: the report, with the deadline grid per
    /// track, lead unit and person.
    case report
    /// `workplan list --file F --search "dự thảo"`: a search of every field, note and entry.
    case search
    /// `workplan calendar 2100`: a year's days off, the lunar new year computed for it.
    case calendar
    /// `workplan export plan --file F -o F.docx`: the plan as a KẾ HOẠCH with its appendix
    /// table of every task, zipped and saved.
    case paper
    /// `workplan export plan --file F --format xlsx -o F.xlsx`: the plan's workbook, every task a row.
    case workbook
    /// `workplan import F.xlsx --dry-run`: that workbook read back into a plan (checked, not saved).
    case importTable
    /// Not `workplan`: `done`'s tick and save without the lock and the checks (`PlainRewrite`).
    case plainRewrite

    /// The commands run through `workplan`.
    static let workplanCommands: [BenchCommand] = [.list, .done, .check, .report, .search, .calendar, .paper,
                                                                  .workbook, .importTable]

    /// What `search` looks for: words in many titles, with diacritics.
    static let searchText = "dự thảo"

    /// The year `calendar` shows: the last it knows, its lunar year computed afresh.
    static let calendarYear = "2100"

    /// The day `report` counts to.
    static let reportDay = "2021-12-31"

    /// The command as shown in the results, with `F` for the file and `ID` for a task id.
    var label: String {
        switch self {
        case .list: "list --file F"
        case .done: "done --file F ID"
        case .check: "check F"
        case .report: "report --file F --as-of \(Self.reportDay)"
        case .search: "list --file F --search \"\(Self.searchText)\""
        case .calendar: "calendar \(Self.calendarYear)"
        case .paper: "export plan --file F -o F.docx"
        case .workbook: "export plan --format xlsx -o F.xlsx"
        case .importTable: "import F.xlsx --dry-run"
        case .plainRewrite: "done's floor: no lock, no checks"
        }
    }

    /// The short name used in the targets.
    var name: String {
        switch self {
        case .list: "list"
        case .done: "done"
        case .check: "check"
        case .report: "report"
        case .search: "search"
        case .calendar: "calendar"
        case .paper: "paper"
        case .workbook: "xlsx"
        case .importTable: "import"
        case .plainRewrite: "floor"
        }
    }

    /// True when each run needs a task id of its own.
    var needsTaskId: Bool { self == .done || self == .plainRewrite }

    /// The arguments after the program's name.
    func arguments(file: String, taskId: String) -> [String] {
        switch self {
        case .list: ["list", "--file", file]
        case .done: ["done", "--file", file, taskId]
        case .check: ["check", file]
        case .report: ["report", "--file", file, "--as-of", Self.reportDay]
        case .search: ["list", "--file", file, "--search", Self.searchText]
        case .calendar: ["calendar", Self.calendarYear]
        case .paper: ["export", "plan", "--file", file, "-o", file + ".docx"]
        case .workbook: ["export", "plan", "--file", file, "--format", "xlsx", "-o", file + ".xlsx"]
        case .importTable: ["import", file + ".xlsx", "--dry-run"]
        case .plainRewrite: ["--rewrite", file, taskId]
        }
    }
}
