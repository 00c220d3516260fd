import WorkplanCore

/// The `key:value` words of `set` and `add`: a status, a title and plain fields.
struct FieldAssignments {
    /// The new status, from `status:`.
    var status: TaskStatus?
    /// The new title, from `title:`.
    var title: String?
    /// The fields to set; a nil value removes the field.
    var fields: [FieldUpdate] = []

    /// Reads the words; a word without a colon, an unknown status or a value that cannot be
    /// stored is a usage error. Each field's value is read as the interface reads it
    /// (`TypedField`): dates from `today` and in the plan's year, unit codes and handles as the
    /// plan declares them.
    static func parse(_ words: [String], today: PlanDate, in plan: Plan, _ language: Language) throws(CommandFailure) -> FieldAssignments {
        var result = FieldAssignments()
        for word in words {
            guard let colon = word.firstIndex(of: ":") else {
                throw .usage(vi: "\"\(word)\" không có dạng key:value", en: "\"\(word)\" is not key:value", language)
            }
            let key = String(word[..<colon])
            let value = String(word[word.index(after: colon)...])
            switch key {
            case "status":
                guard let status = TaskStatus(keyword: value) else {
                    throw .usage(vi: "trạng thái \"\(value)\" không đặt được cho một nhiệm vụ; dùng todo, doing, done, cancelled, postponed hoặc blocked",
                                 en: "\"\(value)\" is not a status a task can have; use todo, doing, done, cancelled, postponed or blocked", language)
                }
                result.status = status
            case "title":
                result.title = value
            default:
                do {
                    result.fields.append(FieldUpdate(key: key, value: try TypedField.value(key: key, typed: value, today: today, in: plan)))
                } catch {
                    throw .usage(vi: error.message(.vi), en: error.message(.en), language)
                }
            }
        }
        return result
    }
}
