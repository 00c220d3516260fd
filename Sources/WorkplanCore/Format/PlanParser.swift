/// Reads the lines of a plan file into title, tracks, units, tasks and problems.
/// Works on bytes and keeps numbers only; titles and fields are decoded when asked for.
struct PlanParser {
    private let text: PlanText
    private var title: String?
    private var tracks: [Track] = []
    private var slots: [TaskSlot] = []
    private var units: [PlanUnit] = []
    private var problems: [Problem] = []
    private var isValidUTF8 = true
    private var idIndex: [String: Int32] = [:]
    private var unitIndex: [String: Int] = [:]
    private var unitCodeBytes: [[UInt8]] = []
    /// Tasks whose `lead:`/`with:` codes are checked once all units are known.
    private var tasksNamingUnits: [Int] = []
    /// Open tasks, innermost last, that later lines may nest under.
    private var stack: [Int] = []
    private var inUnitsSection = false
    /// The fence character (`` ` `` or `~`) of the code block the reader is in, if any.
    private var openFence: UInt8?
    /// The task whose note the next indented line continues, and the first blank line seen after it.
    private var noteOwner: Int?
    private var pendingBlank: Int?

    init(text: PlanText) {
        self.text = text
    }

    /// Reads every line once.
    consuming func parse() -> Plan {
        let clean = TextValidation.isCleanUTF8(text.store)
        slots.reserveCapacity(text.lineCount)
        idIndex.reserveCapacity(text.lineCount)
        let store = text.store
        let spans = text.spans
        store.withUnsafeBufferPointer { buffer in
            for (line, span) in spans.enumerated() {
                let content = buffer[Int(span.start)..<Int(span.end)]
                if !clean { checkEncoding(content, line: line) }
                read(content, line: line)
            }
        }
        closeAll()
        closeTrack()
        checkUnits()
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Plan(text: text, title: title, tracks: tracks, slots: slots, units: units, problems: problems,
                    isValidUTF8: isValidUTF8, idIndex: idIndex, unitIndex: unitIndex)
    }

    private mutating func read(_ content: some LineBytes, line: Int) {
        var firstNonBlank = content.startIndex
        while firstNonBlank < content.endIndex, TaskLineSyntax.isBlank(content[firstNonBlank]) {
            firstNonBlank += 1
        }
        if firstNonBlank == content.endIndex {
            if noteOwner != nil, pendingBlank == nil { pendingBlank = line }
            return
        }
        if let fence = PlanParser.fence(content[firstNonBlank...]), openFence == nil || openFence == fence {
            openFence = openFence == nil ? fence : nil
            other(content, line: line, atMargin: firstNonBlank == content.startIndex)
            return
        }
        if openFence != nil {
            other(content, line: line, atMargin: firstNonBlank == content.startIndex)
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
            unitCodeBytes.append(Array(unit.code.utf8))
            return
        }
        other(content, line: line, atMargin: firstNonBlank == content.startIndex)
    }

    /// A line that is neither heading, task nor unit: part of the open task's note when it is
    /// indented deeper than that task, free text otherwise (which, at the margin, ends nesting).
    private mutating func other(_ content: some LineBytes, line: Int, atMargin: Bool) {
        if let owner = noteOwner, indentColumns(content) > Int(slots[owner].indent) {
            if slots[owner].noteStart == slots[owner].noteEnd { slots[owner].noteStart = Int32(pendingBlank ?? line) }
            slots[owner].noteEnd = Int32(line + 1)
            pendingBlank = nil
            return
        }
        noteOwner = nil
        pendingBlank = nil
        if atMargin { closeAll() }
    }

