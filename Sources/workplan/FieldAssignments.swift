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
    /// stored is a usage error. Each is read as the interface's fields list reads its line
    /// (`TypedAssignment`): dates from `today` and in the plan's year, unit codes and handles as
    /// the plan declares them.
    static func parse(_ words: [String], today: PlanDate, in plan: Plan, _ language: Language) throws(CommandFailure) -> FieldAssignments {
        var result = FieldAssignments()
        for word in words {
            guard let colon = word.firstIndex(of: ":") else {
                throw .usage(vi: "\"\(word)\" không có dạng key:value", en: "\"\(word)\" is not key:value", language)
            }
            let key = String(word[..<colon])
            let value = String(word[word.index(after: colon)...])
            do {
                switch try TypedAssignment.read(key: key, typed: value, today: today, in: plan) {
                case let .status(status): result.status = status
                case let .title(title): result.title = title
                case let .field(update): result.fields.append(update)
                }
            } catch {
                throw .usage(vi: error.message(.vi), en: error.message(.en), language)
            }
        }
        return result
    }
}
