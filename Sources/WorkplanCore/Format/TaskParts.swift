/// The readable parts of a task line: its mark, status, title and fields.
struct TaskParts {
    /// The mark between the brackets.
    var mark: Character
    /// The status the mark stands for, or nil.
    var status: TaskStatus?
    /// The title as the user reads it.
    var title: String
    /// The fields in order.
    var fields: [Field]

    /// Decodes the parts that `syntax` located in `content`.
    init(_ content: ArraySlice<UInt8>, _ syntax: TaskLineSyntax) {
        let base = content.startIndex
        mark = String(decoding: content[(base + syntax.markStart)..<(base + syntax.markEnd)], as: UTF8.self).first ?? " "
        status = TaskStatus(mark: mark)
        title = TaskTitle.unescape(content[(base + syntax.titleStart)..<(base + syntax.titleEnd)])
        fields = syntax.fields.map { token in
            Field(key: String(decoding: content[(base + token.start)..<(base + token.colon)], as: UTF8.self),
                  value: String(decoding: content[(base + token.colon + 1)..<(base + token.end)], as: UTF8.self))
        }
    }
}
