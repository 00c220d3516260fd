/// The ids an edit gives out, made free again when the edit is applied to a file that someone
/// else changed: two people who each add a task at the same time get `T7` and `T8`, not two `T7`.
extension Plan {
    /// The edit with every id that it gives a task (an `id:` on a `new` line that no `old` line
    /// has) and that this plan already gives another task replaced by a free one: the same
    /// beginning and the first number not used yet.
    func freeingIds(in edit: LineBlockEdit) -> LineBlockEdit {
        let before = Set(edit.old.flatMap(Plan.ids))
        var used = Set(edit.new.flatMap(Plan.ids))
        var result = edit
        for position in edit.new.indices {
            for id in Plan.ids(in: edit.new[position]) where !before.contains(id) && taskIndex(id: id) != nil {
                let free = freeId(like: id, avoiding: used)
                used.insert(free)
                result.new[position] = Plan.line(result.new[position], replacingId: id, with: free)
                if result.taskId == id { result.taskId = free }
            }
        }
        return result
    }

    /// The first id that no task has and `used` does not hold: the id's beginning without its
    /// last number (`KH1.` for `KH1.3`, `T` for `T7`), and 1, 2, … after it.
    private func freeId(like id: String, avoiding used: Set<String>) -> String {
        let digits = id.reversed().prefix(while: { $0.isASCII && $0.isNumber }).count
        let stem = digits > 0 ? String(id.dropLast(digits)) : id + "-"
        var number = 1
        while taskIndex(id: stem + String(number)) != nil || used.contains(stem + String(number)) { number += 1 }
        return stem + String(number)
    }

    /// The `id:` values of a task line; none for another line.
    private static func ids(in line: String) -> [String] {
        let bytes = Array(line.utf8)[...]
        guard let syntax = TaskLineSyntax(bytes) else { return [] }
        var tokens = FieldRun(bytes[(bytes.startIndex + syntax.fieldsStart)..<(bytes.startIndex + syntax.trailingStart)])
        var ids: [String] = []
        while let token = tokens.next() {
            if token.key.elementsEqual(Field.Key.id.utf8) { ids.append(String(decoding: token.value, as: UTF8.self)) }
        }
        return ids
    }

    /// A task line with the value of its `id:` field `id` written as `free`.
    private static func line(_ line: String, replacingId id: String, with free: String) -> String {
        let bytes = Array(line.utf8)[...]
        guard let syntax = TaskLineSyntax(bytes) else { return line }
        var tokens = FieldRun(bytes[(bytes.startIndex + syntax.fieldsStart)..<(bytes.startIndex + syntax.trailingStart)])
        while let token = tokens.next() {
            guard token.key.elementsEqual(Field.Key.id.utf8), String(decoding: token.value, as: UTF8.self) == id else { continue }
            let written = bytes[..<token.value.startIndex] + Array(free.utf8) + bytes[token.value.endIndex...]
            return String(decoding: written, as: UTF8.self)
        }
        return line
    }
}
