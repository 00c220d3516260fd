/// Reads the lines of a plan file into title, tracks, units, tasks and problems.
///
/// Reading has three passes: `DeclarationScan` finds the declared units and persons; `LineReader` reads every
/// line on its own, on every core (`LineShape`); this parser then walks the shapes in file
/// order to place each line: title, tracks, code blocks, nesting, notes, ids. It keeps
/// numbers only; titles and fields are decoded when asked for.
struct PlanParser {
    private let text: PlanText
    private var title: String?
    private var tracks: [Track] = []
    /// The slots: while reading, one per line as the first pass left them, packed into the
    /// first `taskCount` places as the tasks are placed; the rest is cut at the end.
    private var slots: [TaskSlot] = []
    /// The number of tasks placed so far.
    private var taskCount = 0
    /// The hash of each task line's first id, by line.
    private var fingerprints: [UInt64] = []
    private var units: [PlanUnit] = []
    private var persons: [PlanPerson] = []
    private var calendar = OfficeCalendar()
    private var problems: [Problem] = []
    private var isValidUTF8 = true
    private var idIndex = IdIndex()
    private var unitIndex: [String: Int] = [:]
    /// Open tasks, innermost last, that later lines may nest under.
    private var stack: [Int] = []
    /// True inside the units or the persons section, where task lines do not count.
    private var inDeclarations = false
    /// The fence character (`` ` `` or `~`) of the code block the reader is in, if any.
    private var openFence: UInt8?
    /// The task whose note the next indented line continues, and the first blank line seen after it.
    private var noteOwner: Int?
    private var pendingBlank: Int?
    /// The extra ids of the part being placed that are not registered yet.
    private var extraIds: ArraySlice<ExtraId> = []
    /// Task-looking lines (1-based) that are not tasks, whose problems do not count.
    private var discardedLines: Set<Int> = []
    /// How many parts the lines are read in, or nil to decide by the file's size.
    private let parts: Int?

    init(text: PlanText, parts: Int? = nil) {
        self.text = text
        self.parts = parts
    }

    /// Reads every line.
    consuming func parse() -> Plan {
        let declared = DeclarationScan(text)
        units = declared.units
        persons = declared.persons
        let office = OfficeCalendar.reading(declared.calendarLines)
        calendar = office.calendar
        problems.append(contentsOf: office.problems)
        problems.append(contentsOf: OfficeIdentity.reading(declared.officeLines).problems)
        for (position, unit) in units.enumerated() where unitIndex[unit.code] == nil {
            unitIndex[unit.code] = position
        }
        let reading = LineReader.read(text, codes: DeclaredCodes(units, persons: persons), parts: self.parts)
        slots = reading.lineSlots
        fingerprints = reading.fingerprints
        idIndex = IdIndex(capacity: text.lineCount)
        for part in reading.parts {
            if !part.isClean {
                for line in part.lines { checkEncoding(text.content(line), line: line) }
            }
            extraIds = part.extraIds[...]
            var line = part.lines.lowerBound
            for shape in part.shapes {
                place(shape, line: line)
                line += 1
            }
            problems.append(contentsOf: discardedLines.isEmpty
                ? part.problems : part.problems.filter { !discardedLines.contains($0.line) })
        }
        closeAll()
        closeTrack()
        slots.removeLast(slots.count - taskCount)
        problems.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return Plan(text: text, title: title, tracks: tracks, slots: slots, units: units, persons: persons,
                    calendar: calendar, problems: problems, isValidUTF8: isValidUTF8, idIndex: idIndex, unitIndex: unitIndex)
    }

    /// Places one line, given what it is on its own and what came before it.
    private mutating func place(_ shape: LineShape, line: Int) {
        switch shape {
        case .blank:
            if noteOwner != nil, pendingBlank == nil { pendingBlank = line }
        case let .fence(mark, indent, atMargin):
            if openFence == nil || openFence == mark { openFence = openFence == nil ? mark : nil }
            other(indent: indent, line: line, atMargin: atMargin)
        case let .heading(level):
            if openFence != nil { other(indent: 0, line: line, atMargin: true) } else { heading(level: Int(level), line: line) }
        case .task:
            let reading = slots[line]
            if openFence != nil || inDeclarations { dropProblems(of: line) }
            if openFence != nil {
                other(indent: reading.indent, line: line, atMargin: reading.indent == 0)
            } else if inDeclarations {
                problems.append(Problem(line: line + 1, column: 1, kind: .taskInUnitsSection))
            } else {
                task(reading, line: line)
            }
        case .conflictMarker:
            // Left by a merge: reported, and read through, so that the tasks on either side
            // keep their places in the tree until a person chooses.
            if openFence != nil {
                other(indent: 0, line: line, atMargin: true)
            } else {
                problems.append(Problem(line: line + 1, column: 1, kind: .conflictMarker))
            }
        case let .other(indent, atMargin):
            other(indent: indent, line: line, atMargin: atMargin)
            if noteOwner != nil, openFence == nil { checkEntry(line) }
        }
    }

