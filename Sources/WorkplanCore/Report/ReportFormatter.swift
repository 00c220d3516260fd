/// Writes a plan report: plain text and Markdown as the office's reports read, CSV and JSON
/// for programs (their shapes are in docs/report.md).
public struct ReportFormatter: Sendable {
    /// The output forms.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text, for the terminal and paper.
        case text
        /// Markdown, for documents and chat.
        case markdown
        /// CSV with a header row: one row per track, the total, each result, meeting, decision and open task.
        case csv
        /// One JSON object with the tracks (their numbers, results and open tasks), the total and the meetings.
        case json
    }

    /// The language of the words, dates and decimal separator of text and Markdown (CSV and
    /// JSON are the same in both: ISO dates, decimal points, English names).
    public let language: Language

    /// Creates a formatter.
    public init(language: Language) {
        self.language = language
    }

    /// The report in the chosen form, ending with a newline.
    public func format(_ report: PlanReport, as format: Format) -> String {
        var text = ReportText()
        return write(report, as: format, into: &text)
    }

    /// The plain-text report as typed lines, the title first: printed one under another, each
    /// with a newline, they are `format(report, as: .text)`.
    public func lines(of report: PlanReport) -> [ReportLine] {
        var lines: [ReportLine] = []
        ReportTextWriter(words: ReportWords(language: language)).write(report, into: &lines)
        return lines
    }

    /// Writes the report in the chosen form to `sink`, in chunks for text, Markdown and JSON.
    public func write(_ report: PlanReport, as format: Format, to sink: (String) -> Void) {
        if format == .json { return ReportJSONWriter.write(report, to: sink) }
        withoutActuallyEscaping(sink) { sink in
            var text = ReportText(sink: sink)
            let rest = write(report, as: format, into: &text)
            if !rest.isEmpty { sink(rest) }
        }
    }

    /// Writes text and Markdown into `text` and returns what is left of it; returns CSV and JSON.
    private func write(_ report: PlanReport, as format: Format, into text: inout ReportText) -> String {
        let words = ReportWords(language: language)
        switch format {
        case .text: ReportTextWriter(words: words).write(report, into: &text)
        case .markdown: ReportMarkdownWriter(words: words).write(report, into: &text)
        case .csv: return ReportCSVWriter.write(report, language: language)
        case .json:
            var json = ""
            ReportJSONWriter.write(report) { json += $0 }
            return json
        }
        return text.finish()
    }
}
