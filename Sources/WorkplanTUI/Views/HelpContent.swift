import Terminal
import WorkplanCore

/// The help screen's lines, made from the keymap: a heading per group, then each action with
/// its keys. An action bound in several contexts is listed once.
enum HelpContent {
    /// A line: a heading, or keys and what they do.
    enum Line: Equatable {
        /// A group's heading.
        case heading(String)
        /// Keys and the action's help.
        case binding(keys: String, help: String)
        /// A blank line.
        case blank
    }

    /// The lines for a keymap in a language. The meeting's group lists every key of a review
    /// meeting, as they work there; during a meeting (`meetingFirst`) it comes first.
    static func lines(_ keymap: Keymap, _ language: Language, meetingFirst: Bool = false) -> [Line] {
        var lines: [Line] = []
        var listed: Set<Action> = []
        let contexts: [KeyContext] = [.browse, .typing, .list, .confirm, .conflict]
        let groups = meetingFirst ? [.meeting] + Action.Group.allCases.filter { $0 != .meeting } : Action.Group.allCases
        for group in groups {
            var groupLines: [Line] = []
            var listedInGroup: Set<Action> = []
            for context in group == .meeting ? [.browse, .review] : contexts {
                for binding in (keymap.bindings[context] ?? []) + (context == .review ? [] : keymap.global)
                where context == .review ? group == .meeting : binding.action.group == group {
                    let isNew = group == .meeting ? listedInGroup.insert(binding.action).inserted
                        : listed.insert(binding.action).inserted
                    guard isNew else { continue }
                    let keys = binding.keys.map(\.label).joined(separator: " ")
                    groupLines.append(.binding(keys: keys, help: binding.action.help(language)))
                }
            }
            if group == .dialogs {
                let discard = keymap.name(of: .cancel, in: .note)
                groupLines.append(.binding(keys: "1–9", help: language.pick(vi: "chọn ngay mục có số đó trong danh sách",
                                                                           en: "choose the list item with that number")))
                groupLines.append(.binding(keys: "…", help: Action.input(.text("a")).help(language)))
                groupLines.append(.binding(keys: keymap.keys(for: .confirm, in: .note).map(\.label).joined(separator: " "),
                                           help: language.pick(vi: "lưu ghi chú (trong ghi chú Enter xuống dòng, \(discard) hỏi trước khi bỏ chữ đã gõ)",
                                                               en: "save a note (in a note Enter breaks the line, \(discard) asks before throwing typed text away)")))
            }
            guard !groupLines.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(group.title(language, keymap: keymap)))
            lines += groupLines
        }
        return lines
    }
}
