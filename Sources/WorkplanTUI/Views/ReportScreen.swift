import Terminal
import WorkplanCore

/// The report screen: the lines of `workplan report`, word for word, with a bar of the rate of
/// tasks come due that are done above the deadline counts of each track and of the whole plan. Its lines are broken to the screen's
/// width, and it scrolls by the rows they take.
public struct ReportScreen: Equatable, Sendable {
    /// One row of the screen: a piece of a report's line once broken to a width, or a bar.
    enum Row: Equatable, Sendable {
        /// A row of a section's or a group's heading (a track, a meeting, the total).
        case heading(String)
        /// A bar of the rate done of the tasks come due, in permille, above the counts it stands
        /// for and as far in.
        case bar(permille: Int, indent: Int)
        /// A row of any other line.
        case text(String)
        /// A blank line.
        case blank
    }

    /// The report's typed lines without its title (the title bar says it), made once when the screen opens.
    let lines: [ReportLine]
    /// How many rows the screen is scrolled down.
    var scroll = 0
    /// The width in cells the lines were last broken to.
    private(set) var fittedWidth: Int
    /// The rows of the lines at `fittedWidth`.
    private(set) var fittedRows: [Row]

    /// The screen for a plan's report as of a day, with the decisions of `meetings` held by then,
    /// broken to a terminal's width in columns.
    init(plan: Plan, today: PlanDate, language: Language, meetings: [MeetingMinutes], columns: Int) {
        let report = PlanReport(plan: plan, asOf: today, meetings: meetings)
        lines = ReportFormatter(language: language).lines(of: report).filter { $0.kind != .title }
        fittedWidth = ReportScreen.width(columns: columns)
        fittedRows = ReportScreen.rows(of: lines, width: fittedWidth)
    }

    /// The rows on a terminal this many columns wide.
    func rows(columns: Int) -> [Row] {
        let width = ReportScreen.width(columns: columns)
        return width == fittedWidth ? fittedRows : ReportScreen.rows(of: lines, width: width)
    }

    /// Breaks the lines again when the terminal's width changed.
    mutating func fit(columns: Int) {
        let width = ReportScreen.width(columns: columns)
        guard width != fittedWidth else { return }
        fittedWidth = width
        fittedRows = ReportScreen.rows(of: lines, width: width)
    }

    /// The first row the screen can scroll to, so that the last row is at the bottom of `height` rows.
    func maximumScroll(height: Int, columns: Int) -> Int {
        max(0, rows(columns: columns).count - height)
    }

    /// The width the text is broken to: the terminal's less the left margin.
    static func width(columns: Int) -> Int { max(1, columns - 1) }

    /// The lines broken into rows of at most `width` cells, with a bar above each line of counts
    /// by deadline that has a rate of tasks come due: the rate superiors read first.
    private static func rows(of lines: [ReportLine], width: Int) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(lines.count)
        for line in lines {
            switch line.kind {
            case .blank: rows.append(.blank)
            case .section, .group: rows += broken(line, width: width).map(Row.heading)
            case let .deadlines(permille):
                if let permille { rows.append(.bar(permille: permille, indent: line.indent)) }
                rows += broken(line, width: width).map(Row.text)
            case .title, .planTitle, .period, .asOf, .counts, .item, .labelled, .note:
                rows += broken(line, width: width).map(Row.text)
            }
        }
        return rows
    }

    /// A line's rows, broken between words: its indent and marker, then its words, their further
    /// rows under the text after the marker, or two cells further in than the line when it has none.
    private static func broken(_ line: ReportLine, width: Int) -> [String] {
        let printed = line.printed
        guard TextWidth.of(printed) > width else { return [printed] }
        let lead = String(repeating: " ", count: line.indent) + line.marker
        let hang = line.marker.isEmpty ? line.indent + 2 : TextWidth.of(lead)
        guard hang < width else { return TextWrap.lines(printed, width: width) }
        let space = String(repeating: " ", count: hang)
        return TextWrap.lines(line.text, width: width - hang).enumerated().map { index, piece in
            (index == 0 ? lead : space) + piece
        }
    }
}
