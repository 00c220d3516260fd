/// Where the text writer puts the report's lines as it makes them: a list, or text that may be
/// handed on in chunks.
protocol ReportLineSink {
    /// Adds a line after the others.
    mutating func add(_ line: ReportLine)
}

extension Array: ReportLineSink where Element == ReportLine {
    /// Appends the line.
    mutating func add(_ line: ReportLine) {
        append(line)
    }
}

extension ReportText: ReportLineSink {
    /// Appends the line as the text report prints it.
    mutating func add(_ line: ReportLine) {
        append(indent: line.indent, marker: line.marker, line.text)
    }
}
