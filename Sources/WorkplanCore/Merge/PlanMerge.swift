/// The three-way merge of a plan: what `workplan merge` and git's merge driver write.
///
/// Tasks are matched by id (else by parent and folded title) and merged part by part
/// (`TaskLineMerge`); the lines under a task, the preamble and each section's head line by
/// line (`ThreeWay`), dated entries added on both sides all kept in date order; the order of
/// each task's subtasks and of each section's items as a sequence of keys, so that a move on
/// one side and an edit on the other both apply. A task deleted on one side and changed on the
/// other is kept; two tasks made with the same id on both sides are both kept, the later in the
/// file renumbered by the file's rule. Every line neither side
/// changed keeps its bytes. Conflicts are written between git's markers around the one task
/// line or the lines of a note they concern.
public struct PlanMerge {
    /// The merged file.
    public internal(set) var bytes: [UInt8] = []
    /// What the merge reports, in the file's order.
    public internal(set) var notes: [MergeNote] = []
    /// True when conflict markers were written.
    public var hasConflicts: Bool { notes.contains(where: \.isConflict) }

    /// The three versions: the common ancestor, ours, theirs (`Side`).
    var trees: [MergeTree]
    let labels: (ours: String, theirs: String)
    /// For each version, the keys its nodes go by in the merge where they differ from their
    /// own: a task made on both sides with the same id keeps its key on one side, and the
    /// other side's gets a new key (and, once written, a new id).
    var renamed: [[String: String]] = [[:], [:], [:]]
    /// The key a renamed node has in its own version.
    var origin: [String: String] = [:]
    /// The nodes the merged file holds, by key, each with its version on each side.
    var kept: [String: Versions] = [:]
    /// Where each kept node stands: a task's key, or `section:KEY`.
    var place: [String: String] = [:]
    var sectionsKept: Set<String> = []
    /// What to report of a node, once its line is written.
    var pending: [String: [MergeNote.Kind]] = [:]
    var out: [MergeTree.Line] = []
    /// The lines (from 0) written between conflict markers.
    var conflictLines = Set<Int>()

    /// The versions' places in `trees`.
    enum Side {
        static let base = 0, ours = 1, theirs = 2
        /// The sides in the order a version is looked for: ours, theirs, the ancestor.
        static let preferred = [ours, theirs, base]
    }

    /// A node's three versions (nil where a version lacks it), and one that has it.
    struct Versions {
        var nodes: [MergeTree.Node?]
        let any: MergeTree.Node

        init?(_ nodes: [MergeTree.Node?]) {
            guard let any = nodes[Side.ours] ?? nodes[Side.theirs] ?? nodes[Side.base] else { return nil }
            self.nodes = nodes
            self.any = any
        }
    }

    public init(base: Plan, ours: Plan, theirs: Plan, labels: (ours: String, theirs: String) = ("ours", "theirs")) {
        trees = [MergeTree(base), MergeTree(ours), MergeTree(theirs)]
        self.labels = labels
        pairTasksGivenIds()
        matchNodes()
        placeNodes()
        write()
        renumberCollisions(ours: ours, theirs: theirs)
    }
}
