/// What a search looks in, task by task, without decoding tasks: the folded bytes of a task's
/// title, every field's value (ids, tags, unit codes, persons, documents, products with `_` read
/// as a space, any key of the office's own),
/// the full names of its units and persons, and its note, as `/` in the interface,
/// `TaskFilter.search` and `workplan list --search` all match them.
extension Plan {
    /// The folded bytes of a task's title, field values, unit and person names and note
    /// lines, each after a newline.
    public func foldedSearchText(ofTask index: Int) -> [UInt8] {
        var out: [UInt8] = []
        appendFoldedSearchText(ofTask: index, to: &out, names: SearchNames(self))
        return out
    }

    /// Appends the folded search text of a task to `out`, so that many tasks' texts can share
    /// one buffer; `names` are the plan's unit and person names, folded once for them all.
    public func appendFoldedSearchText(ofTask index: Int, to out: inout [UInt8], names: SearchNames) {
        text.store.withUnsafeBufferPointer { store in
            appendFoldedSearchText(ofTask: index, store: store, to: &out, names: names)
        }
    }

    /// Appends the folded search text of a task, its lines read from the plan's store as a
    /// buffer: several threads can search one plan at once without counting references to it.
    func appendFoldedSearchText(ofTask index: Int, store: UnsafeBufferPointer<UInt8>, to out: inout [UInt8],
                                names: SearchNames) {
        let slot = slots[index]
        let span = text.spans[Int(slot.line)]
        let content = store[Int(span.start)..<Int(span.end)]
        let base = content.startIndex
        let title = content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]
        if title.contains(92) {
            TextFolding.appendFolded(ArraySlice(TaskTitle.unescape(title).utf8), to: &out)
        } else {
            TextFolding.appendFolded(title, to: &out)
        }
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            out.append(10)
            if token.key.elementsEqual(SearchNames.productKey) {
                TextFolding.appendFolded(ArraySlice(token.value.map { $0 == 95 ? 32 : $0 }), to: &out)
            } else {
                TextFolding.appendFolded(token.value, to: &out)
            }
            let kind: SearchNames.Kind
            if token.key.elementsEqual(SearchNames.leadKey) || token.key.elementsEqual(SearchNames.withKey) {
                kind = .unit
            } else if token.key.elementsEqual(SearchNames.personKey) {
                kind = .person
            } else {
                continue
            }
            for code in token.value.split(separator: UInt8(ascii: ",")) {
                names.appendName(of: code, kind, to: &out)
            }
        }
        for line in Int(slot.noteStart)..<Int(slot.noteEnd) {
            out.append(10)
            let span = text.spans[line]
            TextFolding.appendFolded(store[Int(span.start)..<Int(span.end)], to: &out)
        }
    }
}

/// The folded full names of a plan's declared units and persons, by code, made once for a
/// search over many tasks: folding a unit's name for each of 100,000 tasks costs more than
/// the rest of the search. Kept as two runs of bytes and a table of plain numbers, so that
/// threads searching at once share it without counting references.
public struct SearchNames: Sendable {
    /// Which declarations a code is looked up in.
    enum Kind: UInt8, Sendable {
        case unit
        case person
    }

    /// One declaration: its kind, and where its code (ASCII letters small) and folded name lie.
    private struct Entry: Sendable {
        let kind: Kind
        let code: Range<Int>
        let folded: Range<Int>
    }

    /// The codes, one after another.
    private var codes: [UInt8] = []
    /// The folded names, one after another.
    private var folded: [UInt8] = []
    /// The units in declared order, then the persons (the first of a code written twice wins,
    /// as `Plan.unit`).
    private var entries: [Entry] = []

    /// The names of a plan's units and persons.
    public init(_ plan: Plan) {
        for unit in plan.units { add(.unit, code: unit.code, name: unit.name) }
        for person in plan.persons { add(.person, code: person.handle, name: person.name) }
    }

    private mutating func add(_ kind: Kind, code: String, name: String) {
        let codeStart = codes.count
        codes.append(contentsOf: code.utf8.map(SearchNames.small))
        let foldedStart = folded.count
        TextFolding.appendFolded(ArraySlice(name.utf8), to: &folded)
        entries.append(Entry(kind: kind, code: codeStart..<codes.count, folded: foldedStart..<folded.count))
    }

    /// Appends a newline and the folded name of a code as written on a task line, its ASCII
    /// letters compared without case; nothing when no declaration of that kind has the code.
    func appendName(of code: some LineBytes, _ kind: Kind, to out: inout [UInt8]) {
        entries.withUnsafeBufferPointer { entries in
            codes.withUnsafeBufferPointer { codes in
                guard let entry = entries.first(where: { entry in
                    entry.kind == kind && entry.code.count == code.count
                        && zip(codes[entry.code], code).allSatisfy { $0 == SearchNames.small($1) }
                }) else { return }
                out.append(10)
                folded.withUnsafeBufferPointer { folded in
                    out.append(contentsOf: folded[entry.folded])
                }
            }
        }
    }

    /// An ASCII capital made small; any other byte as it is.
    private static func small(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    static let productKey = Array(Field.Key.product.utf8)
    static let leadKey = Array(Field.Key.lead.utf8)
    static let withKey = Array(Field.Key.with.utf8)
    static let personKey = Array(Field.Key.person.utf8)
}
