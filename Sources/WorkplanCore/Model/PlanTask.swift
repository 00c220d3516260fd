/// One task of a plan, as read from its line: a value made when asked for, from the
/// plan's compact index and the line's bytes.
public struct PlanTask: Sendable {
    /// The index of the task's line in the file (0-based).
    public internal(set) var line: Int
    /// Indentation in columns.
    public internal(set) var indent: Int
    /// 0 for a task at the top of its track, 1 for its subtask, and so on.
    public internal(set) var depth: Int
    /// The status, or nil when the mark is not one of the six.
    public internal(set) var status: TaskStatus?
    /// The mark between the brackets as written.
    public internal(set) var mark: Character
    /// The title as the user reads it (`\:` shown as `:`).
    public internal(set) var title: String
    /// The fields in file order.
    public internal(set) var fields: [Field]
    /// The index of the parent task, or nil for a task at the top of its track.
    public internal(set) var parent: Int?
    /// The index of the task's track.
    public internal(set) var track: Int
    /// How many tasks follow this one in its subtree; they come right after it.
    public internal(set) var descendantCount: Int
    /// The lines of the task's note (empty when it has none).
    public internal(set) var noteLines: Range<Int>

    /// Decodes a task from its slot and its line's content.
    init(slot: TaskSlot, content: ArraySlice<UInt8>) {
        let base = content.startIndex
        line = Int(slot.line)
        indent = Int(slot.indent)
        depth = Int(slot.depth)
        status = slot.status
        mark = String(decoding: content[(base + Int(slot.markStart))..<(base + Int(slot.markEnd))], as: UTF8.self).first
            ?? " "
        title = TaskTitle.unescape(content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))])
        fields = TaskParts.fields(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        parent = slot.parent < 0 ? nil : Int(slot.parent)
        track = Int(slot.track)
        descendantCount = Int(slot.descendants)
        noteLines = Int(slot.noteStart)..<Int(slot.noteEnd)
    }

    /// The first value of a field as written, or nil.
    public func value(_ key: String) -> String? {
        fields.first(where: { $0.key == key })?.value
    }

    /// The first value of a field that `read` accepts: a key written twice counts at its first
    /// valid value, as everywhere (`FirstFields`).
    public func firstValid<Value>(_ key: String, _ read: (String) -> Value?) -> Value? {
        for field in fields where field.key == key {
            if let value = read(field.value) { return value }
        }
        return nil
    }

    /// The task's id, if it has one.
    public var id: String? { value(Field.Key.id) }
    /// The lead unit's code.
    public var lead: String? { value(Field.Key.lead) }
    /// The coordinating units' codes.
    public var coordinators: [String] { list(Field.Key.with) }
    /// The handles of the persons who follow the task, in order, from every `person:`.
    public var persons: [String] { list(Field.Key.person) }
    /// The document that assigned the task (số/ký hiệu), as written.
    public var document: String? { value(Field.Key.document) }
    /// That document's date, if valid.
    public var documentDate: PlanDate? { firstValid(Field.Key.documentDate) { PlanDate(iso: $0) } }
    /// The expected output (sản phẩm), `_` read as a space.
    public var product: String? { value(Field.Key.product).map { String($0.map { $0 == "_" ? " " : $0 }) } }
    /// The tags.
    public var tags: [String] { list(Field.Key.tag) }
    /// The due date: the first valid `due:`.
    public var due: PlanDate? { firstValid(Field.Key.due) { PlanDate(iso: $0) } }
    /// The start date: the first valid `start:`.
    public var start: PlanDate? { firstValid(Field.Key.start) { PlanDate(iso: $0) } }
    /// The date it was done: the first valid `done:`.
    public var doneDate: PlanDate? { firstValid(Field.Key.done) { PlanDate(iso: $0) } }
    /// The progress: the first valid `progress:`.
    public var progress: Progress? { firstValid(Field.Key.progress) { Progress($0) } }

    /// True when work remains (an unknown status counts as open).
    public var isOpen: Bool { status?.isOpen ?? true }

    /// The index range of the task's subtree, itself included.
    public func subtree(at index: Int) -> Range<Int> {
        index..<(index + 1 + descendantCount)
    }

    private func list(_ key: String) -> [String] {
        fields.filter { $0.key == key }.flatMap { $0.value.split(separator: ",").map(String.init) }
    }
}

/// A track (mảng công tác): a level-2 heading and the tasks under it.
public struct Track: Sendable {
    /// The heading's text; empty for tasks that come before the first heading.
    public internal(set) var title: String
    /// The heading's line, or nil for the unnamed track.
    public internal(set) var line: Int?
    /// The indexes of the track's tasks, in file order.
    public internal(set) var tasks: Range<Int>
}

/// A unit (đơn vị) declared in the plan's units section: `- TH: Phòng Tổng hợp`.
public struct PlanUnit: Sendable, Hashable {
    /// The short code used in `lead:` and `with:`.
    public let code: String
    /// The full name.
    public let name: String
    /// The declaring line.
    public let line: Int
}

/// A person declared in the plan's persons section, who follows tasks (chuyên viên theo dõi):
/// `- nam: Nguyễn Văn Nam, Chuyên viên, TH`.
public struct PlanPerson: Sendable, Hashable {
    /// The short handle used in `person:` and in `WORKPLAN_USER`.
    public let handle: String
    /// The full name.
    public let name: String
    /// The title (chức vụ), if written.
    public let title: String?
    /// The unit's code, when the last part of the declaration is a declared unit.
    public let unit: String?
    /// The declaring line.
    public let line: Int
}

extension PlanUnit {
    /// True for the characters a unit code may use: ASCII letters, digits, `_`, `-` and `.`.
    static func isCodeScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", ".": true
        default: false
        }
    }
}
