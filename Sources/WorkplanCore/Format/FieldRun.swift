/// Walks the `key:value` tokens of a run of fields (the end of a task line), in order,
/// without allocating: tokens are separated by spaces and tabs, and a token without a
/// colon is passed over.
struct FieldRun<Bytes: LineBytes>: IteratorProtocol {
    /// One token: the whole of it, its key and its value, as slices of the line.
    struct Token {
        /// `key:value`.
        let whole: Bytes
        /// `key`.
        let key: Bytes
        /// `value`.
        let value: Bytes
    }

    private let run: Bytes
    private var index: Int

    /// A walk over the tokens of `run`.
    init(_ run: Bytes) {
        self.run = run
        index = run.startIndex
    }

    /// The next token, or nil after the last.
    mutating func next() -> Token? {
        let end = run.endIndex
        while index < end {
            while index < end, TaskLineSyntax.isBlank(run[index]) { index += 1 }
            let start = index
            var colon: Int?
            while index < end, !TaskLineSyntax.isBlank(run[index]) {
                if colon == nil, run[index] == 58 { colon = index }
                index += 1
            }
            if start < index, let colon {
                return Token(whole: run[start..<index], key: run[start..<colon], value: run[(colon + 1)..<index])
            }
        }
        return nil
    }
}
