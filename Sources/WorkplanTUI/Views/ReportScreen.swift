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
    /// The row each line starts at when broken to `fittedWidth`, and after them the number of
    /// rows: counted when the screen opens, while the rows themselves are made only for the
    /// part on screen (a plan of 100,000 tasks has some 70,000 lines to carry over).
    private(set) var rowStarts: [Int]

    /// The screen for a plan's report as of a day, with the decisions of `meetings` held by then,
    /// broken to a terminal's width in columns.
    init(plan: Plan, today: PlanDate, language: Language, meetings: [MeetingMinutes], columns: Int) {
        let report = PlanReport(plan: plan, asOf: today, meetings: meetings)
        lines = ReportFormatter(language: language).lines(of: report).filter { $0.kind != .title }
        fittedWidth = ReportScreen.width(columns: columns)
        rowStarts = ReportScreen.rowStarts(of: lines, width: fittedWidth)
    }

    /// How many rows the lines take on a terminal this many columns wide.
    func rowCount(columns: Int) -> Int {
        starts(columns: columns).last ?? 0
    }

    /// At most `count` rows from row `first`, on a terminal this many columns wide.
    func rows(columns: Int, from first: Int, count: Int) -> [Row] {
        let width = ReportScreen.width(columns: columns)
        let starts = starts(columns: columns)
        guard count > 0, first < (starts.last ?? 0) else { return [] }
        // The last line that starts at or before `first`.
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= first { low = middle } else { high = middle - 1 }
        }
        var rows: [Row] = []
        var skip = first - starts[low]
        for line in lines[low...] {
            let made = ReportScreen.rows(of: line, width: width)
            rows += made.dropFirst(skip).prefix(count - rows.count)
            skip = 0
            if rows.count >= count { break }
        }
        return rows
    }

    /// Breaks the lines again when the terminal's width changed.
    mutating func fit(columns: Int) {
        let width = ReportScreen.width(columns: columns)
        guard width != fittedWidth else { return }
        fittedWidth = width
        rowStarts = ReportScreen.rowStarts(of: lines, width: width)
    }

    /// The first row the screen can scroll to, so that the last row is at the bottom of `height` rows.
    func maximumScroll(height: Int, columns: Int) -> Int {
        max(0, rowCount(columns: columns) - height)
    }

    /// The width the text is broken to: the terminal's less the left margin.
    static func width(columns: Int) -> Int { max(1, columns - 1) }

    /// Where each line's rows start at `columns`: the fitted ones, or counted again for a
    /// width not fitted yet (a resize drawn before the next key).
    private func starts(columns: Int) -> [Int] {
        let width = ReportScreen.width(columns: columns)
        return width == fittedWidth ? rowStarts : ReportScreen.rowStarts(of: lines, width: width)
    }

    /// The row each line starts at, and after them the number of rows.
    private static func rowStarts(of lines: [ReportLine], width: Int) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(lines.count + 1)
        var row = 0
        for line in lines {
            starts.append(row)
            row += rowCount(of: line, width: width)
        }
        starts.append(row)
        return starts
    }

    /// A line's rows at `width`, with a bar above a line of counts by deadline that has a rate
    /// of tasks come due: the rate superiors read first.
    private static func rows(of line: ReportLine, width: Int) -> [Row] {
        switch line.kind {
        case .blank: return [.blank]
        case .section, .group: return broken(line, width: width).map(Row.heading)
        case let .deadlines(permille):
            return (permille.map { [Row.bar(permille: $0, indent: line.indent)] } ?? []) + broken(line, width: width).map(Row.text)
        case .title, .planTitle, .period, .asOf, .counts, .item, .labelled, .note:
            return broken(line, width: width).map(Row.text)
        }
    }

    /// How many rows `rows(of:width:)` gives, counted without making them.
    private static func rowCount(of line: ReportLine, width: Int) -> Int {
        switch line.kind {
        case .blank: return 1
        case let .deadlines(permille): return (permille == nil ? 0 : 1) + brokenCount(line, width: width)
        default: return brokenCount(line, width: width)
        }
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

    /// How many rows `broken` gives, counted the same way without making them.
    private static func brokenCount(_ line: ReportLine, width: Int) -> Int {
        // No text takes more cells than it has bytes: most lines fit without being measured.
        guard line.indent + line.marker.utf8.count + line.text.utf8.count > width else { return 1 }
        let markerWidth = TextWidth.of(line.marker)
        // With a marker, the text fits beside it exactly when it breaks into one row there, so
        // counting is measuring; without one, the further rows hang deeper than the first.
        if line.marker.isEmpty, line.indent + TextWidth.of(line.text) <= width { return 1 }
        let hang = line.marker.isEmpty ? line.indent + 2 : line.indent + markerWidth
        guard hang < width else { return TextWrap.count(line.printed, width: width) }
        return TextWrap.count(line.text, width: width - hang)
    }
}
