/// The checks of a task line's field values, shared by reading and editing.
enum FieldCheck {
    /// What is wrong with a value of a known field, or nil when it is fine or the key is free.
    static func valueProblem(key: String, value: String) -> Problem.Kind? {
        if let count = CountKey(rawValue: key) {
            return CountedFieldCheck.valueProblem(count, value: value.utf8)
        }
        return switch key {
        case Field.Key.due, Field.Key.start, Field.Key.done, Field.Key.documentDate:
            PlanDate(iso: value) == nil ? .invalidDate(key: key, value: value) : nil
        case Field.Key.progress:
            Progress.problem(bytes: Array(value.utf8))
        case Field.Key.share:
            ResultShare(value) == nil ? .invalidShare(value: value) : nil
        default:
            nil
        }
    }

    /// The codes of a comma-separated value that are not among `known`, with the index of
    /// each in the value's underlying buffer.
    static func unknownCodes(in value: some LineBytes, known: DeclaredCodes.CodeSet) -> [(code: String, offset: Int)] {
        var result: [(code: String, offset: Int)] = []
        var codeStart = value.startIndex
        while codeStart <= value.endIndex {
            var codeEnd = codeStart
            while codeEnd < value.endIndex, value[codeEnd] != 44 { codeEnd += 1 }
            let code = value[codeStart..<codeEnd]
            if !code.isEmpty, !known.contains(code) {
                result.append((String(decoding: code, as: UTF8.self), codeStart))
            }
            codeStart = codeEnd + 1
        }
        return result
    }

    /// The 1-based character column of a byte offset in a line.
    static func column(_ content: some LineBytes, _ offset: Int) -> Int {
        String(decoding: content.prefix(offset), as: UTF8.self).count + 1
    }
}
