extension PlanMerge {
    /// Decides where each kept node stands: the place a side moved it to, ours when both moved
    /// it; a deleted task or section that a kept node still stands in is kept; a place that
    /// would put a task under its own subtask (each side moved one under the other) gives way
    /// to where the task was before.
    mutating func placeNodes() {
        for (key, versions) in kept {
            place[key] = chosenPlace(key, versions)
        }
        keepContainers()
        breakCycles()
        sectionsKept.formUnion(place.values.filter { $0.hasPrefix("section:") }.map { String($0.dropFirst("section:".count)) })
    }

    private mutating func chosenPlace(_ key: String, _ versions: Versions) -> String {
        let places = (0..<3).map { side in versions.nodes[side].map { container(of: $0, in: side) } }
        let (was, mine, other) = (places[Side.base], places[Side.ours], places[Side.theirs])
        guard let mine else { return other ?? was ?? "section:" + versions.any.section }
        guard let other else { return mine }
        guard let was else { return min(mine, other) }
        if mine == was || mine == other { return other }
        if other == was { return mine }
        pending[key, default: []].append(.movedBothWays)
        return mine
    }

    /// Keeps each task that a kept node stands in, and each section; repeated up the tree.
    private mutating func keepContainers() {
        var missing = place.values.filter { !$0.hasPrefix("section:") && kept[$0] == nil }
        while let key = missing.popLast() {
            guard kept[key] == nil, let versions = Versions(trees.map { $0.nodes[key] }) else { continue }
            kept[key] = versions
            pending[key, default: []].append(.keptDeleted(deletedByOurs: versions.nodes[Side.ours] == nil))
            let parent = chosenPlace(key, versions)
            place[key] = parent
            if !parent.hasPrefix("section:"), kept[parent] == nil { missing.append(parent) }
        }
        // Sections: kept unless deleted on one side with their head unchanged on the other.
        var sections = Set<String>()
        for tree in trees { sections.formUnion(tree.sections.map(\.key)) }
        for key in sections {
            let heads = trees.map { tree in tree.sections.first { $0.key == key }?.head }
            switch (heads[Side.base], heads[Side.ours], heads[Side.theirs]) {
            case let (was?, nil, other?): if other != was { sectionsKept.insert(key) }
            case let (was?, mine?, nil): if mine != was { sectionsKept.insert(key) }
            case (_?, nil, nil): break
            default: sectionsKept.insert(key)
            }
        }
    }

    /// A task placed, through its parents, under itself stands where it stood in the ancestor
    /// (or at the top of its section).
    private mutating func breakCycles() {
        for key in kept.keys.sorted() {
            var seen: Set<String> = [key]
            var current = place[key]
            while let at = current, !at.hasPrefix("section:") {
                guard seen.insert(at).inserted else {
                    let versions = kept[key]
                    let before = versions?.nodes[Side.base].map { container(of: $0, in: Side.base) }
                    place[key] = before.flatMap { leadsBack($0, to: key) ? nil : $0 }
                        ?? "section:" + (versions?.any.section ?? "")
                    break
                }
                current = place[at]
            }
        }
    }

    /// True when a place lies under `key`.
    private func leadsBack(_ start: String, to key: String) -> Bool {
        var seen = Set<String>()
        var current: String? = start
        while let at = current, !at.hasPrefix("section:"), seen.insert(at).inserted {
            if at == key { return true }
            current = place[at]
        }
        return false
    }

    /// The kept nodes a place holds, in the merged order: each side's order merged as a
    /// sequence of keys, the items both sides put at the same spot ordered by rule; items
    /// moved here from elsewhere that no order names come last.
    func order(of container: String, members: [String]) -> [String] {
        let sequences = (0..<3).map { side -> [String] in
            guard let own = originalKey(container, in: side) else { return [] }
            return trees[side].children(of: own).map { renamed[side][$0] ?? $0 }
        }
        var merged: [String] = []
        for region in ThreeWay.merge(base: sequences[Side.base], ours: sequences[Side.ours], theirs: sequences[Side.theirs]) {
            switch region {
            case let .resolved(keys): merged += keys
            case let .conflict(_, mine, other):
                merged += mine.joined(separator: "\n") <= other.joined(separator: "\n") ? mine + other : other + mine
            }
        }
        let wanted = Set(members)
        var seen = Set<String>()
        var result = merged.filter { wanted.contains($0) && seen.insert($0).inserted }
        // A node no merged order names (kept though one side deleted it, or moved here) goes
        // after the item it follows on a side that has it here.
        for key in members.sorted() where !seen.contains(key) {
            var position = result.count
            if let side = Side.preferred.first(where: { sequences[$0].contains(key) }),
               let at = sequences[side].firstIndex(of: key) {
                let before = sequences[side][..<at].last { result.contains($0) }
                position = before.flatMap { result.firstIndex(of: $0).map { $0 + 1 } } ?? 0
            }
            result.insert(key, at: position)
            seen.insert(key)
        }
        return result
    }
}
