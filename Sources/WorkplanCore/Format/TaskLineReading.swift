/// What one task line says, read from its bytes: the compact slot, the problems of its
/// values, its id and the unit codes it names. Shared by loading and by re-reading an edited line.
struct TaskLineReading {
    /// The slot, with the tree fields (parent, track, depth, subtree, note) left for the caller.
    var slot: TaskSlot
    /// Problems of the line's mark and values, with 1-based columns.
    var problems: [Problem] = []
    /// The first `id:` value, if any, the byte offset of its token, and its key.
    var firstId: (value: String, offset: Int, key: TaskId)?
    /// Further `id:` tokens on the same line (each one a duplicate); almost always empty.
    var extraIds: [(value: String, offset: Int, key: TaskId)] = []
    /// True to keep the text of the first id in `firstId`; the first pass of reading needs
    /// only its hash and offset.
    private let keepsIdText: Bool
    /// The hash and the byte offset of the first `id:` value, if any.
    private(set) var firstIdHash: (fingerprint: UInt64, offset: Int)?
    /// The line's counted-result fields, checked as they are read.
    private var counted = CountedFieldCheck()
    /// The keys met so far on the line, with where each was first written (`FirstFields`).
    private var firstFields = FirstFields()
    /// The first valid `start:` and `due:` days and the first `done:` token's offset, for the
    /// checks between fields once the line is read.
    private var startDay: (date: PlanDate, offset: Int)?
    private var dueDay: PlanDate?
    private var doneOffset: Int?
    /// Every `id:` token of the line with its byte offset.
    var ids: [(value: String, offset: Int, key: TaskId)] { (firstId.map { [$0] } ?? []) + extraIds }

