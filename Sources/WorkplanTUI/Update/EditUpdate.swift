import WorkplanCore

extension AppState {
    /// Starts editing the selected task's title, due date, units or progress on one line, or
    /// its note over several.
    mutating func beginEdit(_ action: Action) {
        if action == .editTitle, case let .track(track) = selection {
            guard plan.tracks[track].line != nil else {
                refuse(EditError.unnamedTrack)
                return
            }
            mode = .edit(EditState(target: .trackTitle(track: track), editor: LineEditor(plan.tracks[track].title)))
            return
        }
        guard let task = requireTask() else { return }
        let current = plan.tasks[task]
        if action == .editNote {
            mode = .note(NoteEditState(task: task, editor: NoteEditor(plan.note(of: task))))
            return
        }
        if action == .extendDeadline, let refusal = plan.extensionRefusal(ofTask: task) {
            refuse(refusal)
            return
        }
        let (target, text): (EditTarget, String) = switch action {
        case .editDue: (.due(task: task), current.due?.formatted(language) ?? "")
        case .editUnits: (.units(task: task), ([current.lead].compactMap { $0 } + current.coordinators).joined(separator: ", "))
        case .editProgress: (.progress(task: task), current.progress?.text ?? "")
        case .logEntry: (.entry(task: task), "")
        case .extendDeadline: (.extensionDate(task: task), "")
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

    /// Starts typing the title of a new track, to go after the selected track (or the selected
    /// task's track).
    mutating func beginAddTrack() {
        let after: Int? = switch selection {
        case let .track(track): track
        case let .task(task): plan.track(ofTask: task)
        case nil: nil
        }
        mode = .edit(EditState(target: .newTrack(after: after), editor: LineEditor()))
    }

    /// Starts editing one field of a task (chosen in the fields list), its value shown as it is
    /// typed; `nil` for a field the officer names (`key: value`).
    mutating func beginFieldEdit(_ key: String?, of task: Int) {
        guard let key else {
            mode = .edit(EditState(target: .otherField(task: task), editor: LineEditor()))
            return
        }
        let values = plan.tasks[task].fields.filter { $0.key == key }.map(\.value)
        let text = values.map { TypedField.shown(key: key, value: $0, language) }.joined(separator: ", ")
        mode = .edit(EditState(target: .field(task: task, key: key), editor: LineEditor(text)))
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

    /// A key while a note is typed: Enter breaks the line (it is typing); the save key asks for
    /// the change, the editor open until its outcome; Esc throws typed text away only when asked
    /// twice.
    mutating func editingNote(_ note: NoteEditState, _ action: Action) -> [Effect] {
        var note = note
        switch action {
        case .cancel:
            if note.editor.isChanged, !note.discardAsked {
                note.discardAsked = true
                mode = .note(note)
                let again = keymap.keys(for: .cancel, in: .note).first?.label ?? "Esc"
                tell("Bỏ những gì đã gõ? \(again) lần nữa: bỏ · phím khác: gõ tiếp",
                     "Throw away what was typed? \(again) again: yes · any other key: go on typing", isError: true)
                return []
            }
            mode = .browse
            tell("Đã huỷ, không thay đổi gì", "Cancelled, nothing changed")
        case let .input(key):
            if note.discardAsked {
                note.discardAsked = false
                message = nil
            }
            _ = note.editor.handle(key)
            mode = .note(note)
        case .confirm:
            let typed = note.editor.text
            let written = typed.trimmed.isEmpty ? "" : typed
            guard written != plan.note(of: note.task) else {
                mode = .browse
                return []
            }
            note.discardAsked = false
            mode = .note(note)
            return [.perform(.setNote(task: note.task, note: written))]
        default: break
        }
        return []
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
            guard let value = typedValue(key: Field.Key.due, text) else { return [] }
            operation = .setFields(task: task, fields: [FieldUpdate(key: Field.Key.due, value: value)])
        case let .units(task):
            guard let fields = unitFields(text) else { return [] }
            operation = .setFields(task: task, fields: fields)
        case let .field(task, key):
            guard let value = typedValue(key: key, text) else { return [] }
            operation = .setFields(task: task, fields: [FieldUpdate(key: key, value: value)])
        case let .otherField(task):
            guard let colon = text.firstIndex(of: ":") else {
                tell("Hãy gõ tên trường, dấu hai chấm rồi giá trị, ví dụ owner: anh.Nam",
                     "Type the field's name, a colon and the value, for example owner: anh.Nam", isError: true)
                return []
            }
            do {
                switch try TypedAssignment.read(key: String(text[..<colon]).trimmed, typed: String(text[text.index(after: colon)...]),
                                                today: today, in: plan) {
                case let .status(status): operation = .setStatus(task: task, status: status)
                case let .title(title): operation = .setTitle(task: task, title: title)
                case let .field(update): operation = .setFields(task: task, fields: [update])
                }
            } catch {
                refuse(error)
                return []
            }
        case let .trackTitle(track):
            operation = text == plan.tracks[track].title ? nil : .renameTrack(track: track, title: text)
        case let .newTrack(after):
            operation = text.isEmpty ? nil : .addTrack(title: text, after: after)
        case let .declaration(kind):
            operation = text.isEmpty ? nil : .declare(kind, text: text, language: language)
        case let .progress(task):
            operation = .setFields(task: task, fields: [FieldUpdate(key: Field.Key.progress,
                                                                    value: text.isEmpty ? nil : text)])
        case let .entry(task):
            guard let entry = typedEntry(text) else { return [] }
            operation = entry.text.isEmpty ? nil : .addEntry(task: task, date: entry.date, text: entry.text)
        case let .extensionDate(task):
            guard let due = extensionDate(text, of: task) else { return [] }
            mode = .edit(EditState(target: .extensionReason(task: task, due: due), editor: LineEditor()))
            return []
        case let .extensionReason(task, due):
            guard !text.isEmpty else {
                refuse(EditError.extensionWithoutReason)
                return []
            }
            mode = .edit(EditState(target: .extensionDocument(task: task, due: due, reason: text), editor: LineEditor()))
            return []
        case let .extensionDocument(task, due, reason):
            operation = .extend(task: task, to: due, reason: reason, decidedBy: text.isEmpty ? nil : text, language: language)
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

    /// An entry as typed: `15/3: 1 buổi tiếp công dân, …` for another day (any date an officer
    /// types, then a colon), else the text alone for today; nil, with a message, for a day that
    /// has not come yet.
    mutating func typedEntry(_ text: String) -> (date: PlanDate, text: String)? {
        var date = today
        var words = text
        if let colon = text.firstIndex(of: ":"),
           let typed = TypedDate.parse(String(text[..<colon]), today: today, in: plan) {
            date = typed
            words = String(text[text.index(after: colon)...])
        }
        guard date <= today else {
            tell("Ngày \(date.formatted(.vi)) chưa đến: mục ghi ghi lại việc đã làm",
                 "\(date.formatted(.en)) has not come yet: an entry records what was done", isError: true)
            return nil
        }
        return (date, words.trimmed)
    }

    /// The new deadline typed for an extension, or nil, with a message, when it is no date or
    /// not after the deadline in force.
    mutating func extensionDate(_ text: String, of task: Int) -> PlanDate? {
        guard let date = TypedDate.parse(text, today: today, in: plan) else {
            refuse(UnreadableDate(text))
            return nil
        }
        if let refusal = plan.extensionRefusal(ofTask: task, to: date) {
            refuse(refusal)
            return nil
        }
        return date
    }

    /// The `lead:` and `with:` fields for a list of unit codes, the lead first; nil (with a
    /// message) when a code is not declared in the plan.
    private mutating func unitFields(_ text: String) -> [FieldUpdate]? {
        guard let typed = typedValue(key: Field.Key.with, text) else { return nil }
        let codes = typed?.split(separator: ",").map(String.init) ?? []
        return [FieldUpdate(key: Field.Key.lead, value: codes.first),
                FieldUpdate(key: Field.Key.with, value: codes.count > 1 ? codes.dropFirst().joined(separator: ",") : nil)]
    }

    /// The value to store for a field's typed text (nil inside: remove the field), or nil, with
    /// the reason on the status line, when it cannot be stored; what was typed stays.
    private mutating func typedValue(key: String, _ text: String) -> String?? {
        do {
            return .some(try TypedField.value(key: key, typed: text, today: today, in: plan))
        } catch {
            refuse(error)
            return nil
        }
    }
}
