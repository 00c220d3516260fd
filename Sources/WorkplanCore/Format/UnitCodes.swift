/// The unit codes a plan declares, as bytes, for checking every `lead:` and `with:` while a
/// file is read: a lookup costs the same whether the plan declares ten units or a hundred
/// thousand (a list searched per code made reading such a plan quadratic).
struct UnitCodes: Sendable {
    private let codes: Set<[UInt8]>

    /// The codes of these units.
    init(_ units: [PlanUnit]) {
        codes = Set(units.map { Array($0.code.utf8) })
    }

    /// No codes: every code is taken as it is written.
    static let none = UnitCodes([])

    /// True when no unit is declared.
    var isEmpty: Bool { codes.isEmpty }

    /// True when the bytes are a declared code.
    func contains(_ code: some Collection<UInt8>) -> Bool {
        codes.contains(Array(code))
    }
}
