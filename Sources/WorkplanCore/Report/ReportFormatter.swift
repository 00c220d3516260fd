/// Writes a plan report as the office's reports read: plain text or Markdown.
public struct ReportFormatter: Sendable {
    /// The output forms.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain text, for the terminal and paper.
        case text
        /// Markdown, for documents and chat.
        case markdown
    }

    /// The language of the words and of the decimal separator.
    public let language: Language

    /// Creates a formatter.
    public init(language: Language) {
        self.language = language
    }

    /// The report in the chosen form, ending with a newline.
    public func format(_ report: PlanReport, as format: Format) -> String {
        switch format {
        case .text: text(report)
        case .markdown: markdown(report)
        }
    }

    private func text(_ report: PlanReport) -> String {
        var lines = [language.pick(vi: "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH", en: "PLAN PROGRESS REPORT")]
        if let title = report.planTitle { lines.append(title) }
        lines.append(asOfLine(report))
        for (number, track) in report.tracks.enumerated() {
            lines.append("")
            lines.append("\(number + 1). \(trackTitle(track))")
            lines.append("   " + summary(track.counts))
            lines.append(contentsOf: track.progress.map { "   - " + progressText($0) })
        }
        lines.append("")
        lines.append(language.pick(vi: "Toàn kế hoạch", en: "Whole plan"))
        lines.append("   " + summary(report.total))
        return lines.map(TextForm.visible).joined(separator: "\n") + "\n"
    }

    private func markdown(_ report: PlanReport) -> String {
        var lines = ["# " + language.pick(vi: "Báo cáo tình hình thực hiện kế hoạch", en: "Plan progress report"), ""]
        if let title = report.planTitle { lines.append("**\(title)**"); lines.append("") }
        lines.append(asOfLine(report))
        lines.append("")
        let header = language == .vi
            ? ["Mảng công tác", "Tổng số", "Hoàn thành", "Đang thực hiện", "Quá hạn", "Tỷ lệ hoàn thành"]
            : ["Track", "Total", "Done", "In progress", "Overdue", "Done (%)"]
        lines.append("| " + header.joined(separator: " | ") + " |")
        lines.append("| --- |" + String(repeating: " ---: |", count: header.count - 1))
        for track in report.tracks {
            lines.append(row(escapeCell(trackTitle(track)), track.counts))
        }
        lines.append(row("**" + language.pick(vi: "Toàn kế hoạch", en: "Whole plan") + "**", report.total))
        let withProgress = report.tracks.filter { !$0.progress.isEmpty }
        if !withProgress.isEmpty {
            lines.append("")
            lines.append("## " + language.pick(vi: "Kết quả định lượng", en: "Quantitative results"))
            for track in withProgress {
                lines.append("")
                lines.append("### " + trackTitle(track))
                lines.append("")
                lines.append(contentsOf: track.progress.map { "- " + progressText($0) })
            }
        }
        return lines.map(TextForm.visible).joined(separator: "\n") + "\n"
    }

    private func row(_ title: String, _ counts: PlanReport.Counts) -> String {
        let cells = [title, "\(counts.total)", "\(counts.done)", "\(counts.inProgress)", "\(counts.overdue)",
                     Percent.format(permille: counts.donePermille, language)]
        return "| " + cells.joined(separator: " | ") + " |"
    }

    private func asOfLine(_ report: PlanReport) -> String {
        language.pick(vi: "Tính đến ngày \(report.asOf.formatted(.vi))", en: "As of \(report.asOf.formatted(.en))")
    }

    private func trackTitle(_ track: PlanReport.TrackSummary) -> String {
        track.title.isEmpty ? language.pick(vi: "(Không thuộc mảng nào)", en: "(No track)") : track.title
    }

    /// `Tổng số 14 nhiệm vụ; hoàn thành 9 (64,3%); đang thực hiện 3; quá hạn 1.`
    private func summary(_ counts: PlanReport.Counts) -> String {
        let percent = Percent.format(permille: counts.donePermille, language)
        var parts = language == .vi
            ? ["Tổng số \(counts.total) nhiệm vụ", "hoàn thành \(counts.done) (\(percent))",
               "đang thực hiện \(counts.inProgress)", "quá hạn \(counts.overdue)"]
            : [language.count(counts.total, vi: "nhiệm vụ", en: "task"), "done \(counts.done) (\(percent))",
               "in progress \(counts.inProgress)", "overdue \(counts.overdue)"]
        let others: [(TaskStatus, Int)] = [(.notStarted, counts.notStarted), (.postponed, counts.postponed),
                                           (.blocked, counts.blocked), (.cancelled, counts.cancelled)]
        for (status, count) in others where count > 0 {
            parts.append("\(status.name(language)) \(count)")
        }
        if counts.unknown > 0 {
            parts.append(language.pick(vi: "trạng thái không rõ \(counts.unknown)", en: "unknown status \(counts.unknown)"))
        }
        return parts.joined(separator: "; ") + "."
    }

    private func progressText(_ line: PlanReport.ProgressLine) -> String {
        let label = line.id.map { "\($0) " } ?? ""
        return "\(label)\(line.title): \(line.progress.formatted(language))"
    }

    private func escapeCell(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }
}
