extension PlanMerge {
    /// Decides which nodes the merged file holds: kept on both sides, added on one, or deleted
    /// on one side and changed on the other (kept, and reported); two different tasks made with
    /// the same key on both sides are both kept.
    mutating func matchNodes() {
        var keys = Set<String>()
        for tree in trees { keys.formUnion(tree.nodes.keys) }
        for key in keys.sorted() {
            let nodes = trees.map { $0.nodes[key] }
            switch (nodes[Side.base], nodes[Side.ours], nodes[Side.theirs]) {
            case let (nil, mine?, other?) where !Self.sameContent(mine, other):
                keepBoth(key, mine, other)
            case let (was?, mine, other) where mine == nil || other == nil:
                guard let left = mine ?? other else { continue }
                let side = mine == nil ? Side.theirs : Side.ours
                guard !Self.sameContent(was, left) || container(of: was, in: Side.base) != container(of: left, in: side)
                else { continue }
                kept[key] = Versions(nodes)
                pending[key, default: []].append(.keptDeleted(deletedByOurs: mine == nil))
            default:
                kept[key] = Versions(nodes)
            }
        }
    }

    /// Two tasks made with the same key on both sides: the one whose line sorts first keeps
    /// the key, whichever side it is on, and the other goes by a new one; which of the two
    /// keeps an id they share is settled once the file is written (`renumberCollisions`).
    private mutating func keepBoth(_ key: String, _ mine: MergeTree.Node, _ other: MergeTree.Node) {
        let oursFirst = Self.sortKey(mine).lexicographicallyPrecedes(Self.sortKey(other))
        let (winner, loser) = oursFirst ? (Side.ours, Side.theirs) : (Side.theirs, Side.ours)
        let newKey = key + "\u{1}" + String(loser)
        renamed[loser][key] = newKey
        origin[newKey] = key
        var kept = [MergeTree.Node?](repeating: nil, count: 3)
        var moved = kept
        kept[winner] = winner == Side.ours ? mine : other
        moved[loser] = loser == Side.ours ? mine : other
        self.kept[key] = Versions(kept)
        self.kept[newKey] = Versions(moved)
    }

    /// A task without an id in the ancestor gets one the first time a side edits it, and so
    /// another key: on each side, a task that lost its title key and a task with a new id in
    /// the same stretch of the same place are taken to be the same task, in order.
    mutating func pairTasksGivenIds() {
        let base = trees[Side.base]
        for side in [Side.ours, Side.theirs] {
            var tree = trees[side]
            var containers = base.sections.map { "section:" + $0.key }
            var next = 0
            while next < containers.count {
                let container = containers[next]
                next += 1
                let was = base.children(of: container)
                containers += was.filter { base.nodes[$0]?.isTask == true }
                for stretch in ThreeWay.stretches(from: was, to: tree.children(of: container)) {
                    let lost = stretch.removed.filter { $0.hasPrefix("@") && tree.nodes[$0] == nil }
                    let given = stretch.inserted.filter { $0.hasPrefix("id:") && base.nodes[$0] == nil }
                    for (old, new) in zip(lost, given) { tree.rekey(new, to: old) }
                }
            }
            trees[side] = tree
        }
    }

    /// True when two versions of a node have the same line and the same lines under it.
    static func sameContent(_ one: MergeTree.Node, _ other: MergeTree.Node) -> Bool {
        one.line == other.line && one.body == other.body
    }

    private static func sortKey(_ node: MergeTree.Node) -> [UInt8] {
        node.line.content + node.body.flatMap { [10] + $0.line.content }
    }

    /// Where a version's node stands in that version, in the merge's keys.
    func container(of node: MergeTree.Node, in side: Int) -> String {
        node.parent.map { renamed[side][$0] ?? $0 } ?? "section:" + node.section
    }

    /// The key a kept node has in a version's tree, or nil when that version's node of this
    /// key is another one (renamed away) or the node is another version's renamed one.
    func originalKey(_ key: String, in side: Int) -> String? {
        if let source = origin[key] { return renamed[side][source] == key ? source : nil }
        return renamed[side][key] == nil ? key : nil
    }
}
