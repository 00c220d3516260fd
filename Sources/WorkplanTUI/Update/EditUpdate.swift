import WorkplanCore

extension AppState {
    /// The separator that stands for a line break when a note is edited on one line.
    static let noteBreak = " ¶ "

    /// The note's lines from the editor's text: split at each `¶`, taking away only the space
    /// on each side of it that `noteBreak` puts there, so that an indented line (a nested
    /// list item) keeps its own indentation.
    static func noteLines(_ text: String) -> String {
        let pieces = text.split(separator: "¶", omittingEmptySubsequences: false).map(String.init)
        return pieces.indices.map { index in
            var piece = Substring(pieces[index])
            if index > pieces.startIndex, piece.first == " " { piece.removeFirst() }
            if index < pieces.index(before: pieces.endIndex), piece.last == " " { piece.removeLast() }
            return String(piece)
        }.joined(separator: "\n")
    }

    /// Starts editing the selected task's title, due date, units, progress or note.
    mutating func beginEdit(_ action: Action) {
        guard let task = requireTask() else { return }
        let current = plan.tasks[task]
        let (target, text): (EditTarget, String) = switch action {
        case .editDue: (.due(task: task), current.due?.formatted(language) ?? "")
        case .editUnits: (.units(task: task), ([current.lead].compactMap { $0 } + current.coordinators).joined(separator: ", "))
        case .editProgress: (.progress(task: task), current.progress?.text ?? "")
        case .editNote: (.note(task: task), plan.note(of: task).split(separator: "\n", omittingEmptySubsequences: false)
                            .joined(separator: AppState.noteBreak))
        default: (.title(task: task), current.title)
        }
        mode = .edit(EditState(target: target, editor: LineEditor(text)))
    }

    /// Starts typing the title of a new task below the selection or under it.
    mutating func beginAdd(under: Bool) {
        let target: EditTarget
        switch selection {
        case let .task(task): target = under ? .newUnder(task: task) : .newBelow(task: task)
        case let .track(track): target = .newInTrack(track: track)
        case nil:
            guard !plan.tracks.isEmpty else {
                tell("Tệp chưa có mảng công tác (dòng ## …) để thêm nhiệm vụ",
                     "The file has no track (a ## line) to add a task to", isError: true)
                return
            }
            target = .newInTrack(track: 0)
        }
        mode = .edit(EditState(target: target, editor: LineEditor()))
    }

    /// A key or a decision while editing.
    mutating func editing(_ edit: EditState, _ action: Action) -> [Effect] {
        switch action {
        case .cancel:
            mode = .browse
            tell("Đã huỷ, không thay đổi gì", "Cancelled, nothing changed")
            return []
        case let .input(key):
            var edit = edit
            if edit.editor.handle(key) { mode = .edit(edit) }
            return []
        case .confirm:
            return commit(edit)
        default:
            return []
        }
    }

    /// The change an edit asks for, or a message saying why the text cannot be used. The editor
    /// stays open until the change is saved (`apply(_:)` closes it), so that a change the plan
    /// refuses or the disk does not take keeps what was typed, with the reason under it.
    private mutating func commit(_ edit: EditState) -> [Effect] {
        let text = edit.editor.committed
        let operation: PlanOperation?
        switch edit.target {
        case let .title(task):
            operation = text == plan.tasks[task].title ? nil : .setTitle(task: task, title: text)
        case let .due(task):
            if text.isEmpty {
                operation = .setFields(task: task, fields: [FieldUpdate(key: Field.Key.due, value: nil)])
            } else if let date = DateInput.parse(text, today: today) {
                operation = .setFields(task: task, fields: [FieldUpdate(key: Field.Key.due, value: date.iso)])
            } else {
                tell("“\(text)” không phải một ngày; gõ dạng 10/07/2021, 10/7 hoặc +7",
                     "“\(text)” is not a date; type 10/07/2021, 2021-07-10 or +7", isError: true)
                return []
            }
        case let .units(task):
            guard let fields = unitFields(text) else { return [] }
            operation = .setFields(task: task, fields: fields)
        case let .progress(task):
            operation = .setFields(task: task, fields: [FieldUpdate(key: Field.Key.progress,
                                                                    value: text.isEmpty ? nil : text)])
        case let .note(task):
            let note = AppState.noteLines(text)
            let written = note.trimmed.isEmpty ? "" : note
            operation = written == plan.note(of: task) ? nil : .setNote(task: task, note: written)
        case let .newBelow(task):
            operation = text.isEmpty ? nil : .addBelow(task: task, title: text)
        case let .newUnder(task):
            operation = text.isEmpty ? nil : .addUnder(task: task, title: text)
        case let .newInTrack(track):
            operation = text.isEmpty ? nil : .addInTrack(track: track, title: text)
        }
        guard let operation else {
            mode = .browse
            return []
        }
        return [.perform(operation)]
    }

    /// The `lead:` and `with:` fields for a list of unit codes, the lead first; nil (with a
    /// message) when a code is not declared in the plan.
    private mutating func unitFields(_ text: String) -> [FieldUpdate]? {
        let words = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        var codes: [String] = []
        for word in words {
            if plan.units.isEmpty {
                codes.append(word)
            } else if let unit = plan.unit(code: word) {
                codes.append(unit.code)
            } else {
                let known = plan.units.map(\.code).joined(separator: ", ")
                tell("Chưa khai báo đơn vị \(word); có: \(known)", "No unit \(word) is declared; there are: \(known)",
                     isError: true)
                return nil
            }
        }
        return [FieldUpdate(key: Field.Key.lead, value: codes.first),
                FieldUpdate(key: Field.Key.with, value: codes.count > 1 ? codes.dropFirst().joined(separator: ",") : nil)]
    }
}
