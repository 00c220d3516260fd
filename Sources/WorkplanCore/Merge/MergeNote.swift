/// What a merge did that its user should know: each conflict it left in the file, and each
/// choice it made by rule where the two sides disagreed without a conflict being written.
public struct MergeNote: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Both sides changed these parts of a task's line (`status`, `title`, a field's key)
        /// to different values: the line is written twice between conflict markers.
        case taskLine(parts: [String])
        /// Both sides changed the same lines of a task's note differently.
        case note
        /// Both sides changed the same lines outside the tasks (the preamble, a section's head).
        case text
        /// One side deleted the task and the other changed it (or a subtask of it): it is kept,
        /// as the side that changed it left it. `deletedByOurs` tells which side deleted it.
        case keptDeleted(deletedByOurs: Bool)
        /// Both sides made a task with the same id: the task from the other side now has `newId`.
        case renumbered(newId: String)
        /// Both sides moved the task to different places: it stands where ours put it.
        case movedBothWays
    }

    public let kind: Kind
    /// The task's id, or its title when it has none; the section's heading for `text`.
    public let subject: String
    /// The line (1-based) of the merged file the note is about: a conflict's first marker.
    public let line: Int

    /// True for the notes that leave conflict markers in the file.
    public var isConflict: Bool {
        switch kind {
        case .taskLine, .note, .text: true
        case .keptDeleted, .renumbered, .movedBothWays: false
        }
    }
}
