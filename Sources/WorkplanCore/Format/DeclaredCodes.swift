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
        /// The codes of up to 16 bytes, packed: every `lead:` of a plan is looked up here, and
        /// a packed code is looked up without making an array of its bytes.
        private let short: Set<PackedCode>
        /// Longer codes, as bytes.
        private let long: Set<[UInt8]>

        init(_ codes: [String]) {
            short = Set(codes.compactMap { PackedCode(Array($0.utf8)) })
            long = Set(codes.map { Array($0.utf8) }.filter { PackedCode($0) == nil })
        }

        /// True when none is declared: the codes used are then not checked.
        var isEmpty: Bool { short.isEmpty && long.isEmpty }

        /// True when the bytes are a declared code.
        func contains(_ code: some Collection<UInt8>) -> Bool {
            if let packed = PackedCode(code) { return short.contains(packed) }
            return long.contains(Array(code))
        }
    }

    /// Up to 16 bytes and their count in two words and a byte.
    private struct PackedCode: Hashable, Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0
        private let count: UInt8

        init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count <= 16 else { return nil }
            count = UInt8(bytes.count)
            for (place, byte) in bytes.enumerated() {
                if place < 8 {
                    low |= UInt64(byte) << (8 * place)
                } else {
                    high |= UInt64(byte) << (8 * (place - 8))
                }
            }
        }
    }
}
