/// Declaring a unit or a person from the interface, as the officer would add a line to the
/// plan's units or persons section by hand.
extension Plan {
    /// What a declaration declares.
    public enum DeclarationKind: Equatable, Sendable {
        /// A unit: `TTDN: Phòng Thông tin - Dân nguyện`.
        case unit
        /// A person: `linh: Võ Thị Linh, Chuyên viên, TTDN`.
        case person
    }

    /// Adds the declaration typed as it is written after the `- ` of its line (`CODE: name` or
    /// `handle: name, title, UNIT`) after the last declaration of its kind. A plan without such
    /// a section gets one, headed in `language`: the units before the first track, the persons
    /// after the units. Refuses a code that is not ASCII letters, digits, `_`, `-` or `.`, one
    /// already declared (in any case), and an empty name.
    public mutating func declare(_ kind: DeclarationKind, _ typed: String,
                                 language: Language) throws(EditError) -> LineBlockEdit {
        let line = TaskTitle.clean(typed)
        guard let colon = line.firstIndex(of: ":") else { throw .declarationWithoutColon(kind: kind) }
        let code = TaskTitle.trimmed(line[..<colon])
        let rest = TaskTitle.trimmed(line[line.index(after: colon)...])
        guard !code.isEmpty, code.unicodeScalars.allSatisfy(PlanUnit.isCodeScalar) else { throw .invalidCode(code: code) }
        let taken = kind == .unit ? unit(code: code)?.line : person(handle: code)?.line
        if let taken { throw .codeTaken(code: code, line: taken + 1) }
        guard !(rest.split(separator: ",", omittingEmptySubsequences: false).first.map { TaskTitle.trimmed($0) } ?? "").isEmpty else {
            throw .emptyName
        }
        let written = "- \(code): \(rest)"
        let before = (units: units.count, persons: persons.count, tasks: taskCount)
        let grew = { (plan: Plan) in
            plan.taskCount == before.tasks && (kind == .unit
                ? plan.units.count == before.units + 1 && plan.persons.count == before.persons
                : plan.persons.count == before.persons + 1 && plan.units.count == before.units)
        }
        let edit: LineBlockEdit
        if let last = (kind == .unit ? units.map(\.line) : persons.map(\.line)).max() {
            edit = try replace(lines: (last + 1)..<(last + 1), with: [Array(written.utf8)], expected: grew)
        } else if let heading = declarationHeading(kind == .unit ? .units : .persons) {
            let end = sectionBody(heading..<sectionEnd(heading: heading)).upperBound
            edit = try replace(lines: end..<end, with: [Array(written.utf8)], expected: grew)
        } else {
            let title = kind == .unit ? language.pick(vi: "Đơn vị", en: "Units") : language.pick(vi: "Người theo dõi", en: "Persons")
            let position = newDeclarationSection(kind)
            edit = try replace(lines: position..<position, with: spaced(["## " + title, written], at: position), expected: grew)
        }
        return edit
    }

    /// Where a new declaration section goes: the persons after the units section, else both
    /// before the first level-2 heading, else at the end of the file.
    private func newDeclarationSection(_ kind: DeclarationKind) -> Int {
        if kind == .person, let units = declarationHeading(.units) { return sectionEnd(heading: units) }
        return levelTwoHeadings().first ?? text.lineCount
    }
}
