/// A field's value as an officer types and reads it, and as the file stores it. The command
/// line (`set`, `add`) and the interface's field editor read what was typed here, so that
/// `due:10/11`, `with:hc th` and `product:Nghị quyết` are written alike wherever they are typed.
public enum TypedField {
    /// The value to store for what was typed for a key, or nil for an empty text (which removes
    /// the field). Dates are read as `TypedDate` reads them in the plan; unit codes and person
    /// handles must be declared when the plan declares any, and are written as declared; lists
    /// (`with`, `person`, `tag`) are written with commas; a space in words becomes `_`. Other
    /// values are taken as typed, for the edit to check. Letters typed as a base and combining
    /// marks are written precomposed (NFC), as titles are.
    public static func value(key: String, typed: String, today: PlanDate, in plan: Plan) throws(TypedFieldError) -> String? {
        let text = TextForm.nfc(typed).trimmed
        guard !text.isEmpty else { return nil }
        switch key {
        case Field.Key.due, Field.Key.start, Field.Key.done, Field.Key.documentDate:
            guard let date = TypedDate.parse(text, today: today, in: plan) else { throw .unreadableDate(UnreadableDate(text)) }
            return date.iso
        case Field.Key.lead, Field.Key.with:
            let typedCodes = codes(text)
            if key == Field.Key.lead, typedCodes.count > 1 { throw .severalLeads(typedCodes) }
            return try typedCodes.map { code throws(TypedFieldError) in
                guard !plan.units.isEmpty else { return code }
                guard let unit = plan.unit(code: code) else { throw .undeclaredUnit(code: code, known: plan.units.map(\.code)) }
                return unit.code
            }.joined(separator: ",")
        case Field.Key.person:
            return try codes(text).map { handle throws(TypedFieldError) in
                guard !plan.persons.isEmpty else { return handle }
                guard let person = plan.person(handle: handle) else {
                    throw .undeclaredPerson(handle: handle, known: plan.persons.map(\.handle))
                }
                return person.handle
            }.joined(separator: ",")
        case Field.Key.tag:
            return text.split(separator: ",").map { words($0.trimmed) }.filter { !$0.isEmpty }.joined(separator: ",")
        case Field.Key.product, Field.Key.share, CountedResult.unitKey, Field.Key.dueWords:
            return words(text)
        default:
            return text
        }
    }

    /// A stored value as it is shown to be edited again: dates as the officer reads them, `_`
    /// as a space, lists with a comma and a space.
    public static func shown(key: String, value: String, _ language: Language) -> String {
        switch key {
        case Field.Key.due, Field.Key.start, Field.Key.done, Field.Key.documentDate:
            return PlanDate(iso: value)?.formatted(language) ?? value
        case Field.Key.with, Field.Key.person, Field.Key.tag:
            return value.split(separator: ",").map { $0.replacing("_", with: " ") }.joined(separator: ", ")
        case Field.Key.product, Field.Key.share, CountedResult.unitKey, Field.Key.dueWords:
            return value.replacing("_", with: " ")
        default:
            return value
        }
    }

    /// Codes typed with commas, semicolons or spaces between them.
    private static func codes(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }).map(String.init)
    }

    /// Words with `_` for each run of spaces, as a field's value holds them.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: "_")
    }
}

/// One `name: value` an officer types for a task, as `workplan set` takes its words and the
/// interface's fields list its line: the status, the title, or a field read by `TypedField`.
public enum TypedAssignment: Equatable, Sendable {
    /// `status:` — a status keyword (`done`, `doing`…).
    case status(TaskStatus)
    /// `title:` — the new title.
    case title(String)
    /// Any other key: the value to store, or nil to remove the field.
    case field(FieldUpdate)

    /// What `key` and its typed value ask for.
    public static func read(key: String, typed: String, today: PlanDate, in plan: Plan) throws(TypedFieldError) -> TypedAssignment {
        switch key {
        case "status":
            guard let status = TaskStatus(keyword: typed.trimmed) else { throw .unknownStatus(typed.trimmed) }
            return .status(status)
        case "title":
            return .title(typed.trimmed)
        default:
            return .field(FieldUpdate(key: key, value: try TypedField.value(key: key, typed: typed, today: today, in: plan)))
        }
    }
}

/// Why a typed value cannot be stored, in the same words on the command line and in the interface.
public enum TypedFieldError: UserFacingError, Equatable {
    /// A status that is not one a task can have.
    case unknownStatus(String)
    /// More than one unit typed as the lead, which is one unit.
    case severalLeads([String])
    /// A date field's text that names no date.
    case unreadableDate(UnreadableDate)
    /// A unit code the plan does not declare, with those it does.
    case undeclaredUnit(code: String, known: [String])
    /// A person's handle the plan does not declare, with those it does.
    case undeclaredPerson(handle: String, known: [String])

    public func message(_ language: Language) -> String {
        switch self {
        case let .severalLeads(codes):
            language.pick(vi: "chỉ một đơn vị chủ trì (\(codes.joined(separator: ", "))); các đơn vị khác ghi ở with:",
                          en: "one unit leads (\(codes.joined(separator: ", "))); write the others in with:")
        case let .unknownStatus(word):
            language.pick(vi: "trạng thái \"\(word)\" không đặt được cho một nhiệm vụ; dùng todo, doing, done, cancelled, postponed hoặc blocked",
                          en: "\"\(word)\" is not a status a task can have; use todo, doing, done, cancelled, postponed or blocked")
        case let .unreadableDate(unreadable):
            unreadable.message(language)
        case let .undeclaredUnit(code, known):
            language.pick(vi: "đơn vị \"\(code)\" chưa được khai báo; các đơn vị: \(known.joined(separator: ", "))",
                          en: "unit \"\(code)\" is not declared; the units are: \(known.joined(separator: ", "))")
        case let .undeclaredPerson(handle, known):
            language.pick(vi: "người theo dõi \"\(handle)\" chưa được khai báo; có: \(known.joined(separator: ", "))",
                          en: "person \"\(handle)\" is not declared; there are: \(known.joined(separator: ", "))")
        }
    }
}
