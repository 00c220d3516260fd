extension CollectionDifference {
    /// The offsets a difference removes from the old collection and inserts into the new one:
    /// what a diff of lines walks (the command line's change report, the merge's anchors).
    public var offsets: (removed: Set<Int>, inserted: Set<Int>) {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in self {
            switch change {
            case let .remove(offset, _, _): removed.insert(offset)
            case let .insert(offset, _, _): inserted.insert(offset)
            }
        }
        return (removed, inserted)
    }
}
