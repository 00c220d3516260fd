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

    /// The list of filters: the officer's own tasks (when who they are is known), statuses and
    /// due periods, persons, lead units, units that lead or coordinate, tracks.
    func filterMenu() -> MenuState {
        var items: [MenuState.Item] = []
        if let user, plan.persons.isEmpty || plan.person(handle: user) != nil {
            let me = plan.person(handle: user)
            items.append(MenuState.Item(label: language.pick(vi: "Việc của tôi (", en: "My tasks (") + (me?.name ?? user) + ")",
                                        isCurrent: filter.person == (me?.handle ?? user),
                                        choice: .filterPerson(me?.handle ?? user)))
        }
        items += TreeFilter.StatusChoice.allCases.map { choice in
            MenuState.Item(label: choice.name(language), isCurrent: filter.status == choice,
                           choice: .filterStatus(choice))
        }
        let personWord = language.pick(vi: "Người theo dõi: ", en: "Followed by: ")
        items += plan.persons.map { person in
            MenuState.Item(label: personWord + person.name + " (" + person.handle + ")",
                           isCurrent: filter.person == person.handle, choice: .filterPerson(person.handle))
        }
        let leadWord = language.pick(vi: "Chủ trì: ", en: "Lead: ")
        items += plan.units.map { unit in
            MenuState.Item(label: leadWord + unit.code + " — " + unit.name, isCurrent: filter.lead == unit.code,
                           choice: .filterLead(unit.code))
        }
        let unitWord = language.pick(vi: "Chủ trì hoặc phối hợp: ", en: "Leads or coordinates: ")
        items += plan.units.map { unit in
            MenuState.Item(label: unitWord + unit.code + " — " + unit.name, isCurrent: filter.unit == unit.code,
                           choice: .filterUnit(unit.code))
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
        case let .filterUnit(code): newFilter.unit = filter.unit == code ? nil : code
        case let .filterPerson(handle): newFilter.person = filter.person == handle ? nil : handle
        case let .filterTrack(track): newFilter.track = filter.track == track ? nil : track
        case .clearFilter: newFilter = TreeFilter()
        case let .editField(key):
            guard let task = selectedTask else { return [] }
            beginFieldEdit(key, of: task)
            return []
        case .editOtherField:
            guard let task = selectedTask else { return [] }
            beginFieldEdit(nil, of: task)
            return []
        case let .moveToTrack(track):
            guard let task = selectedTask else { return [] }
            return [.perform(.moveToTrack(task: task, track: track))]
        case let .declare(kind):
            mode = .edit(EditState(target: .declaration(kind), editor: LineEditor()))
            return []
        case .agenda, .resumeMeeting, .closeMeeting: return []
        }
        setFilter(newFilter)
        return []
    }
}
