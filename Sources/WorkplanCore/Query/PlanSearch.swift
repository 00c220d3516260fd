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
        appendFoldedSearchText(ofTask: index, to: &out)
        return out
    }

    /// Appends the folded search text of a task to `out`, so that many tasks' texts can share
    /// one buffer.
    public func appendFoldedSearchText(ofTask index: Int, to out: inout [UInt8]) {
        let slot = slots[index]
        let content = text.content(Int(slot.line))
        let base = content.startIndex
        TextFolding.appendFolded(unescapedTitle(content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]),
                                 to: &out)
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            out.append(10)
            if token.key.elementsEqual(Field.Key.product.utf8) {
                TextFolding.appendFolded(ArraySlice(token.value.map { $0 == 95 ? 32 : $0 }), to: &out)
            } else {
                TextFolding.appendFolded(ArraySlice(token.value), to: &out)
            }
            let names: Bool = token.key.elementsEqual(Field.Key.lead.utf8) || token.key.elementsEqual(Field.Key.with.utf8)
            let persons = token.key.elementsEqual(Field.Key.person.utf8)
            guard names || persons, names ? !units.isEmpty : !self.persons.isEmpty else { continue }
            for code in token.value.split(separator: UInt8(ascii: ",")) {
                let handle = String(decoding: code, as: UTF8.self)
                guard let name = names ? unit(code: handle)?.name : person(handle: handle)?.name else { continue }
                out.append(10)
                TextFolding.appendFolded(ArraySlice(name.utf8), to: &out)
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
