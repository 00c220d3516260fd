import Foundation
import Testing

/// Where tmux is installed, for running end-to-end tests or skipping them.
enum Tmux {
    /// The path of the `tmux` program found on PATH, or nil.
    static let path = Programs.path("tmux")

    /// True when tmux is installed; the end-to-end suites are enabled only then.
    static var isAvailable: Bool { path != nil }

    /// Why the end-to-end tests are skipped when tmux is missing.
    static let missingNote: Comment = "tmux is not installed: the end-to-end tests drive the program in a tmux pane (apt-get install tmux)"
}
