/// Decoding the readable parts of a task line.
enum TaskParts {
    /// The fields written in a run of `key:value` tokens.
    static func fields(_ run: some LineBytes) -> [Field] {
        var fields: [Field] = []
        var tokens = FieldRun(run)
        while let token = tokens.next() {
            fields.append(Field(key: String(decoding: token.key, as: UTF8.self),
                                value: String(decoding: token.value, as: UTF8.self)))
        }
        return fields
    }
}
