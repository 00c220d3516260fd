import WorkplanCore

extension AppState {
    /// Opens a meeting: first the choice of agenda.
    mutating func beginReview() {
        let menu = agendaMenu()
        guard !menu.items.isEmpty else {
            tell("Không có nhiệm vụ nào chưa xong để họp rà soát", "There is no open task to review", isError: true)
            return
        }
        let title = language.pick(vi: "Họp giao ban ngày ", en: "Review meeting of ") + today.formatted(language)
        mode = .review(ReviewState(stage: .choosingAgenda(menu),
                                   minutes: MeetingMinutes(title: title, date: today, started: now, agenda: [])))
    }

    /// Opens a meeting on the tasks a filter lets through, in file order, and with
    /// `followUpsOnly` only those an earlier meeting marked to follow up: the agenda is set, to
    /// be put in order and named next. Returns false (and opens nothing) when no task passes.
    public mutating func beginReview(agenda filter: TreeFilter, followUpsOnly: Bool = false) -> Bool {
        var tasks = filter.apply(to: plan, today: today)
        if followUpsOnly {
            let marked = followUps()
            tasks = tasks.filter { marked.contains(reference(of: $0)) }
        }
        guard !tasks.isEmpty else { return false }
        let title = language.pick(vi: "Họp giao ban ngày ", en: "Review meeting of ") + today.formatted(language)
        mode = .review(ReviewState(stage: .arranging(selected: 0),
                                   minutes: MeetingMinutes(title: title, date: today, started: now,
                                                           agenda: tasks.map(reference(of:)))))
        return true
    }

    /// An action during a meeting.
    mutating func reviewing(_ review: ReviewState, _ action: Action) -> [Effect] {
        var review = review
        defer { if case .review = mode { mode = .review(review) } }
        switch review.stage {
        case let .choosingAgenda(menu): return choosingAgenda(menu, action, &review)
        case let .arranging(selected): return arranging(selected, action, &review)
        case .naming: return naming(action, &review)
        case .walking where review.editing != nil: return typingInReview(action, &review)
        case .walking: return walking(action, &review)
        case .summary:
            message = nil
            if action == .writePaper { return [.writePaper(.minutes(review.minutes))] }
            if [.endReview, .nextItem, .cancel, .confirm].contains(action) { mode = .browse }
            return []
        }
    }

    private mutating func choosingAgenda(_ menu: MenuState, _ action: Action, _ review: inout ReviewState) -> [Effect] {
        var menu = menu
        switch action {
        case .moveUp: menu.move(-1)
        case .moveDown: menu.move(1)
        case .cancel:
            mode = .browse
            return []
        case let .input(.text(scalar)):
            guard let item = menu.item(numbered: scalar) else { return [] }
            menu.selected = item
            review.stage = .choosingAgenda(menu)
            return choosingAgenda(menu, .confirm, &review)
        case .confirm:
            guard menu.items.indices.contains(menu.selected) else { return [] }
            switch menu.items[menu.selected].choice {
            case let .agenda(tasks):
                review.minutes.agenda = tasks
                review.stage = .arranging(selected: 0)
            case .resumeMeeting:
                mode = .browse
                return [.resumeMeeting]
            case .closeMeeting:
                mode = .browse
                return [.closeMeeting]
            default: break
            }
            return []
        default: break
        }
        review.stage = .choosingAgenda(menu)
        return []
    }

