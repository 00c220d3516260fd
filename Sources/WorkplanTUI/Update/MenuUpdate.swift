import WorkplanCore

extension AppState {
    /// The list of statuses for a task, the current one marked; digits 1–6 choose directly.
    func statusMenu(for task: Int) -> MenuState {
        let current = plan.status(ofTask: task)
        let items = TaskStatus.allCases.map { status in
            MenuState.Item(label: "[\(status.mark)] \(status.name(language))",
                           isCurrent: status == current, choice: .status(status))
        }
        return MenuState(title: language.pick(vi: "Trạng thái", en: "Status"), items: items,
                         selected: TaskStatus.allCases.firstIndex { $0 == current } ?? 0)
    }

    /// The list of filters: statuses and due periods, lead units, tracks.
    func filterMenu() -> MenuState {
        var items = TreeFilter.StatusChoice.allCases.map { choice in
            MenuState.Item(label: choice.name(language), isCurrent: filter.status == choice,
                           choice: .filterStatus(choice))
        }
        let leadWord = language.pick(vi: "Chủ trì: ", en: "Lead: ")
        items += plan.units.map { unit in
            MenuState.Item(label: leadWord + unit.code + " — " + unit.name, isCurrent: filter.lead == unit.code,
                           choice: .filterLead(unit.code))
        }
        let trackWord = language.pick(vi: "Mảng: ", en: "Track: ")
        items += plan.tracks.indices.filter { !plan.tracks[$0].title.isEmpty }.map { track in
            MenuState.Item(label: trackWord + plan.tracks[track].title, isCurrent: filter.track == track,
                           choice: .filterTrack(track))
        }
        items.append(MenuState.Item(label: language.pick(vi: "Bỏ lọc", en: "Clear the filter"),
                                    isCurrent: false, choice: .clearFilter))
        return MenuState(title: language.pick(vi: "Lọc (chọn lại để bỏ)", en: "Filter (choose again to clear)"),
                         items: items, selected: 0)
    }

    /// A key while choosing from a list.
    mutating func choosing(_ menu: MenuState, _ action: Action) -> [Effect] {
        var menu = menu
        switch action {
        case .moveUp: menu.move(-1)
        case .moveDown: menu.move(1)
        case .cancel:
            mode = .browse
            return []
        case .confirm:
            mode = .browse
            return menu.items.indices.contains(menu.selected) ? choose(menu.items[menu.selected].choice) : []
        case let .input(.text(scalar)):
            guard let item = menu.item(numbered: scalar) else { return [] }
            mode = .browse
            return choose(menu.items[item].choice)
        default: return []
        }
        mode = .menu(menu)
        return []
    }

    private mutating func choose(_ choice: MenuState.Choice) -> [Effect] {
        var newFilter = filter
        switch choice {
        case let .status(status):
            guard let task = selectedTask else { return [] }
            return [.perform(.setStatus(task: task, status: status))]
        case let .filterStatus(status): newFilter.status = filter.status == status ? nil : status
        case let .filterLead(code): newFilter.lead = filter.lead == code ? nil : code
        case let .filterTrack(track): newFilter.track = filter.track == track ? nil : track
        case .clearFilter: newFilter = TreeFilter()
        case .agenda, .resumeMeeting, .closeMeeting: return []
        }
        setFilter(newFilter)
        return []
    }
}
