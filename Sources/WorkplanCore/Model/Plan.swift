/// A plan file, read without loss: its lines as they are, and the title, tracks, units and
/// tasks found in them. Edits change only the lines of the tasks they touch.
public struct Plan: Sendable {
    /// The file's lines, byte for byte.
    public internal(set) var text: PlanText
    /// The plan's title (the first `#` heading), if any.
    public internal(set) var title: String?
    /// The tracks, in file order.
    public internal(set) var tracks: [Track]
    /// The compact index of every task, in file order; a task's subtree follows it.
    var slots: [TaskSlot]
    /// The declared units, in file order.
    public internal(set) var units: [PlanUnit]
    /// The declared persons, in file order.
    public internal(set) var persons: [PlanPerson]
    /// The office's working days: the built-in announcements, the days the plan's days-off
    /// section adds, and how it counts a deadline on a day off. Every count in working days
    /// and every deadline of this plan go by it.
    public internal(set) var calendar: OfficeCalendar
    /// Problems found, by line.
    public internal(set) var problems: [Problem]
    /// False when the file holds invalid UTF-8; such a file is never written back.
    public internal(set) var isValidUTF8: Bool
    /// Task index by id (the first task with each id).
    var idIndex: IdIndex
    /// Unit index by code.
    var unitIndex: [String: Int]
    /// The declared codes as bytes, for checking task lines fast.
    var declaredCodes: DeclaredCodes { DeclaredCodes(units, persons: persons) }

    /// The largest file a plan can be read from: positions in it are kept in 32 bits.
    public static let maximumSize = 1 << 31

    /// Reads a plan from the bytes of a file (at most `maximumSize` of them).
    public init(bytes: [UInt8]) {
        precondition(bytes.count < Plan.maximumSize, "a plan file is at most 2 GiB")
        self = PlanParser(text: PlanText(bytes: bytes)).parse()
    }

    /// Reads a plan from text.
    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    init(text: PlanText, title: String?, tracks: [Track], slots: [TaskSlot], units: [PlanUnit], persons: [PlanPerson],
         calendar: OfficeCalendar, problems: [Problem], isValidUTF8: Bool, idIndex: IdIndex, unitIndex: [String: Int]) {
        self.text = text
        self.title = title
        self.tracks = tracks
        self.slots = slots
        self.units = units
        self.persons = persons
        self.calendar = calendar
        self.problems = problems
        self.isValidUTF8 = isValidUTF8
        self.idIndex = idIndex
        self.unitIndex = unitIndex
    }

    /// Every task, in file order; a task's subtree follows it. Each task is decoded from its
    /// line when it is read.
    public var tasks: TaskList { TaskList(slots: slots, text: text) }

    /// The number of tasks.
    public var taskCount: Int { slots.count }

    /// The bytes to save: identical to the file read when nothing was edited.
    public var bytes: [UInt8] { text.bytes }

    /// The index of the task with this id (compared in NFC), or nil.
    public func taskIndex(id: String) -> Int? {
        let key = TaskId(id)
        return idIndex.task(fingerprint: key.fingerprint, sameId: { Plan.task($0, of: slots, in: text, hasId: key) })
            .map(Int.init)
    }

    /// True when a task's line has the id among its `id:` fields (how the id index tells two
    /// ids with the same hash apart).
    static func task(_ task: Int32, of slots: [TaskSlot], in text: PlanText, hasId id: TaskId) -> Bool {
        let slot = slots[Int(task)]
        let content = text.content(Int(slot.line))
        var tokens = FieldRun(content[(content.startIndex + Int(slot.fieldsStart))..<(content.startIndex + Int(slot.fieldsEnd))])
        while let token = tokens.next() {
            if token.key.elementsEqual("id".utf8), TaskId(bytes: token.value) == id { return true }
        }
        return false
    }

    /// The index of the task written on a line (1-based, as editors and `check` count), or nil.
    public func taskIndex(line: Int) -> Int? {
        var low = 0
        var high = slots.count
        while low < high {
            let middle = (low + high) / 2
            if Int(slots[middle].line) < line - 1 { low = middle + 1 } else { high = middle }
        }
        return low < slots.count && Int(slots[low].line) == line - 1 ? low : nil
    }

    /// The task a user names: its id, or `@N` for the task on line N (for tasks without an id).
    public func taskIndex(reference: String) -> Int? {
        if reference.hasPrefix("@"), let line = Int(reference.dropFirst()) { return taskIndex(line: line) }
        return taskIndex(id: reference)
    }

    /// The unit declared with this code (case-insensitive), or nil.
    public func unit(code: String) -> PlanUnit? {
        if let index = unitIndex[code] { return units[index] }
        let lowered = code.lowercased()
        return units.first { $0.code.lowercased() == lowered }
    }

    /// The person declared with this handle (case-insensitive), or nil.
    public func person(handle: String) -> PlanPerson? {
        let lowered = handle.lowercased()
        return persons.first { $0.handle.lowercased() == lowered }
    }

    /// The full name of a unit code, or the code itself when it is not declared.
    public func unitName(_ code: String) -> String {
        unit(code: code)?.name ?? code
    }

    /// The indexes of a task's direct subtasks, in file order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = index + 1 + Int(slots[index].descendants)
        while child < end {
            result.append(child)
            child += Int(slots[child].descendants) + 1
        }
        return result
    }

    /// The indexes of a task's ancestors, nearest first.
    public func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = Int(slots[index].parent)
        while current >= 0 {
            result.append(current)
            current = Int(slots[current].parent)
        }
        return result
    }

    /// The text of a task's note, its lines dedented, without its dated entries (`entries(of:)`);
    /// empty when it has none. With `firstLines`, only the note lines among that many of its
    /// first lines (dedented as they are among themselves): what a pane of a few rows shows of
    /// a note of any length.
    public func note(of index: Int, firstLines: Int = .max) -> String {
        noteText(of: index, firstLines: firstLines, withEntries: false)
    }

    /// The lines under a task before its subtasks, its note and its dated entries in file order,
    /// dedented: all the task's words, as a spreadsheet cell carries them under its title.
    public func noteAndEntries(of index: Int) -> String {
        noteText(of: index, firstLines: .max, withEntries: true)
    }

    private func noteText(of index: Int, firstLines: Int, withEntries: Bool) -> String {
        let start = Int(slots[index].noteStart)
        let end = Int(slots[index].noteEnd)
        let taken = start..<(start + min(max(0, end - start), max(0, firstLines)))
        let entryLines = withEntries ? [] : Set(entries(inNoteLines: taken).map(\.line))
        var lines = taken
            .filter { !entryLines.contains($0) }.map { text.string($0) }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        let margin = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { Plan.indentColumns($0) }.min() ?? 0
        return lines.map { Plan.dropIndent($0, columns: margin) }.joined(separator: "\n")
    }

    /// The columns a line's leading spaces and tabs take, a tab advancing to the next multiple of four.
    static func indentColumns(_ line: String) -> Int {
        var columns = 0
        for character in line {
            if character == " " { columns += 1 } else if character == "\t" { columns = (columns / 4 + 1) * 4 } else { break }
        }
        return columns
    }

    /// A line without the leading white space that fills its first `columns` columns.
    static func dropIndent(_ line: String, columns: Int) -> String {
        var used = 0
        var rest = Substring(line)
        while used < columns, let first = rest.first, first == " " || first == "\t" {
            used = first == " " ? used + 1 : (used / 4 + 1) * 4
            rest = rest.dropFirst()
        }
        return String(rest)
    }
}
