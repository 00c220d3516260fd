import WorkplanCore

extension AppState {
    /// The choices of agenda for a meeting, each with how many tasks it holds: first the meeting
    /// that was cut off, to go on with or to close; the tasks earlier meetings marked to follow up; overdue
    /// (in all and per track), due this week, month or quarter, open, the current filter, each
    /// track's and each lead unit's open tasks.
    func agendaMenu() -> MenuState {
        var items: [MenuState.Item] = []
        if let cutOff = unfinishedMeeting {
            items.append(MenuState.Item(
                label: language.pick(vi: "Họp tiếp: ", en: "Go on with: ") + cutOff.title, isCurrent: false, choice: .resumeMeeting,
                detail: language.pick(vi: "(đã xét \(cutOff.items.count)/\(cutOff.agenda.count))",
                                      en: "(\(cutOff.items.count) of \(cutOff.agenda.count) reviewed)")))
            items.append(MenuState.Item(
                label: language.pick(vi: "Kết thúc, không họp tiếp: ", en: "Close without going on: ") + cutOff.title,
                isCurrent: false, choice: .closeMeeting,
                detail: language.pick(vi: "(giữ \(cutOff.items.count) mục đã ghi)", en: "(keeps the \(cutOff.items.count) recorded)")))
        }
        // The open tasks hold every other list but the current filter's: they are found once,
        // named once, and split by track and by lead unit, so that the menu costs a few scans of
        // the plan whatever the number of tracks and units.
        var open = TreeFilter()
        open.status = .open
        let openTasks = open.apply(to: plan, today: today)
        var references = [String?](repeating: nil, count: plan.taskCount)
        for task in openTasks { references[task] = reference(of: task) }
        func add(_ label: String, _ tasks: [Int]) {
            guard !tasks.isEmpty else { return }
            items.append(MenuState.Item(label: label, isCurrent: false,
                                        choice: .agenda(tasks.map { references[$0] ?? reference(of: $0) }),
                                        detail: "(\(tasks.count))"))
        }
        let marked = followUps()
        let toFollow = openTasks.compactMap { references[$0] }.filter { marked.contains($0) }
        if !toFollow.isEmpty {
            items.append(MenuState.Item(label: language.pick(vi: "Việc theo dõi tiếp từ các cuộc họp trước",
                                                             en: "Follow-ups from earlier meetings"),
                                        isCurrent: false, choice: .agenda(toFollow), detail: "(\(toFollow.count))"))
        }
        let named = plan.tracks.indices.filter { !plan.tracks[$0].title.isEmpty }
        var overdue = TreeFilter()
        overdue.status = .overdue
        let overdueTasks = overdue.apply(to: plan, today: today)
        add(language.pick(vi: "Nhiệm vụ quá hạn", en: "Overdue tasks"), overdueTasks)
        let overdueByTrack = Dictionary(grouping: overdueTasks, by: plan.track(ofTask:))
        for track in named {
            add(language.pick(vi: "Quá hạn · mảng ", en: "Overdue · track ") + plan.tracks[track].title, overdueByTrack[track] ?? [])
        }
        for choice in [TreeFilter.StatusChoice.dueThisWeek, .dueThisMonth, .dueThisQuarter] {
            var due = TreeFilter()
            due.status = choice
            add(language.pick(vi: "Nhiệm vụ có ", en: "Tasks ") + choice.name(language), due.apply(to: plan, today: today))
        }
        add(language.pick(vi: "Tất cả nhiệm vụ chưa xong", en: "All open tasks"), openTasks)
        if !filter.isEmpty {
            add(language.pick(vi: "Theo bộ lọc đang dùng: ", en: "The current filter: ") + filter.summary(language, plan: plan),
                filter.apply(to: plan, today: today))
        }
        let openByTrack = Dictionary(grouping: openTasks, by: plan.track(ofTask:))
        for track in named {
            add(language.pick(vi: "Mảng: ", en: "Track: ") + plan.tracks[track].title, openByTrack[track] ?? [])
        }
        let byLead = TaskFilter.byLead(openTasks, in: plan, codes: plan.units.map(\.code))
        for (unit, tasks) in zip(plan.units, byLead) {
            add(language.pick(vi: "Chủ trì: ", en: "Lead: ") + unit.code + " — " + unit.name, tasks)
        }
        return MenuState(title: language.pick(vi: "Chương trình họp: xét những nhiệm vụ nào?",
                                              en: "Agenda: which tasks to review?"), items: items, selected: 0)
    }

    /// The tasks whose latest review (the meetings are oldest first) marked them to follow up,
    /// as the minutes name them.
    func followUps() -> Set<String> {
        var latest: [String: Bool] = [:]
        for meeting in meetings {
            for item in meeting.items { latest[item.taskId] = item.followUp }
        }
        return Set(latest.filter(\.value).keys)
    }

    /// How the minutes name a task: its id, or `@LINE` when it has none.
    func reference(of task: Int) -> String {
        plan.id(ofTask: task) ?? "@\(plan.line(ofTask: task) + 1)"
    }
}
