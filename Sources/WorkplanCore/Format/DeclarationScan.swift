/// Finds the declared units and persons before the tasks are read, so that every task line
/// can be checked against them wherever their sections stand. Looks only at headings, code
/// fences and the lines of those sections.
struct DeclarationScan {
    /// The units in file order.
    private(set) var units: [PlanUnit] = []
    /// The persons in file order.
    private(set) var persons: [PlanPerson] = []
    /// The bullet lines of the days-off section, with their line (from 0), in file order.
    private(set) var calendarLines: [(line: Int, text: String)] = []
    /// The lines of the office section, with their line (from 0), in file order.
    private(set) var officeLines: [(line: Int, text: String)] = []

    /// What a `##` heading starts.
    enum Section {
        /// The units: `## Đơn vị`, `## Units`.
        case units
        /// The persons: `## Người theo dõi`, `## Cán bộ`, `## Persons`, `## People`.
        case persons
        /// The office's days off and its deadline rule: `## Lịch nghỉ`, `## Ngày nghỉ`,
        /// `## Days off`, `## Calendar`.
        case calendar
        /// The office's identity on its papers: `## Cơ quan`, `## Office`.
        case office
    }

    /// Scans the lines of a file.
    init(_ text: PlanText) {
        let declared = text.store.withUnsafeBufferPointer { buffer in
            DeclarationScan.scan(buffer, spans: text.spans)
        }
        units = declared.units
        calendarLines = declared.calendar
        officeLines = declared.office
        let codes = Set(units.map(\.code))
        persons = declared.persons.map { person in
            guard let last = person.parts.last, person.parts.count > 1, codes.contains(last) else {
                return PlanPerson(handle: person.handle, name: person.parts.first ?? "",
                                  title: person.parts.count > 1 ? person.parts.dropFirst().joined(separator: ", ") : nil,
                                  unit: nil, line: person.line)
            }
            let title = person.parts.dropFirst().dropLast().joined(separator: ", ")
            return PlanPerson(handle: person.handle, name: person.parts.first ?? "", title: title.isEmpty ? nil : title,
                              unit: last, line: person.line)
        }
    }

    /// A person's declaration before its last part is matched against the unit codes.
    private struct PersonLine {
        let handle: String
        let parts: [String]
        let line: Int
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, spans: [PlanText.Span])
        -> (units: [PlanUnit], persons: [PersonLine], calendar: [(line: Int, text: String)],
            office: [(line: Int, text: String)]) {
        var units: [PlanUnit] = []
        var persons: [PersonLine] = []
        var calendar: [(line: Int, text: String)] = []
        var office: [(line: Int, text: String)] = []
        var openFence: UInt8?
        var inSection: Section?
        for (line, span) in spans.enumerated() {
            let content = buffer[Int(span.start)..<Int(span.end)]
            guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else { continue }
            if let mark = LineShape.fence(content[first...]), openFence == nil || openFence == mark {
                openFence = openFence == nil ? mark : nil
                continue
            }
            if openFence != nil { continue }
            if first == content.startIndex, content[first] == 35, let level = LineShape.headingLevel(content) {
                if level == 2 { inSection = DeclarationScan.section(DeclarationScan.headingText(content, level: level)) }
                continue
            }
            guard let section = inSection, TaskLineSyntax(content) == nil else { continue }
            if section == .calendar || section == .office {
                if section == .calendar {
                    calendar.append((line, String(decoding: content, as: UTF8.self)))
                } else {
                    office.append((line, String(decoding: content, as: UTF8.self)))
                }
                continue
            }
            guard let (code, rest) = DeclarationScan.declaration(content) else { continue }
            switch section {
            case .units: units.append(PlanUnit(code: code, name: rest, line: line))
            case .persons:
                let parts = rest.split(separator: ",").map { TaskTitle.trimmed($0) }.filter { !$0.isEmpty }
                persons.append(PersonLine(handle: code, parts: parts, line: line))
            case .calendar, .office: break
            }
        }
        return (units, persons, calendar, office)
    }

    /// The text of a heading line without its `#` marks.
    static func headingText(_ content: some LineBytes, level: Int) -> String {
        TaskTitle.trimmed(String(decoding: content.dropFirst(level), as: UTF8.self))
    }

    /// The section a `##` heading's words start, in any case, with or without diacritics; nil
    /// for a track.
    static func section(_ words: String) -> Section? {
        guard words.utf8.count <= 32 else { return nil }
        switch TextFolding.fold(words) {
        case "don vi", "units": return .units
        case "nguoi theo doi", "can bo", "persons", "people": return .persons
        case "lich nghi", "ngay nghi", "lich nghi le", "days off", "calendar": return .calendar
        case "co quan", "office": return .office
        default: return nil
        }
    }

    /// The code and the rest of a declaring line `- CODE: rest`, or nil.
    static func declaration(_ content: some LineBytes) -> (code: String, rest: String)? {
        let string = String(decoding: content, as: UTF8.self)
        let trimmed = string.drop(while: { $0 == " " || $0 == "\t" })
        guard let bullet = trimmed.first, "-*+".contains(bullet) else { return nil }
        let item = trimmed.dropFirst().drop(while: { $0 == " " })
        guard let colon = item.firstIndex(of: ":") else { return nil }
        let code = item[..<colon]
        guard !code.isEmpty, code.unicodeScalars.allSatisfy(PlanUnit.isCodeScalar) else { return nil }
        return (String(code), TaskTitle.trimmed(item[item.index(after: colon)...]))
    }
}
