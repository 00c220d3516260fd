extension MinutesItem {
    /// What the meeting changed or recorded for the task, each with its label, in the order of
    /// the minutes: the status and the due date only when they changed (`before → after`), then
    /// the progress (`before → after` when it changed), outcome, decision and who is responsible when given, and `có` when the task
    /// is to be followed up. For a screen that shows a meeting's work on a task.
    public func recorded(_ language: Language) -> [(label: MinutesLabel, value: String)] {
        var lines: [(label: MinutesLabel, value: String)] = []
        if statusChanged {
            let name = { (status: TaskStatus?) in status?.name(language) ?? MinutesNone.word(language) }
            lines.append((.status, name(statusBefore) + " → " + name(statusAfter)))
        }
        if dueChanged {
            let day = { (due: PlanDate?) in due?.formatted(language) ?? MinutesNone.word(language) }
            lines.append((.due, day(dueBefore) + " → " + day(dueAfter)))
        }
        for (label, text) in [(MinutesLabel.progress, progressText(language)), (.outcome, outcome), (.decision, decision),
                              (.responsible, responsible)] where !text.isEmpty {
            lines.append((label, TextForm.visibleLines(text)))
        }
        if followUp { lines.append((.followUp, language.pick(vi: "có", en: "yes"))) }
        return lines
    }
}