    /// A line that is neither heading nor task: part of the open task's note when it is
    /// indented deeper than that task, free text otherwise (which, at the margin, ends nesting).
    private mutating func other(indent: Int32, line: Int, atMargin: Bool) {
        if let owner = noteOwner, indent > slots[owner].indent {
            if slots[owner].noteStart == slots[owner].noteEnd { slots[owner].noteStart = Int32(pendingBlank ?? line) }
            slots[owner].noteEnd = Int32(line + 1)
            pendingBlank = nil
            return
        }
        noteOwner = nil
        pendingBlank = nil
        if atMargin { closeAll() }
    }

    /// Reports a line of a note that is shaped like a dated entry and cannot be read.
    private mutating func checkEntry(_ line: Int) {
        guard case let .unreadable(column, kind)? = EntryLine.read(text.content(line)) else { return }
        problems.append(Problem(line: line + 1, column: column, kind: kind))
    }

    private mutating func heading(level: Int, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        guard level <= 2 else { return }
        let words = DeclarationScan.headingText(text.content(line), level: level)
        if level == 1 {
            if title == nil { title = words }
            return
        }
        closeAll()
        closeTrack()
        inDeclarations = DeclarationScan.section(words) != nil
        if !inDeclarations {
            tracks.append(Track(title: words, line: line, tasks: taskCount..<taskCount))
        }
    }

    /// Forgets what the first pass found on a task line that turned out not to be a task
    /// (inside a code block, the units or the persons section).
    private mutating func dropProblems(of line: Int) {
        while extraIds.first?.line == line { extraIds.removeFirst() }
        discardedLines.insert(line + 1)
    }

    private mutating func task(_ reading: TaskSlot, line: Int) {
        noteOwner = nil
        pendingBlank = nil
        if tracks.isEmpty {
            tracks.append(Track(title: "", line: nil, tasks: 0..<0))
        }
        while let top = stack.last, slots[top].indent >= reading.indent {
            close(top)
            stack.removeLast()
        }
        let index = taskCount
        var slot = reading
        slot.parent = Int32(stack.last ?? -1)
        slot.track = Int32(tracks.count - 1)
        slot.depth = Int32(stack.count)
        slots[index] = slot
        taskCount += 1
        if reading.hasId {
            register(written: nil, fingerprint: fingerprints[line], offset: Int(reading.idOffset), line: line, task: index)
        }
        while let extra = extraIds.first, extra.line == line {
            register(written: extra.value, fingerprint: extra.key.fingerprint, offset: extra.offset, line: line, task: index)
            extraIds.removeFirst()
        }
        stack.append(index)
        noteOwner = index
    }

    /// Adds an id to the index, or reports it as a duplicate. `written` is the value as
    /// written when known; otherwise it is read from the line (only for a duplicate). The id
    /// itself is read from the line only when another id has the same hash.
    private mutating func register(written: String?, fingerprint: UInt64, offset: Int, line: Int, task: Int) {
        var index = IdIndex()
        swap(&index, &idIndex)
        defer { swap(&index, &idIndex) }
        let content = text.content(line)
        let sameId = { (candidate: Int32) in
            Plan.task(candidate, of: self.slots, in: self.text, hasId: TaskId(PlanParser.token(in: content, at: offset)))
        }
        if let first = index.task(fingerprint: fingerprint, sameId: sameId) {
            let raw = written ?? PlanParser.token(in: content, at: offset)
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, offset),
                                    kind: .duplicateId(id: raw, firstLine: Int(slots[Int(first)].line) + 1)))
        } else {
            index.set(fingerprint: fingerprint, to: Int32(task), sameId: sameId)
        }
    }

    /// The value of the `id:` token starting at `offset` in a line.
    private static func token(in content: ArraySlice<UInt8>, at offset: Int) -> String {
        var run = FieldRun(content[(content.startIndex + offset)...])
        return run.next().map { String(decoding: $0.value, as: UTF8.self) } ?? ""
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
        if let last = tracks.indices.last { tracks[last].tasks = tracks[last].tasks.lowerBound..<taskCount }
    }

    private mutating func close(_ index: Int) {
        slots[index].descendants = Int32(taskCount - index - 1)
    }
}
