import Terminal
import WorkplanCore

/// A row of key hints made from the keymap (`? trợ giúp · → ghi, tiếp · ← lùi`), so that a
/// remapped key is hinted as it is bound: each action's first key and its hint word, the six
/// statuses as one range (`1–6 trạng thái`), in the order given.
enum KeyHints {
    /// The hints of the actions in a context, most wanted first.
    static func line(_ actions: [Action], in context: KeyContext, keymap: Keymap, _ language: Language) -> String {
        var pieces: [String] = []
        var statusDone = false
        for action in actions {
            if case .setStatus = action {
                guard !statusDone else { continue }
                statusDone = true
                let keys = TaskStatus.allCases.compactMap { keymap.keys(for: .setStatus($0), in: context).first?.label }
                guard let first = keys.first, let last = keys.last else { continue }
                pieces.append((keys.count > 1 ? first + "–" + last : first) + " " + action.hint(language))
                continue
            }
            guard let key = keymap.keys(for: action, in: context).first else { continue }
            pieces.append(key.label + " " + action.hint(language))
        }
        return pieces.joined(separator: " · ")
    }

    /// The meeting's keys, as its bottom row shows them while a task is on screen.
    static let meeting: [Action] = [
        .help, .nextItem, .previousItem, .endReview, .editOutcome, .editDecision, .editResponsible, .toggleFollowUp,
        .setStatus(.done), .editDue, .editProgress, .skipItem, .undo,
    ]
}