    /// The fence character when a line (from its first non-blank byte) opens or closes a
    /// code block: three or more backticks or tildes.
    static func fence(_ text: some LineBytes) -> UInt8? {
        guard let first = text.first, first == 96 || first == 126, text.count >= 3,
              text.prefix(3).allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    private func headingLevel(_ content: some LineBytes) -> Int? {
        let hashes = content.prefix(while: { $0 == 35 }).count
        guard hashes <= 6 else { return nil }
        let after = content.startIndex + hashes
        guard after == content.endIndex || TaskLineSyntax.isBlank(content[after]) else { return nil }
        return hashes
    }

    private mutating func heading(level: Int, content: some LineBytes, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        let words = TaskTitle.trimmed(String(decoding: content.dropFirst(level), as: UTF8.self))
        if level == 1, title == nil {
            title = words
            return
        }
        guard level == 2 else { return }
        closeAll()
        closeTrack()
        inUnitsSection = PlanParser.isUnitsHeading(words)
        if !inUnitsSection {
            tracks.append(Track(title: words, line: line, tasks: slots.count..<slots.count))
        }
    }

    /// True for `Đơn vị` or `Units`, in any case, with or without diacritics.
    static func isUnitsHeading(_ words: String) -> Bool {
        words.utf8.count <= 24 && ["don vi", "units"].contains(TextFolding.fold(words))
    }

    private mutating func task(_ syntax: TaskLineSyntax, content: some LineBytes, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        if tracks.isEmpty {
            tracks.append(Track(title: "", line: nil, tasks: 0..<0))
        }
        while let top = stack.last, Int(slots[top].indent) >= syntax.indentColumns {
            close(top)
            stack.removeLast()
        }
        let index = slots.count
        var reading = TaskLineReading(content: content, syntax: syntax, line: line, units: unitCodeBytes)
        reading.slot.parent = Int32(stack.last ?? -1)
        reading.slot.track = Int32(tracks.count - 1)
        reading.slot.depth = Int32(stack.count)
        problems.append(contentsOf: reading.problems)
        if reading.namesUnits, units.isEmpty { tasksNamingUnits.append(index) }
        slots.append(reading.slot)
        if let first = reading.firstId {
            register(id: first.value, offset: first.offset, content: content, line: line, task: index)
            for extra in reading.extraIds {
                register(id: extra.value, offset: extra.offset, content: content, line: line, task: index)
            }
        }
        stack.append(index)
        noteOwner = index
    }

    private mutating func register(id raw: String, offset: Int, content: some LineBytes, line: Int, task: Int) {
        let id = TextForm.nfc(raw)
        if let first = idIndex[id] {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, offset),
                                    kind: .duplicateId(id: raw, firstLine: Int(slots[Int(first)].line) + 1)))
        } else {
            idIndex[id] = Int32(task)
        }
    }

    private func unitDeclaration(_ content: some LineBytes, line: Int) -> PlanUnit? {
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

    /// Checks the tasks that named units before the units section was read.
    private mutating func checkUnits() {
        guard !units.isEmpty else { return }
        for index in tasksNamingUnits {
            let line = Int(slots[index].line)
            let content = text.content(line)
            guard let syntax = TaskLineSyntax(content) else { continue }
            checkUnits(content, syntax: syntax, line: line)
        }
    }

    private mutating func checkUnits(_ content: some LineBytes, syntax: TaskLineSyntax, line: Int) {
        for unknown in FieldCheck.unknownUnits(in: content, syntax: syntax, known: unitCodeBytes) {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, unknown.offset),
                                    kind: .unknownUnit(code: unknown.code)))
        }
    }

    private mutating func checkEncoding(_ content: some LineBytes, line: Int) {
        if let offset = TextValidation.firstNul(content) {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, offset), kind: .nulByte))
        }
        if let offset = TextValidation.firstInvalidUTF8(content) {
            isValidUTF8 = false
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, offset), kind: .invalidUTF8))
        }
    }

    private mutating func closeAll() {
        while let top = stack.popLast() { close(top) }
        noteOwner = nil
    }

    private mutating func closeTrack() {
        if let last = tracks.indices.last { tracks[last].tasks = tracks[last].tasks.lowerBound..<slots.count }
    }

    private mutating func close(_ index: Int) {
        slots[index].descendants = Int32(slots.count - index - 1)
    }

    private func indentColumns(_ content: some LineBytes) -> Int {
        var columns = 0
        for byte in content {
            if byte == 32 { columns += 1 } else if byte == 9 { columns = (columns / 4 + 1) * 4 } else { break }
        }
        return columns
    }
}
