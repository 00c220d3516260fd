import Terminal
import WorkplanCore

/// The report screen: the text of `workplan report`, word for word, with a bar of what is done
/// above the counts of each track and of the whole plan. Its lines are broken to the screen's
/// width, and it scrolls by the rows they take.
public struct ReportScreen: Equatable, Sendable {
    /// A line of the report, or one row of it once broken to a width.
    enum Line: Equatable, Sendable {
        /// A line that starts at the margin: a section's, track's or meeting's title, or the total's.
        case heading(String)
        /// A bar of the share done, in permille, above the counts it stands for.
        case bar(permille: Int)
        /// An indented line, or one of the report's first lines (the plan and the day).
        case text(String)
        /// A blank line.
        case blank
    }

    /// The report's lines, made once when the screen opens.
    let lines: [Line]
    /// How many rows the screen is scrolled down.
    var scroll = 0
    /// The width in cells the lines were last broken to.
    private(set) var fittedWidth: Int
    /// The rows of the lines at `fittedWidth`.
    private(set) var fittedRows: [Line]

    /// The screen for a plan's report as of a day, with the decisions of `meetings` held by then,
    /// broken to a terminal's width in columns.
    init(plan: Plan, today: PlanDate, language: Language, meetings: [MeetingMinutes], columns: Int) {
        let report = PlanReport(plan: plan, asOf: today, meetings: meetings)
        let text = ReportFormatter(language: language).format(report, as: .text)
        lines = ReportScreen.lines(of: text, counts: report.tracks.map(\.counts) + [report.total])
        fittedWidth = ReportScreen.width(columns: columns)
        fittedRows = ReportScreen.rows(of: lines, width: fittedWidth)
    }

    /// The rows on a terminal this many columns wide.
    func rows(columns: Int) -> [Line] {
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

    /// The lines of the report's text, without its first line (the title bar says it). The counts
    /// of section I are the lines that directly follow a heading until `counts` runs out: each
    /// track's, then the total's; each gets a bar above it.
    private static func lines(of text: String, counts: [PlanReport.Counts]) -> [Line] {
        var bars = counts.makeIterator()
        var lines: [Line] = []
        var inHeader = true
        var afterHeading = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            let line = String(line)
            if line.isEmpty {
                inHeader = false
                afterHeading = false
                lines.append(.blank)
            } else if inHeader || line.hasPrefix(" ") {
                if afterHeading, let counts = bars.next() { lines.append(.bar(permille: counts.donePermille)) }
                afterHeading = false
                lines.append(.text(line))
            } else {
                afterHeading = true
                lines.append(.heading(line))
            }
        }
        while lines.last == .blank { lines.removeLast() }
        return lines
    }

    /// The lines broken between words into rows of at most `width` cells. The further rows of a
    /// line are indented under the text after its marker (`- `, `3. `, `III. `), or two cells
    /// more than its first row when it has none.
    private static func rows(of lines: [Line], width: Int) -> [Line] {
        var rows: [Line] = []
        rows.reserveCapacity(lines.count)
        for line in lines {
            switch line {
            case let .heading(text): rows += broken(text, width: width).map(Line.heading)
            case let .text(text): rows += broken(text, width: width).map(Line.text)
            case .bar, .blank: rows.append(line)
            }
        }
        return rows
    }

    /// A line's rows: its indentation and marker, then its words with a hanging indent.
    private static func broken(_ line: String, width: Int) -> [String] {
        guard TextWidth.of(line) > width else { return [line] }
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        let word = rest.prefix { $0 != " " }
        let marked = isMarker(word) && rest.dropFirst(word.count).first == " "
        let lead = marked ? line.prefix(indent + word.count + 1) : line.prefix(indent)
        let hang = marked ? TextWidth.of(lead) : indent + 2
        guard hang < width else { return TextWrap.lines(line, width: width) }
        let pieces = TextWrap.lines(String(line.dropFirst(lead.count)), width: width - hang)
        let space = String(repeating: " ", count: hang)
        return pieces.enumerated().map { index, piece in (index == 0 ? String(lead) : space) + piece }
    }

    /// True for a list marker: `-`, or a number in digits or Roman numerals ending with a full stop.
    private static func isMarker(_ word: Substring) -> Bool {
        guard word != "-" else { return true }
        guard word.count > 1, word.last == "." else { return false }
        return word.dropLast().allSatisfy { $0.isASCII && ($0.isNumber || "IVXLCDM".contains($0)) }
    }
}
