extension Paper {
    /// The office's report as a BÁO CÁO: the lines of `workplan report` (its counts, rates and
    /// results per track, unit and person, the meetings' decisions and the open tasks), set as the
    /// decree sets a report's sections, headings, paragraphs and lists.
    public static func report(_ report: PlanReport, identity: OfficeIdentity, number: Int?, date: PlanDate) -> Paper {
        let names = report.units.compactMap { group in group.code.flatMap { code in group.name.map { (code, $0) } } }
        let words = ReportWords(language: .vi, namesIds: false,
                                unitNames: Dictionary(names, uniquingKeysWith: { first, _ in first }))
        var body: [Block] = []
        var opening = [words.asOfLine(report)]
        if let period = words.periodLine(report) { opening.insert(period, at: 0) }
        body.append(.paragraph(opening.joined(separator: "; ") + "."))
        var lines: [ReportLine] = []
        ReportTextWriter(words: words).write(report, into: &lines)
        for line in lines {
            switch line.kind {
            case .title, .planTitle, .period, .asOf, .blank: continue
            case .section: body.append(.section(line.marker + line.text))
            case .group: body.append(.heading(line.marker + line.text))
            case .counts, .deadlines, .note: body.append(.paragraph(line.text))
            case let .item(_, level): body.append(.item(line.text, level: level))
            case .labelled: body.append(.paragraph(line.text))
            }
        }
        let subject = ["Tình hình thực hiện " + (report.planTitle.map(ReportPaperText.lowercasedFirst) ?? "kế hoạch")]
        return Paper(kind: .report, identity: identity, number: number, date: date, subject: subject, body: body,
                     closing: .signer(recipients: identity.recipients, authority: identity.authority,
                                      title: identity.signerTitle, name: identity.signer),
                     appendix: nil)
    }
}

/// Words of the report's paper.
enum ReportPaperText {
    /// A title continued in a sentence: `Kế hoạch công tác …` as `kế hoạch công tác …`, an
    /// abbreviation (`HĐND …`) kept as written.
    static func lowercasedFirst(_ title: String) -> String {
        guard let first = title.first, title.dropFirst().first?.isLowercase ?? true else { return title }
        return first.lowercased() + title.dropFirst()
    }
}