    /// Putting the agenda in order: ↑↓ choose, the tree's keys to move a task and to delete one
    /// (K J x, or the officer's own) move it and take it off, Enter goes on to naming the
    /// meeting, Esc gives up.
    private mutating func arranging(_ selected: Int, _ action: Action, _ review: inout ReviewState) -> [Effect] {
        var agenda = review.minutes.agenda
        var selected = selected
        let treeAction: Action? = if case let .input(key) = action { keymap.action(for: key, in: .browse) } else { nil }
        switch (action, treeAction) {
        case (.moveUp, _): selected = max(0, selected - 1)
        case (.moveDown, _): selected = min(max(0, agenda.count - 1), selected + 1)
        case (_, .moveTaskUp?) where selected > 0:
            agenda.swapAt(selected, selected - 1)
            selected -= 1
        case (_, .moveTaskDown?) where selected + 1 < agenda.count:
            agenda.swapAt(selected, selected + 1)
            selected += 1
        case (_, .delete?):
            guard agenda.indices.contains(selected) else { break }
            agenda.remove(at: selected)
            selected = min(selected, max(0, agenda.count - 1))
        case (.confirm, _):
            guard !agenda.isEmpty else {
                tell("Chương trình họp trống", "The agenda is empty", isError: true)
                return []
            }
            review.stage = .naming
            review.editing = ReviewEdit(field: .title, editor: LineEditor(review.minutes.title))
            return []
        case (.cancel, _):
            mode = .browse
            tell("Chưa họp, không ghi gì", "No meeting held, nothing written")
            return []
        default: break
        }
        review.minutes.agenda = agenda
        review.stage = .arranging(selected: selected)
        return []
    }

    private mutating func naming(_ action: Action, _ review: inout ReviewState) -> [Effect] {
        guard var edit = review.editing else { return [] }
        switch action {
        case .cancel:
            mode = .browse
            tell("Chưa họp, không ghi gì", "No meeting held, nothing written")
        case let .input(key):
            if edit.editor.handle(key) { review.editing = edit }
        case .confirm:
            let text = edit.editor.committed
            guard let position = ReviewField.naming.firstIndex(of: edit.field), let fact = edit.field.fact,
                  edit.field != .title || !text.isEmpty else { return [] }
            review.minutes[keyPath: fact] = text
            let next = position + 1
            guard next < ReviewField.naming.count, let nextFact = ReviewField.naming[next].fact else {
                review.minutes.started = now
                review.editing = nil
                review.stage = .walking
                arrive(at: 0, &review)
                return [.startMeeting(review.minutes)]
            }
            review.editing = ReviewEdit(field: ReviewField.naming[next], editor: LineEditor(review.minutes[keyPath: nextFact]))
        default: break
        }
        return []
    }

    private mutating func walking(_ action: Action, _ review: inout ReviewState) -> [Effect] {
        let endAsked = review.endAsked
        review.endAsked = false
        if action == .endReview {
            if !endAsked, let question = unrecorded(review) {
                review.endAsked = true
                message = StatusMessage(question, isError: true)
                return []
            }
            return finish(&review)
        }
        // Past the agenda's end, or on a task no longer in the plan, only `q` ends the meeting;
        // `←` goes back, and on a vanished task `→` and Tab go on.
        guard let id = review.currentTaskId, let task = plan.taskIndex(reference: id) else {
            switch action {
            case .help:
                interruptedReview = review
                mode = .help(scroll: 0)
            case .previousItem where review.position > 0: arrive(at: review.position - 1, &review)
            case .nextItem where review.currentTaskId != nil, .skipItem where review.currentTaskId != nil:
                advance(&review)
            default: break
            }
            return []
        }
        switch action {
        case .help:
            interruptedReview = review
            mode = .help(scroll: 0)
        case .cancel:
            let (cancel, end) = (keyName(.cancel, in: .review), keyName(.endReview, in: .review))
            tell("\(cancel) không kết thúc cuộc họp; \(end) để kết thúc", "\(cancel) does not end the meeting; \(end) ends it")
        case let .setStatus(status): return [.perform(.setStatus(task: task, status: status))]
        case .editDue:
            review.editing = ReviewEdit(field: .due, editor: LineEditor(plan.tasks[task].due?.formatted(language) ?? ""))
        case .editProgress:
            review.editing = ReviewEdit(field: .progress, editor: LineEditor(plan.tasks[task].progress?.text ?? ""))
        case .editOutcome: review.editing = ReviewEdit(field: .outcome, editor: LineEditor(review.draft?.outcome ?? ""))
        case .editOpinions: review.editing = ReviewEdit(field: .opinions, editor: LineEditor(review.draft?.opinions ?? ""))
        case .editDecision: review.editing = ReviewEdit(field: .decision, editor: LineEditor(review.draft?.decision ?? ""))
        case .editResponsible:
            review.editing = ReviewEdit(field: .responsible, editor: LineEditor(review.draft?.responsible ?? ""))
        case .logEntry: review.editing = ReviewEdit(field: .entry, editor: LineEditor())
        case .addToAgenda: review.editing = ReviewEdit(field: .agendaTask, editor: LineEditor())
        case .extendDeadline:
            if let refusal = plan.extensionRefusal(ofTask: task) {
                refuse(refusal)
            } else {
                review.editing = ReviewEdit(field: .extensionDate, editor: LineEditor())
            }
        case .toggleFollowUp: review.draft?.followUp.toggle()
        case .undo: return undoStack.last.map { [.undo($0)] } ?? []
        case .nextItem: return record(task, &review)
        case .previousItem:
            if review.position > 0 { arrive(at: review.position - 1, &review) }
        case .skipItem:
            if !review.skipped.contains(id) { review.skipped.append(id) }
            advance(&review)
        default: break
        }
        return []
    }

