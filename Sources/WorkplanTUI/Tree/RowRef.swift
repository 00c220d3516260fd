/// A row of the tree view: a track's heading or a task.
public enum RowRef: Hashable, Sendable {
    /// The heading of a track (its index in `Plan.tracks`).
    case track(Int)
    /// A task (its index in `Plan.tasks`).
    case task(Int)
}
