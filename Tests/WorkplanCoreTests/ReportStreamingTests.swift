import Testing

@testable import WorkplanCore

/// Writing in chunks gives the same bytes as formatting whole.
@Suite("Report streaming")
struct ReportStreamingTests {
    @Test("every form written to a sink is the formatted text, in chunks for a large plan")
    func chunks() throws {
        var text = "# Lớn\n\n## Mảng\n"
        for number in 0..<3_000 {
            text += "- [ ] Nhiệm vụ số \(number) có tên khá dài cho đủ một khối  id:T\(number) lead:TH due:2021-06-30\n"
        }
        let report = PlanReport(plan: Plan(text), asOf: try date("2021-07-01"))
        for language in Language.allCases {
            for form in ReportFormatter.Format.allCases {
                var pieces: [String] = []
                ReportFormatter(language: language).write(report, as: form) { pieces.append($0) }
                #expect(pieces.joined() == ReportFormatter(language: language).format(report, as: form), "\(form)")
                #expect(!pieces.contains(""))
                if form == .text || form == .markdown { #expect(pieces.count > 1, "\(form)") }
            }
        }
    }
}
