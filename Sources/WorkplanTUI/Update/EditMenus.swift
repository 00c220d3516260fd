import Terminal
import WorkplanCore

/// The fields the fields list (`c`) offers, in the order an officer fills a task in, with the
/// names the list and the edit line give them.
enum EditableField: CaseIterable {
    case start, due, done, lead, with, person, document, documentDate, product, tag, progress, received, eligible, handled, unit

    /// The field's key in the file.
    var key: String {
        switch self {
        case .start: Field.Key.start
        case .due: Field.Key.due
        case .done: Field.Key.done
        case .lead: Field.Key.lead
        case .with: Field.Key.with
        case .person: Field.Key.person
        case .document: Field.Key.document
        case .documentDate: Field.Key.documentDate
        case .product: Field.Key.product
        case .tag: Field.Key.tag
        case .progress: Field.Key.progress
        case .received: CountKey.received.rawValue
        case .eligible: CountKey.eligible.rawValue
        case .handled: CountKey.handled.rawValue
        case .unit: CountedResult.unitKey
        }
    }

    /// The field's name.
    func name(_ language: Language) -> String {
        switch self {
        case .start: language.pick(vi: "Ngày bắt đầu", en: "Start date")
        case .due: language.pick(vi: "Hạn hoàn thành", en: "Due date")
        case .done: language.pick(vi: "Ngày hoàn thành", en: "Done on")
        case .lead: language.pick(vi: "Đơn vị chủ trì", en: "Lead unit")
        case .with: language.pick(vi: "Đơn vị phối hợp", en: "Coordinating units")
        case .person: language.pick(vi: "Người theo dõi", en: "Followed by")
        case .document: language.pick(vi: "Văn bản giao (số, ký hiệu)", en: "Assigned by (document number)")
        case .documentDate: language.pick(vi: "Ngày của văn bản giao", en: "That document's date")
        case .product: language.pick(vi: "Sản phẩm", en: "Output")
        case .tag: language.pick(vi: "Thẻ", en: "Tags")
        case .progress: language.pick(vi: "Tiến độ", en: "Progress")
        case .received: language.pick(vi: "Số tiếp nhận", en: "Received")
        case .eligible: language.pick(vi: "Số đủ điều kiện", en: "Eligible")
        case .handled: language.pick(vi: "Số đã xử lý", en: "Handled")
        case .unit: language.pick(vi: "Đơn vị tính của các số", en: "What the counts count")
        }
    }

    /// What the edit line says can be typed.
    func hint(_ language: Language) -> String {
        switch self {
        case .start, .due, .done, .documentDate: language.pick(vi: "10/07/2021, 10/7, +7, +5nlv", en: "2021-07-10, 10/7, +7, +5wd")
        case .lead: language.pick(vi: "một mã đơn vị", en: "one unit code")
        case .with, .person, .tag: language.pick(vi: "cách nhau bằng dấu phẩy", en: "separated by commas")
        case .document: language.pick(vi: "không có khoảng trắng, ví dụ 12/TB-HĐND", en: "no spaces, for example 12/TB-HĐND")
        case .product, .unit: language.pick(vi: "chữ có dấu cách được", en: "words, spaces allowed")
        case .progress: language.pick(vi: "a/b hoặc N%", en: "a/b or N%")
        case .received, .eligible, .handled: language.pick(vi: "số nguyên", en: "a whole number")
        }
    }

    /// The listed field a key is, or nil for another key.
    init?(key: String) {
        guard let field = EditableField.allCases.first(where: { $0.key == key }) else { return nil }
        self = field
    }
}

extension AppState {
    /// The fields of a task to choose one to edit, each with its value now; then the other keys
    /// the task carries, and a line to name any key.
    func fieldMenu(for task: Int) -> MenuState {
        let fields = plan.tasks[task].fields
        let shown = { (key: String) -> String in
            let values = fields.filter { $0.key == key }.map { TypedField.shown(key: key, value: $0.value, language) }
            return TextWidth.truncate(TextForm.visible(values.joined(separator: ", ")), to: 28)
        }
        var items = EditableField.allCases.map { field in
            MenuState.Item(label: field.name(language), isCurrent: false, choice: .editField(field.key), detail: shown(field.key))
        }
        var others: [String] = []
        for field in fields where EditableField(key: field.key) == nil && field.key != Field.Key.id && !others.contains(field.key) {
            others.append(field.key)
        }
        items += others.map { key in
            MenuState.Item(label: TextForm.visible(key), isCurrent: false, choice: .editField(key), detail: shown(key))
        }
        items.append(MenuState.Item(label: language.pick(vi: "Trường khác (tên: giá trị)…", en: "Another field (name: value)…"),
                                    isCurrent: false, choice: .editOtherField))
        let id = plan.tasks[task].id.map { " — " + TextForm.visible($0) } ?? ""
        return MenuState(title: language.pick(vi: "Sửa trường", en: "Edit a field") + id, items: items, selected: 0)
    }

    /// The named tracks to move a task to, its own marked, each with how many tasks it holds.
    func trackMenu(for task: Int) -> MenuState {
        let current = plan.track(ofTask: task)
        let tracks = plan.tracks.indices.filter { plan.tracks[$0].line != nil }
        let items = tracks.map { track in
            MenuState.Item(label: TextForm.visible(plan.tracks[track].title), isCurrent: track == current,
                           choice: .moveToTrack(track),
                           detail: language.pick(vi: "\(plan.tracks[track].tasks.count) nhiệm vụ", en: "\(plan.tracks[track].tasks.count) tasks"))
        }
        return MenuState(title: language.pick(vi: "Chuyển sang mảng", en: "Move to the track"), items: items,
                         selected: tracks.firstIndex { $0 != current } ?? 0)
    }

    /// What to declare: a unit or a person.
    func declareMenu() -> MenuState {
        MenuState(title: language.pick(vi: "Khai báo", en: "Declare"), items: [
            MenuState.Item(label: language.pick(vi: "Đơn vị", en: "A unit"), isCurrent: false, choice: .declare(.unit),
                           detail: "\(plan.units.count)"),
            MenuState.Item(label: language.pick(vi: "Người theo dõi", en: "A person"), isCurrent: false, choice: .declare(.person),
                           detail: "\(plan.persons.count)"),
        ], selected: 0)
    }
}
