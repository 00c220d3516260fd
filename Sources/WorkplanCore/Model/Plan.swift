/// A plan file, read without loss: its lines as they are, and the title, tracks, units and
/// tasks found in them. Edits change only the lines of the tasks they touch.
public struct Plan: Sendable {
    /// The file's lines, byte for byte.
    public internal(set) var text: PlanText
    /// The plan's title (the first `#` heading), if any.
    public internal(set) var title: String?
    /// The tracks, in file order.
    public internal(set) var tracks: [Track]
    /// Every task, in file order; a task's subtree follows it.
    public internal(set) var tasks: [PlanTask]
    /// The declared units, in file order.
    public internal(set) var units: [PlanUnit]
    /// Problems found, by line.
    public internal(set) var problems: [Problem]
    /// False when the file holds invalid UTF-8; such a file is never written back.
    public internal(set) var isValidUTF8: Bool
    /// Task index by id (the first task with each id).
    var idIndex: [String: Int]
    /// Unit index by code.
    var unitIndex: [String: Int]

    /// Reads a plan from the bytes of a file.
    public init(bytes: [UInt8]) {
        self = PlanParser(text: PlanText(bytes: bytes)).parse()
    }

    /// Reads a plan from text.
    public init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    init(text: PlanText, title: String?, tracks: [Track], tasks: [PlanTask], units: [PlanUnit],
         problems: [Problem], isValidUTF8: Bool, idIndex: [String: Int], unitIndex: [String: Int]) {
        self.text = text
        self.title = title
        self.tracks = tracks
        self.tasks = tasks
        self.units = units
        self.problems = problems
        self.isValidUTF8 = isValidUTF8
        self.idIndex = idIndex
        self.unitIndex = unitIndex
    }

    /// The bytes to save: identical to the file read when nothing was edited.
    public var bytes: [UInt8] { text.bytes }

    /// The index of the task with this id (compared in NFC), or nil.
    public func taskIndex(id: String) -> Int? {
        idIndex[id] ?? idIndex[TextForm.nfc(id)]
    }

    /// The index of the task written on a line (1-based, as editors and `check` count), or nil.
    public func taskIndex(line: Int) -> Int? {
        var low = 0
        var high = tasks.count
        while low < high {
            let middle = (low + high) / 2
            if tasks[middle].line < line - 1 { low = middle + 1 } else { high = middle }
        }
        return low < tasks.count && tasks[low].line == line - 1 ? low : nil
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

    /// The full name of a unit code, or the code itself when it is not declared.
    public func unitName(_ code: String) -> String {
        unit(code: code)?.name ?? code
    }

    /// The indexes of a task's direct subtasks, in file order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = index + 1 + tasks[index].descendantCount
        while child < end {
            result.append(child)
            child += tasks[child].descendantCount + 1
        }
        return result
    }

    /// The indexes of a task's ancestors, nearest first.
    public func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var current = tasks[index].parent
        while let parent = current {
            result.append(parent)
            current = tasks[parent].parent
        }
        return result
    }

    /// The text of a task's note, its lines dedented; empty when it has none.
    public func note(of index: Int) -> String {
        let lines = tasks[index].noteLines.map { text.string($0) }
        let margin = lines.filter { !$0.allSatisfy(\.isWhitespace) }
            .map { $0.prefix(while: { $0 == " " || $0 == "\t" }).count }
            .min() ?? 0
        return lines.map { String($0.dropFirst(min(margin, $0.count))) }.joined(separator: "\n")
    }
}
