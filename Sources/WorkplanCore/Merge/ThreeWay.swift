/// The three-way merge of two sequences changed from a common one, as `diff3` does it: the
/// elements both sides kept are the anchors; between two anchors, a stretch changed on one
/// side only takes that side's change, a stretch changed alike on both takes it once, and a
/// stretch changed differently on both is a conflict for the caller to settle. The lines of a
/// note and the order of a task's subtasks are merged this way.
enum ThreeWay {
    /// A stretch of the merged sequence.
    enum Region<Element: Hashable>: Equatable {
        case resolved([Element])
        case conflict(base: [Element], ours: [Element], theirs: [Element])
    }

    static func merge<Element: Hashable>(base: [Element], ours: [Element], theirs: [Element]) -> [Region<Element>] {
        if ours == theirs { return [.resolved(ours)] }
        if ours == base { return [.resolved(theirs)] }
        if theirs == base { return [.resolved(ours)] }
        let inOurs = kept(from: base, in: ours)
        let inTheirs = kept(from: base, in: theirs)
        var regions: [Region<Element>] = []
        var stable: [Element] = []
        var (b, o, t) = (0, 0, 0)
        func settle(_ baseEnd: Int, _ oursEnd: Int, _ theirsEnd: Int) {
            let was = Array(base[b..<baseEnd]), mine = Array(ours[o..<oursEnd]), other = Array(theirs[t..<theirsEnd])
            if mine == was {
                stable += other
            } else if other == was || mine == other {
                stable += mine
            } else {
                if !stable.isEmpty { regions.append(.resolved(stable)) }
                stable = []
                regions.append(.conflict(base: was, ours: mine, theirs: other))
            }
        }
        for anchor in base.indices {
            guard let oursAt = inOurs[anchor], let theirsAt = inTheirs[anchor] else { continue }
            settle(anchor, oursAt, theirsAt)
            stable.append(base[anchor])
            (b, o, t) = (anchor + 1, oursAt + 1, theirsAt + 1)
        }
        settle(base.count, ours.count, theirs.count)
        if !stable.isEmpty { regions.append(.resolved(stable)) }
        return regions
    }

    /// What `changed` did to `base` between the elements it kept: each stretch's elements
    /// removed and inserted there.
    static func stretches<Element: Hashable>(from base: [Element], to changed: [Element])
        -> [(removed: [Element], inserted: [Element])] {
        let kept = kept(from: base, in: changed)
        var result: [(removed: [Element], inserted: [Element])] = []
        var (b, c) = (0, 0)
        for anchor in base.indices + [base.count] {
            let at = anchor < base.count ? kept[anchor] : changed.count
            guard let at else { continue }
            if anchor > b || at > c { result.append((Array(base[b..<anchor]), Array(changed[c..<at]))) }
            (b, c) = (anchor + 1, at + 1)
        }
        return result
    }

    /// For each element of `base`, where it stands in `changed` when it was kept there
    /// (the standard library's Myers difference), else nil.
    private static func kept<Element: Hashable>(from base: [Element], in changed: [Element]) -> [Int?] {
        let (removed, inserted) = changed.difference(from: base).offsets
        var result = [Int?](repeating: nil, count: base.count)
        var position = 0
        for index in base.indices where !removed.contains(index) {
            while inserted.contains(position) { position += 1 }
            result[index] = position
            position += 1
        }
        return result
    }
}
