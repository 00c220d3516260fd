/// A share the report gives between two of a task's counted results, one part of the other:
/// `share:vụ_việc_đã_giải_quyết/vụ_việc` writes "20 vụ việc đã giải quyết (đạt 76,9%)" when the
/// entries count 20 of the one and 26 of the other. Both sides are unit words as the entries
/// write them, `_` for a space.
public struct ResultShare: Sendable, Equatable {
    /// The words of the part.
    public let part: String
    /// The words of the whole it is part of.
    public let whole: String

    /// Reads a `share:` value; nil unless it is two unit words with one `/` between them.
    public init?(_ value: String) {
        let sides = value.split(separator: "/", omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let words = sides.map { side in
            side.split(whereSeparator: { $0 == "_" || $0.isWhitespace }).joined(separator: " ")
        }
        guard words.allSatisfy({ $0.contains(where: \.isLetter) }) else { return nil }
        part = words[0]
        whole = words[1]
    }
}

extension PlanTask {
    /// The shares its valid `share:` fields ask for, in order.
    public var shares: [ResultShare] {
        fields.filter { $0.key == Field.Key.share }.compactMap { ResultShare($0.value) }
    }
}
