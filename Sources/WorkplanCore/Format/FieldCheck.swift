/// The checks of a task line's field values, shared by reading and editing.
enum FieldCheck {
    /// What is wrong with a value of a known field, or nil when it is fine or the key is free.
    static func valueProblem(key: String, value: String) -> Problem.Kind? {
        switch key {
        case Field.Key.due, Field.Key.start, Field.Key.done:
            PlanDate(iso: value) == nil ? .invalidDate(key: key, value: value) : nil
        case Field.Key.progress:
            Progress(value) == nil ? .invalidProgress(value: value) : nil
        default:
            nil
        }
    }

    /// The unknown unit codes in a task line's `lead:` and `with:` fields, with their byte offsets.
    static func unknownUnits(in content: ArraySlice<UInt8>, syntax: TaskLineSyntax,
                             known: [String: Int]) -> [(code: String, offset: Int)] {
        var result: [(code: String, offset: Int)] = []
        let base = content.startIndex
        for token in syntax.fields {
            let key = content[(base + token.start)..<(base + token.colon)]
            guard key.elementsEqual(Field.Key.lead.utf8) || key.elementsEqual(Field.Key.with.utf8) else { continue }
            var offset = token.colon + 1
            let value = content[(base + token.colon + 1)..<(base + token.end)]
            for code in value.split(separator: 44, omittingEmptySubsequences: false) {
                let name = String(decoding: code, as: UTF8.self)
                if known[name] == nil { result.append((name, offset)) }
                offset += code.count + 1
            }
        }
        return result
    }

    /// The 1-based character column of a byte offset in a line.
    static func column(_ content: ArraySlice<UInt8>, _ offset: Int) -> Int {
        String(decoding: content.prefix(offset), as: UTF8.self).count + 1
    }
}
