/// Finds the declared units before the tasks are read, so that every task line can be
/// checked against them wherever the units section stands. Looks only at headings, code
/// fences and the lines of units sections.
struct UnitScan {
    /// The units in file order.
    private(set) var units: [PlanUnit] = []

    /// Scans the lines of a file.
    init(_ text: PlanText) {
        units = text.store.withUnsafeBufferPointer { buffer in
            UnitScan.scan(buffer, spans: text.spans)
        }
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, spans: [PlanText.Span]) -> [PlanUnit] {
        var units: [PlanUnit] = []
        var openFence: UInt8?
        var inUnits = false
        for (line, span) in spans.enumerated() {
            let content = buffer[Int(span.start)..<Int(span.end)]
            guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else { continue }
            if let mark = LineShape.fence(content[first...]), openFence == nil || openFence == mark {
                openFence = openFence == nil ? mark : nil
                continue
            }
            if openFence != nil { continue }
            if first == content.startIndex, content[first] == 35, let level = LineShape.headingLevel(content) {
                if level == 2 { inUnits = UnitScan.isUnitsHeading(UnitScan.headingText(content, level: level)) }
                continue
            }
            if inUnits, TaskLineSyntax(content) == nil, let unit = UnitScan.declaration(content, line: line) {
                units.append(unit)
            }
        }
        return units
    }

    /// The text of a heading line without its `#` marks.
    static func headingText(_ content: some LineBytes, level: Int) -> String {
        TaskTitle.trimmed(String(decoding: content.dropFirst(level), as: UTF8.self))
    }

    /// True for `Đơn vị` or `Units`, in any case, with or without diacritics.
    static func isUnitsHeading(_ words: String) -> Bool {
        words.utf8.count <= 24 && ["don vi", "units"].contains(TextFolding.fold(words))
    }

    /// A unit declared by a line `- CODE: Full name`, or nil.
    static func declaration(_ content: some LineBytes, line: Int) -> PlanUnit? {
        let string = String(decoding: content, as: UTF8.self)
        let trimmed = string.drop(while: { $0 == " " || $0 == "\t" })
        guard let bullet = trimmed.first, "-*+".contains(bullet) else { return nil }
        let item = trimmed.dropFirst().drop(while: { $0 == " " })
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let code = item[..<colon]
        guard !code.isEmpty, code.unicodeScalars.allSatisfy(PlanUnit.isCodeScalar) else { return nil }
        let name = TaskTitle.trimmed(item[item.index(after: colon)...])
        return PlanUnit(code: String(code), name: name, line: line)
    }
}