    /// What ending the meeting now would leave out of the minutes, as the question `q` asks;
    /// nil when every agenda task is recorded and nothing typed is pending.
    private func unrecorded(_ review: ReviewState) -> String? {
        let agenda = review.minutes.agenda
        let recorded = Set(review.minutes.items.map(\.taskId))
        let open = agenda.filter { !recorded.contains($0) }
        let typed = Set(review.typedNotRecorded.map(\.taskId))
        guard !open.isEmpty || !typed.isEmpty else { return nil }
        var parts: [String] = []
        if !typed.isEmpty {
            let names = agenda.filter(typed.contains).joined(separator: ", ")
            parts.append(language.pick(vi: "những gì đã gõ cho \(names)", en: "what was typed for \(names)"))
        }
        if !open.isEmpty {
            let named = open.prefix(3).joined(separator: ", ") + (open.count > 3 ? ", …" : "")
            parts.append(language.pick(vi: "\(open.count) nhiệm vụ chưa ghi (\(named))",
                                       en: language.count(open.count, vi: "nhiệm vụ", en: "task") + " not recorded (\(named))"))
        }
        let list = parts.joined(separator: language.pick(vi: " và ", en: " and "))
        return language.pick(vi: "Kết thúc họp? q lần nữa: kết thúc, phím khác: họp tiếp · Chưa vào biên bản: \(list)",
                             en: "End the meeting? q again ends it, any other key goes on · Not in the minutes: \(list)")
    }

