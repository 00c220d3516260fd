import Terminal
import WorkplanCore

/// The selected task in full: title, place in the plan, units with their full names, dates,
/// progress, other fields and the note. On a small screen, one line.
enum DetailView {
    /// Draws the detail pane of the layout.
    static func draw(_ state: AppState, layout: Layout, theme: Theme, into grid: inout Grid) {
        guard !layout.detail.isEmpty else { return }
        let lines = state.isLoading ? [] : content(state)
        if layout.detail.count == 1 {
            let row = layout.detail.lowerBound
            grid.fill(row: row, style: theme[.detail])
            let summary = lines.dropFirst().filter { !$0.isPlace }.map(\.text).joined(separator: " · ")
            grid.put(TextWidth.truncate(summary, to: grid.columns), row: row, column: 0, style: theme[.detail])
            return
        }
        let rule = layout.detail.lowerBound
        grid.fill(row: rule, style: theme[.tree])
        grid.put(String(repeating: "─", count: grid.columns), row: rule, column: 0, style: theme[.tree])
        var row = rule + 1
        let width = max(1, grid.columns - 2)
        let query = state.highlightQuery.map(TextFolding.fold)
        for line in lines {
            let room = layout.detail.upperBound - row
            for (index, piece) in TextWrap.lines(line.text, width: width - TextWidth.of(line.label), limit: room).enumerated() {
                guard row < layout.detail.upperBound else { return }
                grid.fill(row: row, style: theme[line.role])
                var column = 1
                if index == 0, !line.label.isEmpty {
                    column = grid.put(line.label, row: row, column: column, style: theme[.detailLabel])
                } else {
                    column += TextWidth.of(line.label)
                }
                grid.put(piece, row: row, column: column, style: theme[line.role])
                if let query, !query.isEmpty, line.role == .note || line.role == .detail {
                    MatchHighlight.apply(query: query, in: piece, row: row, column: column, style: theme[.searchMatch], into: &grid)
                }
                row += 1
            }
        }
    }

    /// A line of the pane: a label, its text, and the role to draw the text in.
    struct Line {
        let label: String
        let text: String
        let role: Role
        /// True for the line that tells where the task is in the plan (left out of the one-line form).
        var isPlace = false
        /// True for a line of the task's latest dated entries (drawn after the note by screens
        /// that draw the note themselves).
        var isEntry = false
    }

    /// The pane's lines for the selection.
    static func content(_ state: AppState) -> [Line] {
        let language = state.language
        switch state.selection {
        case let .track(track)?:
            let rollup = state.plan.trackRollup(of: track)
            let count = state.plan.tracks[track].tasks.count
            return [
                Line(label: "", text: TextForm.visible(state.plan.tracks[track].title), role: .detail),
                Line(label: language.pick(vi: "Nhiệm vụ: ", en: "Tasks: "),
                     text: language.pick(vi: "\(count) nhiệm vụ; việc chính xong \(rollup.done)/\(rollup.total)",
                                         en: "\(count) tasks; top-level done \(rollup.done)/\(rollup.total)"),
                     role: .detail),
            ]
        case let .task(index)?:
            // A note line fills at least one cell: the pane never shows more lines than cells.
            return taskLines(index, state, noteLines: state.layout.detail.count * max(1, state.size.columns))
        case nil:
            return []
        }
    }

