import WorkplanCore

/// A meeting cut off by a signal (the window closed, the session ended, the program killed
/// with SIGTERM) keeps every word typed for it: what was typed goes into the minutes before
/// the program ends, and the meeting stays open, to be resumed or closed.
extension AppState {
    /// True while a line of a meeting is being typed.
    var isTypingInMeeting: Bool {
        if case let .review(review) = mode { review.editing != nil } else { false }
    }

    /// Records every task of the meeting under way that has typed text the minutes do not hold
    /// yet, as it stands (its status, due date and progress as they are now), where it belongs
    /// in the agenda. The meeting goes on from the same task when it is resumed. The meeting
    /// may be on screen, or waiting behind the help screen or a conflict.
    mutating func recordTypedBeforeExit() -> [Effect] {
        let onScreen: Bool
        var review: ReviewState
        if case let .review(shown) = mode {
            onScreen = true
            review = shown
        } else if let waiting = interruptedReview {
            onScreen = false
            review = waiting
        } else {
            return []
        }
        guard review.stage == .walking else { return [] }
        var effects: [Effect] = []
        for draft in review.typedNotRecorded {
            guard let task = plan.taskIndex(reference: draft.taskId) else { continue }
            let item = completed(draft, task: task)
            review.minutes.record(item)
            review.drafts[item.taskId] = nil
            if review.draft?.taskId == item.taskId { review.draft = item }
            effects.append(.recordItem(item, agenda: review.minutes.agenda))
        }
        if onScreen { mode = .review(review) } else { interruptedReview = review }
        return effects
    }
}
