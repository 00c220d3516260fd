/// Whole numbers as the plan file writes them: `progress:121/127`, `received:132`.
enum WholeNumber {
    /// The number written with 1 to 9 ASCII digits (no sign, no separator), or nil.
    static func read(_ digits: some Collection<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
