/// The keys of a screen that covers the tree and only scrolls (help, the report, a task in
/// full): up and down a row or a page, to the top or the bottom, or close.
enum ScrollKeys {
    /// What a key does to such a screen.
    enum Outcome: Equatable {
        /// The screen stays, scrolled to this row (perhaps where it was).
        case scrolled(Int)
        /// The screen closes.
        case closed
    }

    /// The outcome of an action on a screen scrolled to `scroll`, showing `height` rows, that
    /// can scroll down to `bottom`.
    static func apply(_ action: Action, to scroll: Int, height: Int, bottom: Int) -> Outcome {
        let scroll = min(scroll, bottom)
        return switch action {
        case .moveUp: .scrolled(max(0, scroll - 1))
        case .moveDown: .scrolled(min(bottom, scroll + 1))
        case .pageUp: .scrolled(max(0, scroll - height))
        case .pageDown: .scrolled(min(bottom, scroll + height))
        case .first: .scrolled(0)
        case .last: .scrolled(bottom)
        case .cancel, .help: .closed
        default: .scrolled(scroll)
        }
    }
}
