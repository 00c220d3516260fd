/// The checks of a task line's counted-result fields (`received:`, `eligible:`, `handled:`,
/// `unit:`; docs/report.md), gathered while the line's fields are read: each count is a whole
/// number written in ASCII digits, no count is above the one it is part of, and a `unit:`
/// comes with a count. Like the report, it takes the first valid value of each count.
struct CountedFieldCheck {
    /// A valid count and the byte offset of its token in the line.
    private struct Found {
        /// The count.
        var count: Int
        /// Where its token starts.
        var offset: Int
    }

    /// The first valid `received:`.
    private var received: Found?
    /// The first valid `eligible:`.
    private var eligible: Found?
    /// The first valid `handled:`.
    private var handled: Found?
    /// True once the line has shown a count field, valid or not.
    private var hasCount = false
    /// The byte offset of the first `unit:` token.
    private var unitOffset: Int?

    /// What is wrong with a count's value, or nil when it is 1 to 9 ASCII digits.
    static func valueProblem(_ key: CountKey, value: some Collection<UInt8>) -> Problem.Kind? {
        WholeNumber.read(value) == nil ? .invalidCount(key: key, value: String(decoding: value, as: UTF8.self)) : nil
    }

    /// Notes a field whose token starts at `offset` when it is a count or `unit:`; returns the
    /// problem of a count's value, if any. Other keys are passed over.
    mutating func read(key: some Collection<UInt8>, value: some Collection<UInt8>, offset: Int) -> Problem.Kind? {
        if key.elementsEqual(CountedResult.unitKey.utf8) {
            unitOffset = unitOffset ?? offset
            return nil
        }
        guard let count = CountKey(bytes: key) else { return nil }
        return read(count, value: value, offset: offset)
    }

    /// Notes a count field whose token starts at `offset`; returns the problem of its value, if any.
    private mutating func read(_ key: CountKey, value: some Collection<UInt8>, offset: Int) -> Problem.Kind? {
        hasCount = true
        guard let count = WholeNumber.read(value) else { return CountedFieldCheck.valueProblem(key, value: value) }
        let found = Found(count: count, offset: offset)
        switch key {
        case .received: received = received ?? found
        case .eligible: eligible = eligible ?? found
        case .handled: handled = handled ?? found
        }
        return nil
    }

    /// The problems between the line's fields, once all are read, each with the byte offset
    /// of the token it is about: a count above its base, a `unit:` without a count.
    var problems: [(offset: Int, kind: Problem.Kind)] {
        var result: [(offset: Int, kind: Problem.Kind)] = []
        if let eligible, let received, eligible.count > received.count {
            result.append((eligible.offset, .countAboveBase(key: .eligible, count: eligible.count,
                                                            base: .received, baseCount: received.count)))
        }
        let base = eligible.map { (key: CountKey.eligible, found: $0) } ?? received.map { (key: CountKey.received, found: $0) }
        if let handled, let base, handled.count > base.found.count {
            result.append((handled.offset, .countAboveBase(key: .handled, count: handled.count,
                                                           base: base.key, baseCount: base.found.count)))
        }
        if !hasCount, let unitOffset {
            result.append((unitOffset, .unitWithoutCount))
        }
        return result
    }
}