    /// The pane's lines for a task; with `withMeetings`, a short line for each meeting that
    /// discussed it.
    /// With `noteLines`, only the note's first lines are read: what a pane can show.
    static func taskLines(_ index: Int, _ state: AppState, withMeetings: Bool = true, noteLines: Int = .max) -> [Line] {
        let language = state.language
        let plan = state.plan
        let task = plan.tasks[index]
        var lines = [Line(label: "", text: TextForm.visible(task.title), role: .detail)]
        let track = plan.tracks[task.track].title
        let parents = plan.ancestors(of: index).reversed().map { TextForm.visible(plan.tasks[$0].title) }
        let place = ([track.isEmpty ? nil : track].compactMap { $0 } + parents).joined(separator: " › ")
        if !place.isEmpty {
            lines.append(Line(label: language.pick(vi: "Thuộc: ", en: "In: "), text: place, role: .detail, isPlace: true))
        }
        var status = [task.status?.name(language) ?? language.pick(vi: "dấu lạ “\(task.mark)”", en: "unknown mark “\(task.mark)”")]
        if let progress = task.progress { status.append(language.pick(vi: "tiến độ ", en: "progress ") + progress.formatted(language)) }
        if plan.hasChildren(index) {
            let rollup = plan.childRollup(of: index)
            status.append(language.pick(vi: "việc con xong \(rollup.done)/\(rollup.total)", en: "subtasks done \(rollup.done)/\(rollup.total)")
                          + " (" + Percent.format(rollup.done, of: rollup.total, language) + ")")
        }
        if let id = task.id { status.append(language.pick(vi: "mã ", en: "id ") + TextForm.visible(id)) }
        lines.append(Line(label: language.pick(vi: "Trạng thái: ", en: "Status: "), text: status.joined(separator: " · "),
                          role: .detail))
        var units: [String] = []
        if let lead = task.lead { units.append(language.pick(vi: "chủ trì ", en: "lead ") + unitText(lead, plan)) }
        if !task.coordinators.isEmpty {
            units.append(language.pick(vi: "phối hợp ", en: "with ") + task.coordinators.map { unitText($0, plan) }.joined(separator: "; "))
        }
        if !units.isEmpty {
            lines.append(Line(label: language.pick(vi: "Đơn vị: ", en: "Units: "), text: units.joined(separator: " · "), role: .unit))
        }
        if !task.persons.isEmpty {
            let persons = task.persons.map { handle in
                TextForm.visible(plan.person(handle: handle).map { person in
                    person.name + (person.title.map { ", " + $0 } ?? "") + " (" + handle + ")"
                } ?? handle)
            }
            lines.append(Line(label: language.pick(vi: "Theo dõi: ", en: "Followed by: "), text: persons.joined(separator: "; "),
                              role: .unit))
        }
        if let document = task.document {
            let date = task.documentDate.map { language.pick(vi: " ngày ", en: " of ") + $0.formatted(language) } ?? ""
            lines.append(Line(label: language.pick(vi: "Văn bản giao: ", en: "Assigned by: "),
                              text: TextForm.visible(document + date), role: .detail))
        }
        if let product = task.product {
            lines.append(Line(label: language.pick(vi: "Sản phẩm: ", en: "Output: "), text: TextForm.visible(product),
                              role: .detail))
        }
        let tags = task.fields.filter { $0.key == Field.Key.tag }.map { TypedField.shown(key: Field.Key.tag, value: $0.value, language) }
        if !tags.isEmpty {
            lines.append(Line(label: language.pick(vi: "Thẻ: ", en: "Tags: "), text: TextForm.visible(tags.joined(separator: ", ")),
                              role: .detail))
        }
        if let dates = dateText(index, state, extendedFrom: plan.extensions(of: index).first?.from) {
            lines.append(Line(label: language.pick(vi: "Thời hạn: ", en: "Dates: "), text: dates.text, role: dates.role))
        }
        let known: Set<String> = [Field.Key.id, Field.Key.lead, Field.Key.with, Field.Key.person, Field.Key.due,
                                  Field.Key.start, Field.Key.done, Field.Key.progress, Field.Key.document,
                                  Field.Key.documentDate, Field.Key.product, Field.Key.share, Field.Key.tag]
        let others = task.fields.filter { !known.contains($0.key) }.map { TextForm.visible($0.token) }
        if !others.isEmpty {
            lines.append(Line(label: language.pick(vi: "Khác: ", en: "Other: "), text: others.joined(separator: " "), role: .detail))
        }
        if withMeetings, let id = task.id, let notes = state.meetingNotes[id] {
            for earlier in notes {
                lines.append(Line(label: language.pick(vi: "Họp: ", en: "Meeting: "),
                                  text: earlier.date.formatted(language) + " " + TextForm.visible(earlier.title)
                                    + (earlier.text.isEmpty ? "" : " — " + TextForm.visible(earlier.text)), role: .note))
            }
        }
        let entries = plan.entries(of: index)
        if let totals = totalsLine(index, entries, state) { lines.append(totals) }
        let note = plan.note(of: index, firstLines: noteLines)
        if !note.isEmpty {
            lines.append(Line(label: language.pick(vi: "Ghi chú: ", en: "Note: "),
                              text: NoteFlow.shown(note), role: .note))
        }
        return lines + latestEntries(entries, state, latest: noteLines == .max ? .max : 3)
    }

