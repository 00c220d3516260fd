import WorkplanCore

/// The `key:value` words of `set` and `add`: a status, a title and plain fields.
struct FieldAssignments {
    /// The new status, from `status:`.
    var status: TaskStatus?
    /// The new title, from `title:`.
    var title: String?
    /// The fields to set; a nil value removes the field.
    var fields: [(key: String, value: String?)] = []

    /// Reads the words; a word without a colon, an unknown status or a bad value is a usage error.
    /// Dates are read as the interface reads them (`DateArgument`), from `today` and in the
    /// plan's `year`.
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
            case Field.Key.due, Field.Key.start, Field.Key.done:
                let date = value.isEmpty ? nil : try DateArgument.parse(value, today: today, in: plan, language).iso
                result.fields.append((key, date))
            default:
                result.fields.append((key, value.isEmpty ? nil : value))
            }
        }
        return result
    }

    /// The fields with unit codes written as the plan declares them (`hc` becomes `HC`);
    /// a code the plan does not declare (when it declares any) is a usage error.
    static func declaredUnits(_ fields: [(key: String, value: String?)], in plan: Plan,
                              _ language: Language) throws(CommandFailure) -> [(key: String, value: String?)] {
        guard !plan.units.isEmpty else { return fields }
        var result = fields
        for (position, field) in fields.enumerated() where field.key == Field.Key.lead || field.key == Field.Key.with {
            guard let value = field.value else { continue }
            var codes: [String] = []
            for code in value.split(separator: ",") {
                guard let unit = plan.unit(code: String(code)) else {
                    let known = plan.units.map(\.code).joined(separator: ", ")
                    throw .usage(vi: "đơn vị \"\(code)\" chưa được khai báo; các đơn vị: \(known)",
                                 en: "unit \"\(code)\" is not declared; the units are: \(known)", language)
                }
                codes.append(unit.code)
            }
            result[position].value = codes.joined(separator: ",")
        }
        return result
    }
}