    private mutating func typingInReview(_ action: Action, _ review: inout ReviewState) -> [Effect] {
        guard var edit = review.editing, let id = review.currentTaskId, let task = plan.taskIndex(reference: id) else {
            review.editing = nil
            return []
        }
        switch action {
        case .cancel: review.editing = nil
        case let .input(key):
            if edit.editor.handle(key) { review.editing = edit }
        case .confirm:
            let text = edit.editor.committed
            review.editing = nil
            switch edit.field {
            case .due:
                if text.isEmpty { return [.perform(.setFields(task: task, fields: [FieldUpdate(key: Field.Key.due, value: nil)]))] }
                guard let date = TypedDate.parse(text, today: today, in: plan) else {
                    review.editing = edit
                    refuse(UnreadableDate(text))
                    return []
                }
                return [.perform(.setFields(task: task, fields: [FieldUpdate(key: Field.Key.due, value: date.iso)]))]
            case .progress:
                return [.perform(.setFields(task: task, fields: [FieldUpdate(key: Field.Key.progress,
                                                                             value: text.isEmpty ? nil : text)]))]
            case .entry:
                guard let entry = typedEntry(text) else {
                    review.editing = edit
                    return []
                }
                if let refusal = TaskEntry.refusal(entry.text) {
                    review.editing = edit
                    refuse(refusal)
                    return []
                }
                guard !entry.text.isEmpty else { return [] }
                let outcome = review.draft?.outcome ?? ""
                review.draft?.outcome = outcome.isEmpty ? entry.text : outcome + "; " + entry.text
                return [.perform(.addEntry(task: task, date: entry.date, text: entry.text))]
            case .extensionDate:
                guard let due = extensionDate(text, of: task) else {
                    review.editing = edit
                    return []
                }
                review.editing = ReviewEdit(field: .extensionReason(due: due), editor: LineEditor())
            case let .extensionReason(due):
                guard !text.isEmpty else {
                    review.editing = edit
                    refuse(EditError.extensionWithoutReason)
                    return []
                }
                let day = review.minutes.date.formatted(language)
                let title = review.minutes.title
                // The meeting as the decider: its title, with its day unless the title says it.
                let meeting = title.contains(day) ? title : title + language.pick(vi: " ngày ", en: " of ") + day
                let decided = language.pick(vi: "Gia hạn đến \(due.formatted(.vi)): ", en: "Extended to \(due.formatted(.en)): ") + text
                let decision = review.draft?.decision ?? ""
                review.draft?.decision = decision.isEmpty ? decided : decision + "; " + decided
                return [.perform(.extend(task: task, to: due, reason: text, decidedBy: meeting, language: language))]
            case .outcome: review.draft?.outcome = text
            case .opinions: review.draft?.opinions = text
            case .decision: review.draft?.decision = text
            case .responsible: review.draft?.responsible = text
            case .agendaTask:
                return addToAgenda(text, edit, &review)
            case .title, .place, .chair, .chairTitle, .secretary, .attendees: break
            }
        default: break
        }
        return []
    }

    /// Adds a task, by its id as typed, to the end of the agenda, and writes the agenda in the
    /// minutes; an id that names no task, or a task already on the agenda, keeps what was typed.
    private mutating func addToAgenda(_ text: String, _ edit: ReviewEdit, _ review: inout ReviewState) -> [Effect] {
        guard !text.isEmpty else { return [] }
        guard let task = plan.taskIndex(id: text), let id = plan.tasks[task].id else {
            review.editing = edit
            tell("Không có nhiệm vụ mã “\(text)”", "No task has the id “\(text)”", isError: true)
            return []
        }
        guard !review.minutes.agenda.contains(id) else {
            review.editing = edit
            tell("\(id) đã có trong chương trình", "\(id) is already on the agenda", isError: true)
            return []
        }
        review.minutes.agenda.append(id)
        tell("Đã thêm \(id) vào cuối chương trình (\(review.minutes.agenda.count) nhiệm vụ)",
             "Added \(id) at the end of the agenda (\(review.minutes.agenda.count) tasks)")
        return [.setAgenda(review.minutes.agenda)]
    }

    /// Records the task on screen with its status, due date and progress as they are now,
    /// and goes on. A task recorded before has its item replaced, where it stands: the minutes
    /// hold one item per task, in the order of the agenda.
    private mutating func record(_ task: Int, _ review: inout ReviewState) -> [Effect] {
        guard let draft = review.draft else { return [] }
        let item = completed(draft, task: task)
        review.minutes.record(item)
        review.draft = item
        review.drafts[item.taskId] = nil
        review.skipped.removeAll { $0 == item.taskId }
        advance(&review)
        return [.recordItem(item, agenda: review.minutes.agenda)]
    }

    /// An item as it is recorded: with the task's status, due date and progress as they are
    /// now, and the time it is recorded.
    func completed(_ draft: MinutesItem, task: Int) -> MinutesItem {
        var item = draft
        let current = plan.tasks[task]
        item.statusAfter = current.status
        item.dueAfter = current.due
        item.progress = current.progress?.text ?? ""
        item.to = now
        return item
    }

