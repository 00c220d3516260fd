/// The one rule for a key written more than once on a task line: the first *valid* value of
/// each key counts, everywhere (the tree, the detail pane, the report, listings, filters, the
/// sort, search and the checks between counts all read that one), and each later occurrence
/// is a problem that `check` reports. `with:`, `person:` and `tag:` are lists and may be
/// written several times; their values add up. Ids have their own rule (a second `id:` is a duplicate id).
struct FirstFields {
    /// Where each known key was first written, or -1.
    private var lead = -1, due = -1, start = -1, done = -1, progress = -1
    /// The other keys met so far, with where each was first written (hashed, so that a line
    /// of many fields is still read in linear time).
    private var others: [[UInt8]: Int] = [:]

    /// Notes a key met at `offset`. Returns where it was first written when this is a repeat
    /// (to be reported), nil for its first occurrence.
    mutating func repeated<Key: Collection<UInt8>>(_ kind: FieldKeyBytes.Kind, key: Key, at offset: Int) -> Int? {
        switch kind {
        case .id, .with, .person: return nil
        case .lead: return Self.note(&lead, offset)
        case .due: return Self.note(&due, offset)
        case .start: return Self.note(&start, offset)
        case .done: return Self.note(&done, offset)
        case .progress: return Self.note(&progress, offset)
        case .other:
            if key.elementsEqual(Field.Key.tag.utf8) { return nil }
            let bytes = Array(key)
            if let first = others[bytes] { return first }
            others[bytes] = offset
            return nil
        }
    }

    /// The first offset of a known key, recording `offset` when it is the first.
    private static func note(_ first: inout Int, _ offset: Int) -> Int? {
        if first >= 0 { return first }
        first = offset
        return nil
    }
}
