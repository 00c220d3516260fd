/// The persons a table names (its "Người theo dõi" column), matched to the handles the office has
/// declared, by handle or by full name, with or without diacritics; a new name gets a handle made
/// of its given name (`Lê Văn Nam` → `nam`, then `nam2`).
struct ImportedPersons {
    /// A person: the handle and the rest of the declaration (`Nguyễn Văn Hùng, Chánh Văn phòng, VP`).
    struct Person: Equatable, Sendable {
        let handle: String
        let declaration: String
    }

    private(set) var persons: [Person]
    let knownCount: Int
    private var byKey: [String: String] = [:]

    /// The persons the import added.
    var added: [Person] { Array(persons[knownCount...]) }

    init(known: [Person]) {
        persons = known
        knownCount = known.count
        for person in known { register(person) }
    }

    /// The handles of a cell's persons, separated by commas, semicolons or lines.
    mutating func handles(in cell: String) -> [String] {
        var handles: [String] = []
        for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }).map({ $0.trimmed }) where !part.isEmpty {
            let handle = byKey[TableColumns.key(part)] ?? add(part)
            if !handles.contains(handle) { handles.append(handle) }
        }
        return handles
    }

    private mutating func add(_ name: String) -> String {
        let given = TableColumns.key(name).split(separator: " ").last.map(String.init) ?? "cb"
        let stem = given.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        var handle = stem.isEmpty ? "cb" : stem
        var number = 2
        while persons.contains(where: { $0.handle.lowercased() == handle }) {
            handle = (stem.isEmpty ? "cb" : stem) + String(number)
            number += 1
        }
        let person = Person(handle: handle, declaration: name)
        persons.append(person)
        register(person)
        return handle
    }

    private mutating func register(_ person: Person) {
        byKey[TableColumns.key(person.handle)] = person.handle
        if let name = person.declaration.split(separator: ",").first {
            let key = TableColumns.key(String(name))
            if byKey[key] == nil { byKey[key] = person.handle }
        }
    }
}
