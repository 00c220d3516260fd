import Terminal
import WorkplanCore

/// One agenda task in large readable form: its title in bold over several lines, where it is
/// in the plan, its units with full names, due date and how late, progress, note, what
/// earlier meetings recorded, and what this meeting records for it.
enum ReviewTaskView {
    /// Draws the task between the top bar and the bottom row.
    static func draw(_ state: AppState, task: Int, draft: MinutesItem, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let plan = state.plan
        let value = plan.tasks[task]
        let width = max(10, grid.columns - 4)
        var row = 2
        let bottom = grid.rows - 2
        func line(_ label: String, _ text: String, _ role: Role) {
            for (index, piece) in TextWrap.lines(text, width: width - TextWidth.of(label), limit: max(0, bottom - row)).enumerated()
            where row < bottom {
                grid.fill(row: row, style: theme[.detail])
                if index == 0 { grid.put(label, row: row, column: 2, style: theme[.detailLabel]) }
                grid.put(piece, row: row, column: 2 + TextWidth.of(label), style: theme[role])
                row += 1
            }
        }
        let statusRole: Role = plan.isOverdue(task, on: state.today) ? .overdue : .mark
        grid.put(TextForm.visible(draft.taskId) + "  [" + String(value.mark) + "] "
                 + (value.status?.name(language) ?? ""), row: row, column: 2, style: theme[statusRole])
        row += 2
        for piece in TextWrap.lines(TextForm.visible(value.title), width: width).prefix(4) where row < bottom {
            grid.put(piece, row: row, column: 2, style: theme[.detail].adding(.bold))
            row += 1
        }
        row += 1
        let details = DetailView.taskLines(task, state, noteLines: grid.rows * grid.columns).dropFirst()
        for detail in details where !detail.label.isEmpty && detail.role != .note && !detail.isEntry && row < bottom {
            line(detail.label, detail.text, detail.role)
        }
        let note = plan.note(of: task, firstLines: grid.rows * grid.columns)
        if !note.isEmpty {
            line(language.pick(vi: "Ghi chú: ", en: "Note: "), NoteFlow.shown(note), .note)
        }
        for entry in details where entry.isEntry && !entry.label.isEmpty && row < bottom {
            line(entry.label, entry.text, entry.role)
        }
        if let notes = state.meetingNotes[draft.taskId], !notes.isEmpty {
            for earlier in notes.prefix(3) where row < bottom {
                line(language.pick(vi: "Họp trước: ", en: "Earlier: "),
                     earlier.date.formatted(language) + " " + TextForm.visible(earlier.title)
                        + (earlier.text.isEmpty ? "" : " — " + TextForm.visible(earlier.text)), .note)
            }
        }
        guard row < bottom - 1 else { return }
        row += 1
        grid.put(String(repeating: "─", count: grid.columns), row: row, column: 0, style: theme[.tree])
        row += 1
        let yes = language.pick(vi: "có", en: "yes")
        let no = language.pick(vi: "không", en: "no")
        for (label, text) in [(MinutesLabel.outcome, draft.outcome), (.opinions, draft.opinions), (.decision, draft.decision),
                              (.responsible, draft.responsible)] {
            line(label.text(language) + ": ", text.isEmpty ? "—" : TextForm.visibleLines(text), .detail)
        }
        line(MinutesLabel.followUp.text(language) + ": ", draft.followUp ? yes : no, .detail)
    }
}
