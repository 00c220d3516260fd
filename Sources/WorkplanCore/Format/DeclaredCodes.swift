/// The unit codes and person handles a plan declares, as bytes, for checking every `lead:`,
/// `with:` and `person:` while a file is read: a lookup costs the same whether the plan
/// declares ten or a hundred thousand (a list searched per code made reading such a plan
/// quadratic).
struct DeclaredCodes: Sendable {
    /// The declared unit codes.
    let units: CodeSet
    /// The declared person handles.
    let persons: CodeSet

    /// The codes of these units and persons.
    init(_ units: [PlanUnit], persons: [PlanPerson] = []) {
        self.units = CodeSet(units.map(\.code))
        self.persons = CodeSet(persons.map(\.handle))
    }

    /// Nothing declared: every code is taken as it is written.
    static let none = DeclaredCodes([])

    /// One kind of declared code.
    struct CodeSet: Sendable {
        private let codes: Set<[UInt8]>

        init(_ codes: [String]) {
            self.codes = Set(codes.map { Array($0.utf8) })
        }

        /// True when none is declared: the codes used are then not checked.
        var isEmpty: Bool { codes.isEmpty }

        /// True when the bytes are a declared code.
        func contains(_ code: some Collection<UInt8>) -> Bool {
            codes.contains(Array(code))
        }
    }
}
