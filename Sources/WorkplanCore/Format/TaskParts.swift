/// Decoding the readable parts of a task line.
enum TaskParts {
    /// The fields written in a run of `key:value` tokens.
    static func fields(_ run: some LineBytes) -> [Field] {
        var fields: [Field] = []
        var index = run.startIndex
        let end = run.endIndex
        while index < end {
            while index < end, TaskLineSyntax.isBlank(run[index]) { index += 1 }
            let start = index
            while index < end, !TaskLineSyntax.isBlank(run[index]) { index += 1 }
            guard start < index, let colon = run[start..<index].firstIndex(of: 58) else { continue }
            fields.append(Field(key: String(decoding: run[start..<colon], as: UTF8.self),
                                value: String(decoding: run[(colon + 1)..<index], as: UTF8.self)))
        }
        return fields
    }
}
