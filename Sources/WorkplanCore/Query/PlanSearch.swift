/// What a search looks in, task by task, without decoding tasks: the folded bytes of a task's
/// title, id and note, as `TaskFilter.search` and `workplan list --search` match them.
extension Plan {
    /// The folded bytes of a task's title, its ids and its note lines, each after a newline.
    public func foldedSearchText(ofTask index: Int) -> [UInt8] {
        var out: [UInt8] = []
        appendFoldedSearchText(ofTask: index, to: &out)
        return out
    }

    /// Appends the folded bytes of a task's title, its ids and its note lines to `out`, so
    /// that many tasks' texts can share one buffer.
    public func appendFoldedSearchText(ofTask index: Int, to out: inout [UInt8]) {
        let slot = slots[index]
        let content = text.content(Int(slot.line))
        let base = content.startIndex
        TextFolding.appendFolded(unescapedTitle(content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]),
                                 to: &out)
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            guard token.key.elementsEqual("id".utf8) else { continue }
            out.append(10)
            TextFolding.appendFolded(ArraySlice(token.value), to: &out)
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
