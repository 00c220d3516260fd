/// Task index by id: an open-addressing hash table on the hash that `TaskId` computes once
/// while a line is read, so that filling it for 100,000 tasks costs a few milliseconds.
struct IdIndex: Sendable {
    /// Per table position: the task index, or -1 when the position is free.
    private var tasks: [Int32]
    /// Per table position: the id stored there.
    private var keys: [TaskId?]
    /// The number of ids stored.
    private(set) var count = 0

    /// An index with room for `capacity` ids before it grows.
    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        tasks = Array(repeating: -1, count: size)
        keys = Array(repeating: nil, count: size)
    }

    /// The task that has this id, or nil.
    subscript(id: TaskId) -> Int32? {
        let position = find(id)
        return tasks[position] < 0 ? nil : tasks[position]
    }

    /// Records the task for an id, replacing the one recorded before.
    mutating func set(_ id: TaskId, to task: Int32) {
        if (count + 1) * 2 > tasks.count { grow() }
        let position = find(id)
        if tasks[position] < 0 {
            count += 1
            keys[position] = id
        }
        tasks[position] = task
    }

    /// The position where `id` is stored, or the free position where it would go.
    private func find(_ id: TaskId) -> Int {
        let mask = tasks.count - 1
        var position = Int(truncatingIfNeeded: id.fingerprint) & mask
        while tasks[position] >= 0 {
            if keys[position] == id { return position }
            position = (position + 1) & mask
        }
        return position
    }

    private mutating func grow() {
        let old = zip(keys, tasks)
        var bigger = IdIndex(capacity: tasks.count)
        for case let (key?, task) in old where task >= 0 {
            bigger.set(key, to: task)
        }
        self = bigger
    }
}
