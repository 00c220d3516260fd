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
        let slot = slots[index]
        let content = text.content(Int(slot.line))
        let base = content.startIndex
        TextFolding.appendFolded(unescapedTitle(content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]),
                                 to: &out)
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            out.append(10)
            if token.key.elementsEqual(SearchNames.productKey) {
                TextFolding.appendFolded(ArraySlice(token.value.map { $0 == 95 ? 32 : $0 }), to: &out)
            } else {
                TextFolding.appendFolded(ArraySlice(token.value), to: &out)
            }
            let list: [SearchNames.Entry]
            if token.key.elementsEqual(SearchNames.leadKey) || token.key.elementsEqual(SearchNames.withKey) {
                list = names.units
            } else if token.key.elementsEqual(SearchNames.personKey) {
                list = names.persons
            } else {
                continue
            }
            guard !list.isEmpty else { continue }
            for code in token.value.split(separator: UInt8(ascii: ",")) {
                guard let folded = SearchNames.name(of: code, in: list) else { continue }
                out.append(10)
                out.append(contentsOf: folded)
            }
        }
        for line in Int(slot.noteStart)..<Int(slot.noteEnd) {
            out.append(10)
            TextFolding.appendFolded(text.content(line), to: &out)
        }
    }

    /// A title's bytes with `\:` read as `:`.
    private func unescapedTitle(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard bytes.contains(92) else { return bytes }
        return ArraySlice(Array(TaskTitle.unescape(bytes).utf8))
    }
}

/// The folded full names of a plan's declared units and persons, by code, made once for a
/// search over many tasks: folding a unit's name for each of 100,000 tasks costs more than
/// the rest of the search.
public struct SearchNames: Sendable {
    /// A code, its ASCII letters small, and its folded name.
    struct Entry: Sendable {
        let code: [UInt8]
        let folded: [UInt8]
    }

    /// The units, in declared order (the first of a code written twice wins, as `Plan.unit`).
    let units: [Entry]
    /// The persons, in declared order.
    let persons: [Entry]

    /// The names of a plan's units and persons.
    public init(_ plan: Plan) {
        let entry = { (code: String, name: String) in
            Entry(code: Array(code.utf8).map(SearchNames.small), folded: TextFolding.foldedBytes(name))
        }
        units = plan.units.map { entry($0.code, $0.name) }
        persons = plan.persons.map { entry($0.handle, $0.name) }
    }

    /// The folded name of a code as written on a task line, its ASCII letters compared without case.
    static func name(of code: ArraySlice<UInt8>, in list: [Entry]) -> [UInt8]? {
        list.first { entry in entry.code.count == code.count && zip(entry.code, code).allSatisfy { $0 == small($1) } }?.folded
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