    /// Goes to the next task not yet recorded nor passed over; then to the passed-over ones;
    /// then the meeting is at its end.
    private mutating func advance(_ review: inout ReviewState) {
        let recorded = Set(review.minutes.items.map(\.taskId))
        let agenda = review.minutes.agenda
        if let next = agenda.indices.first(where: { $0 > review.position && !recorded.contains(agenda[$0])
                                                    && !review.skipped.contains(agenda[$0]) })
            ?? agenda.indices.first(where: { review.skipped.contains(agenda[$0]) && $0 != review.position }) {
            arrive(at: next, &review)
        } else {
            arrive(at: agenda.count, &review)
            let end = keyName(.endReview, in: .review)
            tell("Đã xét hết chương trình; \(end) để kết thúc cuộc họp", "The agenda is done; \(end) ends the meeting")
        }
    }

    /// Puts an agenda task on screen. What was typed for the task on screen is kept for when
    /// the meeting comes back to it; the task arrived at shows what was typed for it and not
    /// recorded, else what the minutes recorded, else a fresh draft.
    func arrive(at position: Int, _ review: inout ReviewState) {
        if let draft = review.draft, draft != review.minutes.item(forTask: draft.taskId) {
            review.drafts[draft.taskId] = draft
        }
        review.position = position
        guard let id = review.currentTaskId, let task = plan.taskIndex(reference: id) else {
            review.draft = nil
            return
        }
        if let kept = review.drafts[id] ?? review.minutes.item(forTask: id) {
            review.draft = kept
            return
        }
        let value = plan.tasks[task]
        review.draft = MinutesItem(taskId: id, title: value.title, statusBefore: value.status, statusAfter: value.status,
                                   dueBefore: value.due, dueAfter: value.due, progressBefore: value.progress?.text ?? "",
                                   progress: value.progress?.text ?? "",
                                   from: now)
    }

    /// Ends the meeting: the summary screen, and the closing time in the minutes.
    private mutating func finish(_ review: inout ReviewState) -> [Effect] {
        review.minutes.ended = now
        review.stage = .summary
        review.editing = nil
        // The summary's bottom row gives its keys; it shows a message only for a paper written from it.
        message = nil
        remember(review.minutes)
        return [.endMeeting(now)]
    }
}

extension AppState {
    /// Takes in a meeting's minutes as they now stand (a meeting that ended): the meetings the
    /// detail pane and the report read, and what they recorded by task.
    mutating func remember(_ minutes: MeetingMinutes) {
        if let known = meetings.firstIndex(where: { $0.isSameMeeting(as: minutes) }) {
            meetings[known] = minutes
        } else {
            meetings.append(minutes)
        }
        meetingNotes = Self.notes(of: meetings)
    }

    /// What the meetings recorded, by task id, newest first.
    static func notes(of meetings: [MeetingMinutes]) -> [String: [MeetingNote]] {
        var notes: [String: [MeetingNote]] = [:]
        for minutes in meetings.reversed() {
            for item in minutes.items {
                let text = item.decision.isEmpty ? item.outcome : item.decision
                notes[item.taskId, default: []].append(MeetingNote(date: minutes.date, title: minutes.title, text: text))
            }
        }
        return notes
    }

    /// The minutes file of the meeting under way was created.
    mutating func meetingStarted(path: String) {
        guard case var .review(review) = mode else { return }
        review.minutesPath = path
        mode = .review(review)
        message = StatusMessage(language.pick(vi: "Biên bản: ", en: "Minutes: ") + path)
    }
}

extension AppState {
    /// Goes on with a meeting that was cut off (its minutes have no closing line): the
    /// walk starts at the first agenda task without an item, or, when every task has one (the
    /// last was written as the window closed), at the last task, to finish it.
    mutating func resumeReview(_ minutes: MeetingMinutes, path: String) {
        var review = ReviewState(stage: .walking, minutes: minutes)
        review.minutesPath = path
        let first = minutes.agenda.firstIndex { minutes.remaining.contains($0) } ?? max(0, minutes.agenda.count - 1)
        arrive(at: first, &review)
        mode = .review(review)
        message = StatusMessage(language.pick(vi: "Họp tiếp: đã xét \(minutes.items.count)/\(minutes.agenda.count) nhiệm vụ",
                                              en: "Meeting resumed: \(minutes.items.count) of \(minutes.agenda.count) reviewed"))
    }
}