    /// Reads the line's status and fields; with `codes`, also checks the codes of `lead:`,
    /// `with:` and `person:` against them.
    init(content: some LineBytes, syntax: TaskLineSyntax, line: Int, codes: DeclaredCodes = .none, keepsIdText: Bool = true) {
        self.keepsIdText = keepsIdText
        let base = content.startIndex
        let markByte = content[base + syntax.markStart]
        let code: UInt8 = syntax.markEnd - syntax.markStart == 1 ? TaskLineReading.statusCode(markByte) : TaskSlot.unknownStatus
        slot = TaskSlot(
            line: Int32(line), parent: -1, track: 0, descendants: 0,
            noteStart: Int32(line + 1), noteEnd: Int32(line + 1),
            markStart: Int32(syntax.markStart), markEnd: Int32(syntax.markEnd),
            titleStart: Int32(syntax.titleStart), titleEnd: Int32(syntax.titleEnd),
            fieldsStart: Int32(syntax.fieldsStart), fieldsEnd: Int32(syntax.trailingStart),
            due: TaskSlot.noDate, indent: Int32(syntax.indentColumns), depth: 0,
            statusCode: code, hasProgress: false)
        if code == TaskSlot.unknownStatus {
            let mark = String(decoding: content[(base + syntax.markStart)..<(base + syntax.markEnd)], as: UTF8.self).first ?? " "
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, syntax.markStart),
                                    kind: .unknownStatus(mark: mark)))
        }
        if syntax.fieldCount > 0, syntax.recordedField(0) != nil {
            for position in 0..<syntax.fieldCount {
                guard let token = syntax.recordedField(position) else { continue }
                read(token, content: content, line: line, codes: codes)
            }
        } else {
            var cursor = TaskLineSyntax.FieldCursor(syntax)
            while let token = cursor.next(in: content) {
                read(token, content: content, line: line, codes: codes)
            }
        }
        for found in counted.problems {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, found.offset), kind: found.kind))
        }
        if let startDay, let dueDay, startDay.date > dueDay {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, startDay.offset),
                                    kind: .startAfterDue(start: startDay.date, due: dueDay)))
        }
        if let doneOffset, let status = slot.status, status.isOpen {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, doneOffset),
                                    kind: .doneOnOpenTask(status: status)))
        }
        if problems.count > 1 {
            problems = problems.enumerated().sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }.map(\.element)
        }
        slot.hasId = firstIdHash != nil
        slot.idOffset = Int32(firstIdHash?.offset ?? 0)
    }

    /// Reads one `key:value` token of the line.
    private mutating func read(_ token: TaskLineSyntax.FieldToken, content: some LineBytes, line: Int, codes: DeclaredCodes) {
        let base = content.startIndex
        let key = content[(base + token.start)..<(base + token.colon)]
        let value = content[(base + token.colon + 1)..<(base + token.end)]
        read(key: key, value: value, token: token, content: content, line: line, codes: codes)
    }

    /// Reads one field: keeps what the slot needs and notes the problems of its value. A key
    /// written again is a problem; the first valid value of each key counts.
    private mutating func read(key: some LineBytes, value: some LineBytes, token: TaskLineSyntax.FieldToken,
                               content: some LineBytes, line: Int, codes: DeclaredCodes) {
        let kind = FieldKeyBytes.kind(of: key)
        if kind != .id, let first = firstFields.repeated(kind, key: key, at: token.start) {
            problems.append(Problem(line: line + 1, column: FieldCheck.column(content, token.start),
                                    kind: .repeatedKey(key: String(decoding: key, as: UTF8.self),
                                                       firstColumn: FieldCheck.column(content, first))))
        }
        switch kind {
        case .id:
            if firstIdHash == nil, !keepsIdText {
                firstIdHash = (TaskId.fingerprint(bytes: value), token.start)
                return
            }
            let key = TaskId(bytes: value)
            let found = (String(decoding: value, as: UTF8.self), token.start, key)
            if firstIdHash == nil {
                firstIdHash = (key.fingerprint, token.start)
                firstId = found
            } else {
                extraIds.append(found)
            }
        case .due, .start, .done:
            if kind == .done, doneOffset == nil { doneOffset = token.start }
            if let date = PlanDate(isoBytes: value) {
                switch kind {
                case .due where dueDay == nil:
                    slot.due = Int32(date.dayNumber)
                    dueDay = date
                case .start where startDay == nil: startDay = (date, token.start)
                case .done where slot.done == TaskSlot.noDate: slot.done = Int32(date.dayNumber)
                default: break
                }
            } else {
                problems.append(Problem(
                    line: line + 1, column: FieldCheck.column(content, token.start),
                    kind: .invalidDate(key: String(decoding: key, as: UTF8.self), value: String(decoding: value, as: UTF8.self))))
            }
        case .progress:
            if let problem = Progress.problem(bytes: value) {
                problems.append(Problem(line: line + 1, column: FieldCheck.column(content, token.start), kind: problem))
            } else {
                slot.hasProgress = true
            }
        case .lead, .with:
            guard !codes.units.isEmpty else { return }
            for unknown in FieldCheck.unknownCodes(in: value, known: codes.units) {
                problems.append(Problem(line: line + 1, column: FieldCheck.column(content, unknown.offset - content.startIndex),
                                        kind: .unknownUnit(code: unknown.code)))
            }
        case .person:
            guard !codes.persons.isEmpty else { return }
            for unknown in FieldCheck.unknownCodes(in: value, known: codes.persons) {
                problems.append(Problem(line: line + 1, column: FieldCheck.column(content, unknown.offset - content.startIndex),
                                        kind: .unknownPerson(handle: unknown.code)))
            }
        case .other:
            if let problem = counted.read(key: key, value: value, offset: token.start) {
                problems.append(Problem(line: line + 1, column: FieldCheck.column(content, token.start), kind: problem))
            } else if key.elementsEqual(Field.Key.documentDate.utf8), PlanDate(isoBytes: value) == nil {
                problems.append(Problem(
                    line: line + 1, column: FieldCheck.column(content, token.start),
                    kind: .invalidDate(key: Field.Key.documentDate, value: String(decoding: value, as: UTF8.self))))
            } else if key.elementsEqual(Field.Key.share.utf8), ResultShare(String(decoding: value, as: UTF8.self)) == nil {
                problems.append(Problem(line: line + 1, column: FieldCheck.column(content, token.start),
                                        kind: .invalidShare(value: String(decoding: value, as: UTF8.self))))
            }
        }
    }

    /// The position in `TaskStatus.allCases` of a one-byte mark.
    static func statusCode(_ mark: UInt8) -> UInt8 {
        switch mark {
        case 32: 0
        case UInt8(ascii: "/"): 1
        case UInt8(ascii: "x"), UInt8(ascii: "X"): 2
        case UInt8(ascii: "-"): 3
        case UInt8(ascii: ">"): 4
        case UInt8(ascii: "!"): 5
        default: TaskSlot.unknownStatus
        }
    }
}

/// The field keys Workplan reads while loading, recognised from their bytes.
enum FieldKeyBytes {
    /// A known key, or `other`.
    enum Kind {
        case id, lead, with, person, due, start, done, progress, other
    }

    /// Which key the bytes spell.
    static func kind(of key: some LineBytes) -> Kind {
        guard let first = key.first else { return .other }
        let candidate: (Kind, StaticString)
        switch (key.count, first) {
        case (2, UInt8(ascii: "i")): candidate = (.id, "id")
        case (3, UInt8(ascii: "d")): candidate = (.due, "due")
        case (4, UInt8(ascii: "l")): candidate = (.lead, "lead")
        case (4, UInt8(ascii: "w")): candidate = (.with, "with")
        case (4, UInt8(ascii: "d")): candidate = (.done, "done")
        case (5, UInt8(ascii: "s")): candidate = (.start, "start")
        case (6, UInt8(ascii: "p")): candidate = (.person, "person")
        case (8, UInt8(ascii: "p")): candidate = (.progress, "progress")
        default: return .other
        }
        let spelled = candidate.1.withUTF8Buffer { name in
            zip(key, name).allSatisfy { $0 == $1 }
        }
        return spelled ? candidate.0 : .other
    }
}
