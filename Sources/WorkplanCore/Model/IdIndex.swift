/// Task index by id: an open-addressing hash table of 8-byte entries (32 bits of an id's
/// hash, which `TaskId` computes once while a line is read, and a task index). It keeps no
/// copy of the ids: when two hashes agree, `sameId` tells whether the task has the id, from
/// its line. Filling it for 100,000 tasks touches 2 MB.
struct IdIndex: Sendable {
    private struct Entry: Sendable {
        var hash: UInt32
        var task: Int32
    }

    private var entries: [Entry]
    /// The number of ids stored.
    private(set) var count = 0

    /// An index with room for `capacity` ids before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        entries = capacity == 0 ? [] : Array(repeating: Entry(hash: 0, task: -1), count: size)
    }

    /// The task recorded for the id with this hash, or nil. `sameId(task)` tells whether a
    /// recorded task with the same hash has the very id.
    func task(fingerprint: UInt64, sameId: (Int32) -> Bool) -> Int32? {
        guard !entries.isEmpty else { return nil }
        let position = find(fingerprint, sameId: sameId)
        return entries[position].task < 0 ? nil : entries[position].task
    }

    /// Records the task for the id with this hash, replacing the one recorded before.
    mutating func set(fingerprint: UInt64, to task: Int32, sameId: (Int32) -> Bool) {
        if (count + 1) * 2 > entries.count { grow() }
        let position = find(fingerprint, sameId: sameId)
        if entries[position].task < 0 { count += 1 }
        entries[position] = Entry(hash: IdIndex.hash32(fingerprint), task: task)
    }

    /// The position where the id is stored, or the free position where it would go.
    private func find(_ fingerprint: UInt64, sameId: (Int32) -> Bool) -> Int {
        let mask = entries.count - 1
        var position = Int(truncatingIfNeeded: fingerprint) & mask
        let hash = IdIndex.hash32(fingerprint)
        while entries[position].task >= 0 {
            if entries[position].hash == hash, sameId(entries[position].task) { return position }
            position = (position + 1) & mask
        }
        return position
    }

    /// The 32 bits of a hash an entry keeps: the low bits, which also choose its position.
    private static func hash32(_ fingerprint: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: fingerprint)
    }

    /// Doubles the table; entries move by their stored hash, so no id is compared. The table
    /// never has more than 2^32 places, so the low 32 bits are enough to place an entry.
    private mutating func grow() {
        let old = entries
        let size = max(16, old.count * 2)
        entries = Array(repeating: Entry(hash: 0, task: -1), count: size)
        let mask = size - 1
        for entry in old where entry.task >= 0 {
            var position = Int(truncatingIfNeeded: entry.hash) & mask
            while entries[position].task >= 0 { position = (position + 1) & mask }
            entries[position] = entry
        }
    }
}
