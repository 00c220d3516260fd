/// Reads the lines of a plan file into title, tracks, units, tasks and problems.
/// Works on bytes; builds strings only for the parts a task shows.
struct PlanParser {
    private let text: PlanText
    private var title: String?
    private var tracks: [Track] = []
    private var tasks: [PlanTask] = []
    private var units: [PlanUnit] = []
    private var problems: [Problem] = []
    private var isValidUTF8 = true
    private var idIndex: [String: Int] = [:]
    private var unitIndex: [String: Int] = [:]
    /// Open tasks, innermost last, that later lines may nest under.
    private var stack: [Int] = []
    private var inUnitsSection = false
    /// The task whose note the next indented line continues, and the first blank line seen after it.
    private var noteOwner: Int?
    private var pendingBlank: Int?

    init(text: PlanText) {
        self.text = text
    }

    /// Reads every line once.
    consuming func parse() -> Plan {
        tasks.reserveCapacity(text.lineCount / 2)
        for line in 0..<text.lineCount {
            read(line: line)
        }
        closeAll()
        if let last = tracks.indices.last { tracks[last].tasks = tracks[last].tasks.lowerBound..<tasks.count }
        checkUnits()
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Plan(text: text, title: title, tracks: tracks, tasks: tasks, units: units, problems: problems,
                    isValidUTF8: isValidUTF8, idIndex: idIndex, unitIndex: unitIndex)
    }

    private mutating func read(line: Int) {
        let content = text.content(line)
        checkEncoding(content, line: line)
        var firstNonBlank = content.startIndex
        while firstNonBlank < content.endIndex, content[firstNonBlank] == 32 || content[firstNonBlank] == 9 {
            firstNonBlank += 1
        }
        if firstNonBlank == content.endIndex {
            if noteOwner != nil, pendingBlank == nil { pendingBlank = line }
            return
        }
        if firstNonBlank == content.startIndex, content[firstNonBlank] == 35, let level = headingLevel(content) {
            heading(level: level, content: content, line: line)
            return
        }
        if let syntax = TaskLineSyntax(content) {
            if inUnitsSection {
                problems.append(Problem(line: line + 1, column: 1, kind: .taskInUnitsSection))
                return
            }
            task(syntax, content: content, line: line)
            return
        }
        if inUnitsSection, let unit = unitDeclaration(content, line: line) {
            unitIndex[unit.code] = unitIndex[unit.code] ?? units.count
            units.append(unit)
            return
        }
        if let owner = noteOwner, indentColumns(content) > tasks[owner].indent {
            let start = tasks[owner].noteLines.isEmpty ? (pendingBlank ?? line) : tasks[owner].noteLines.lowerBound
            tasks[owner].noteLines = start..<(line + 1)
            pendingBlank = nil
            return
        }
        noteOwner = nil
        pendingBlank = nil
        if firstNonBlank == content.startIndex { closeAll() }
    }

    private func headingLevel(_ content: ArraySlice<UInt8>) -> Int? {
        let hashes = content.prefix(while: { $0 == 35 }).count
        guard hashes <= 6 else { return nil }
        let after = content.startIndex + hashes
        guard after == content.endIndex || content[after] == 32 || content[after] == 9 else { return nil }
        return hashes
    }

    private mutating func heading(level: Int, content: ArraySlice<UInt8>, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        let words = TaskTitle.trimmed(String(decoding: content.dropFirst(level), as: UTF8.self))
        if level == 1, title == nil {
            title = words
            return
        }
        guard level == 2 else { return }
        closeAll()
        if let last = tracks.indices.last { tracks[last].tasks = tracks[last].tasks.lowerBound..<tasks.count }
        let folded = TextFolding.fold(words)
        inUnitsSection = folded == "don vi" || folded == "units"
        if !inUnitsSection {
            tracks.append(Track(title: words, line: line, tasks: tasks.count..<tasks.count))
        }
    }

    private mutating func task(_ syntax: TaskLineSyntax, content: ArraySlice<UInt8>, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        if tracks.isEmpty {
            tracks.append(Track(title: "", line: nil, tasks: 0..<0))
        }
        while let top = stack.last, tasks[top].indent >= syntax.indentColumns {
            close(top)
            stack.removeLast()
        }
        let index = tasks.count
        let parts = TaskParts(content, syntax)
        if parts.status == nil {
            problems.append(Problem(line: line + 1, column: Self.column(content, syntax.markStart),
                                    kind: .unknownStatus(mark: parts.mark)))
        }
        for (field, token) in zip(parts.fields, syntax.fields) {
            checkField(key: field.key, value: field.value, column: { Self.column(content, token.start) },
                       line: line, task: index)
        }
        tasks.append(PlanTask(
            line: line, indent: syntax.indentColumns, depth: stack.count, status: parts.status, mark: parts.mark,
            title: parts.title, fields: parts.fields, parent: stack.last, track: tracks.count - 1, descendantCount: 0,
            noteLines: (line + 1)..<(line + 1)))
        stack.append(index)
        noteOwner = index
    }

    private mutating func checkField(key: String, value: String, column: () -> Int, line: Int, task: Int) {
        if let kind = FieldCheck.valueProblem(key: key, value: value) {
            problems.append(Problem(line: line + 1, column: column(), kind: kind))
        }
        guard key == Field.Key.id else { return }
        let id = TextForm.nfc(value)
        if let first = idIndex[id] {
            problems.append(Problem(line: line + 1, column: column(),
                                    kind: .duplicateId(id: value, firstLine: tasks[first].line + 1)))
        } else {
            idIndex[id] = task
        }
    }

    private func unitDeclaration(_ content: ArraySlice<UInt8>, line: Int) -> PlanUnit? {
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

    private mutating func checkUnits() {
        guard !units.isEmpty else { return }
        for task in tasks where task.fields.contains(where: { $0.key == Field.Key.lead || $0.key == Field.Key.with }) {
            let content = text.content(task.line)
            guard let syntax = TaskLineSyntax(content) else { continue }
            for unknown in FieldCheck.unknownUnits(in: content, syntax: syntax, known: unitIndex) {
                problems.append(Problem(line: task.line + 1, column: Self.column(content, unknown.offset),
                                        kind: .unknownUnit(code: unknown.code)))
            }
        }
    }

    private mutating func checkEncoding(_ content: ArraySlice<UInt8>, line: Int) {
        let scan = TextValidation.scan(content)
        if let offset = scan.firstNul {
            problems.append(Problem(line: line + 1, column: Self.column(content, offset), kind: .nulByte))
        }
        if scan.hasNonASCII, let offset = TextValidation.firstInvalidUTF8(content) {
            isValidUTF8 = false
            problems.append(Problem(line: line + 1, column: Self.column(content, offset), kind: .invalidUTF8))
        }
    }

    private mutating func closeAll() {
        while let top = stack.popLast() { close(top) }
        noteOwner = nil
    }

    private mutating func close(_ index: Int) {
        tasks[index].descendantCount = tasks.count - index - 1
    }

    private func indentColumns(_ content: ArraySlice<UInt8>) -> Int {
        var columns = 0
        for byte in content {
            if byte == 32 { columns += 1 } else if byte == 9 { columns = (columns / 4 + 1) * 4 } else { break }
        }
        return columns
    }

    private static func column(_ content: ArraySlice<UInt8>, _ offset: Int) -> Int {
        FieldCheck.column(content, offset)
    }
}