    /// What the task's dated entries add up to: `Kết quả: 9 buổi tiếp công dân, … (9 lần ghi,
    /// 15/01/2021–15/10/2021)`; nil when no entry holds a count.
    private static func totalsLine(_ index: Int, _ entries: [TaskEntry], _ state: AppState) -> Line? {
        let language = state.language
        let totals = EntryTotals(entries, shares: state.plan.tasks[index].shares)
        guard !totals.sums.isEmpty, let span = totals.span else { return nil }
        let days = span.lowerBound == span.upperBound ? span.lowerBound.formatted(language)
            : span.lowerBound.formatted(language) + "–" + span.upperBound.formatted(language)
        return Line(label: language.pick(vi: "Kết quả: ", en: "Results: "),
                    text: TextForm.visible(totals.formatted(language)) + " ("
                        + EntryTotals.entryCount(totals.countedEntries, language) + ", " + days + ")",
                    role: .progress)
    }

    /// The `latest` entries, newest first, after the note (which a small pane keeps first), and
    /// how many earlier ones there are.
    private static func latestEntries(_ entries: [TaskEntry], _ state: AppState, latest: Int) -> [Line] {
        let language = state.language
        let newest = entries.enumerated().sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }
        var lines = newest.prefix(latest).map { _, entry in
            if let granted = entry.deadlineExtension {
                return Line(label: language.pick(vi: "Gia hạn: ", en: "Extended: "), text: TextForm.visible(granted.summary(language)),
                            role: .date, isEntry: true)
            }
            return Line(label: language.pick(vi: "Mục ghi: ", en: "Entry: "),
                        text: entry.date.formatted(language) + " — " + TextForm.visible(entry.text),
                        role: entry.isProgressNote ? .note : .detail, isEntry: true)
        }
        if entries.count > latest {
            lines.append(Line(label: "", text: language.pick(vi: "… và \(entries.count - latest) mục ghi trước đó (i: xem hết)",
                                                           en: "… and \(entries.count - latest) earlier entries (i: see all)"),
                              role: .note, isEntry: true))
        }
        return lines
    }

    private static func unitText(_ code: String, _ plan: Plan) -> String {
        let name = plan.unitName(code)
        return name == code ? TextForm.visible(code) : TextForm.visible(code + " — " + name)
    }

    /// The dates line: start, due date (with its first deadline when extended, and the working
    /// day it counts at when it falls on a day off and the office counts so), done date, each
    /// with how it stands today.
    private static func dateText(_ index: Int, _ state: AppState, extendedFrom: PlanDate?) -> (text: String, role: Role)? {
        let language = state.language
        let plan = state.plan
        let task = plan.tasks[index]
        var parts: [String] = []
        var role = Role.date
        if let start = task.start { parts.append(language.pick(vi: "bắt đầu ", en: "start ") + start.formatted(language)) }
        let deadline = plan.deadlineState(ofTask: index, on: state.today)
        let calendar = plan.calendar
        if let due = task.due, let counted = plan.deadline(ofTask: index) {
            var text = language.pick(vi: "hạn ", en: "due ") + due.formatted(language)
            if counted != due {
                text += language.pick(vi: ", tính đến ", en: ", counted to ") + counted.formatted(language)
            }
            if let first = extendedFrom {
                text += language.pick(vi: ", gia hạn từ ", en: ", extended from ") + first.formatted(language)
            }
            if deadline == .overdue, let age = OverdueAge(due: counted, on: state.today, calendar: calendar) {
                text += language.pick(vi: " (quá hạn ", en: " (overdue ") + age.text(language) + ")"
                role = .overdue
            } else if deadline == .notYetDue {
                let days = state.today.days(to: counted)
                let working = calendar.workingDays(after: state.today, through: counted)
                text += days == 0 ? language.pick(vi: " (hôm nay)", en: " (today)")
                    : language.pick(vi: " (còn \(language.count(days, vi: "ngày", en: "day")), \(working) ngày làm việc)",
                                    en: " (in \(language.count(days, vi: "ngày", en: "day")), "
                                        + language.count(working, vi: "ngày làm việc", en: "working day") + ")")
                if plan.isDueSoon(index, on: state.today, rule: state.dueSoon) { role = .dueSoon }
            }
            parts.append(text)
        }
        if let done = task.doneDate {
            var text = language.pick(vi: "xong ", en: "done ") + done.formatted(language)
            if deadline == .doneLate, let counted = plan.deadline(ofTask: index),
               let age = OverdueAge(due: counted, on: done, calendar: calendar) {
                text += language.pick(vi: " (quá hạn ", en: " (late by ") + age.text(language) + ")"
                role = .doneLate
            } else if deadline == .doneOnTime {
                text += language.pick(vi: " (đúng hạn)", en: " (on time)")
            }
            parts.append(text)
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " · "), role)
    }
}
