import Foundation
import PropertyBased
import Testing

@testable import WorkplanCore

/// A small seeded random source (SplitMix64), so that a generated plan depends only on its seeds
/// and shrinking a failing case removes whole lines.
struct Dice: RandomNumberGenerator {
    private var state: UInt64

    init(_ seed: Int) {
        state = UInt64(truncatingIfNeeded: seed) &* 0x9E37_79B9_7F4A_7C15 ^ 0xD1B5_4A32_D192_ED03
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Vietnamese text for generated plans, NFC or NFD word by word.
enum Words {
    static let vocabulary = [
        "Chuẩn", "bị", "kỳ", "họp", "HĐND", "tỉnh", "Bầu", "cử", "đại", "biểu", "Quốc", "hội", "tiếp", "xúc", "cử",
        "tri", "đơn", "thư", "giám", "sát", "Thường", "trực", "Ủy", "ban", "nghị", "quyết", "năm", "2021", "tháng",
        "Họp:", "1:2", "(dự", "thảo)", "—", "ĐẠI", "BIỂU", "Đắk", "Nông", "ngày", "23/5/2021", "95,3%", "văn", "bản",
        "https://x.org", "ref\\:A1", "Phòng", "Tổng", "hợp", "ý", "kiến", "“trích”", "#1", "[phụ", "lục]",
    ]

    /// The words a title given to an edit may hold: a literal `\\:` reads back as `:` by design.
    static let editable = vocabulary.filter { !$0.contains("\\") }

    static func word(_ dice: inout Dice, from words: [String] = vocabulary) -> String {
        let word = dice.pick(words)
        return dice.chance(30) ? word.decomposedStringWithCanonicalMapping : word
    }

    static func phrase(_ dice: inout Dice, _ range: ClosedRange<Int>, from words: [String] = vocabulary) -> String {
        let count = range.lowerBound + dice.below(range.count)
        return (0..<count).map { _ in word(&dice, from: words) }.joined(separator: " ")
    }
}

/// A generated plan file: its bytes and the seeds they came from.
struct PlanSample: Sendable, CustomStringConvertible {
    let bytes: [UInt8]

    var description: String {
        String(decoding: bytes, as: UTF8.self).debugDescription
    }

    /// Builds the file from one seed per line and a seed for the file's shape
    /// (line endings, byte order mark, final newline).
    init(lines seeds: [Int], shape: Int) {
        var shapeDice = Dice(shape)
        let endingMode = shapeDice.below(4)
        let bom = shapeDice.chance(25)
        let finalNewline = !shapeDice.chance(25)
        var out: [UInt8] = bom ? [0xEF, 0xBB, 0xBF] : []
        for (position, seed) in seeds.enumerated() {
            var dice = Dice(seed)
            out += Array(PlanSample.line(&dice).utf8)
            let isLast = position == seeds.count - 1
            if isLast && !finalNewline { break }
            let crlf = switch endingMode {
            case 1: true
            case 2: dice.chance(50)
            default: false
            }
            out += crlf ? [13, 10] : [10]
        }
        bytes = out
    }

    private static func line(_ dice: inout Dice) -> String {
        switch dice.below(100) {
        case 0..<8: return dice.pick(["", "", "  ", "\t", " "])
        case 8..<14: return "## " + Words.phrase(&dice, 1...5)
        case 14..<16: return dice.pick(["## Đơn vị", "## Units", "- TH: Phòng Tổng hợp", "- HC: Phòng Hành chính"])
        case 16..<18: return dice.pick(["# ", "### ", "#### "]) + Words.phrase(&dice, 1...4)
        case 18..<30: return indent(&dice, levels: 1...6) + dice.pick(["", "", "- ", "* "]) + Words.phrase(&dice, 1...8)
        case 30..<38:
            return dice.pick(["", "> ", "| ", "```", "---", "- ", "1. "]) + Words.phrase(&dice, 0...6)
        default: return task(&dice)
        }
    }

    private static func indent(_ dice: inout Dice, levels: ClosedRange<Int>) -> String {
        let level = levels.lowerBound + dice.below(levels.count)
        let unit = dice.pick(["  ", "  ", "\t", "   ", " ", "    "])
        return String(repeating: unit, count: level)
    }

    private static func task(_ dice: inout Dice) -> String {
        var line = indent(&dice, levels: 0...9)
        line += dice.pick(["-", "-", "-", "*", "+"]) + " ["
        line += dice.pick([" ", " ", "/", "x", "X", "-", ">", "!", "?", "ư"]) + "]"
        line += dice.pick([" ", " ", " ", "  ", "\t"])
        line += Words.phrase(&dice, 1...7)
        let fieldCount = dice.below(5)
        if fieldCount > 0 {
            line += dice.pick(["  ", "  ", " ", "\t", "   "])
            line += (0..<fieldCount).map { _ in field(&dice) }.joined(separator: dice.pick([" ", " ", "  "]))
        }
        line += dice.pick(["", "", "", " ", "  ", "\t"])
        return line
    }

    private static func field(_ dice: inout Dice) -> String {
        switch dice.below(11) {
        case 0, 1: "id:" + dice.pick(["T", "KH", "TX", "BC"]) + String(1 + dice.below(6))
            + (dice.chance(40) ? "." + String(1 + dice.below(3)) : "")
        case 2: "lead:" + dice.pick(["TH", "HC", "CTDB", "XYZ"])
        case 3: "with:" + dice.pick(["HC", "HC,CTDB", "TH,XYZ"])
        case 4: "due:" + dice.pick(["2021-07-10", "2021-02-30", "2020-02-29", "2021-7-1"])
        case 5: "start:" + dice.pick(["2021-01-04", "2021-13-01"])
        case 6: "done:" + dice.pick(["2021-06-18", "hôm-qua"])
        case 7: "progress:" + dice.pick(["121/127", "40%", "12/0", "abc", "0/10"])
        case 8: "tag:" + dice.pick(["don-thu", "a,b"])
        case 9: "owner:" + dice.pick(["anh.Nam", "chị.Lan"])
        default: "room:P" + String(dice.below(9))
        }
    }
}

/// One edit, decoded from a seed: which task, and what to do to it.
enum SampleEdit: CustomStringConvertible {
    case status(task: Int, TaskStatus)
    case fields(task: Int, [(key: String, value: String?)])
    case title(task: Int, String)

    init(seed: Int, taskCount: Int) {
        var dice = Dice(seed)
        let task = dice.below(taskCount)
        switch dice.below(3) {
        case 0:
            self = .status(task: task, dice.pick(TaskStatus.allCases))
        case 1:
            let choices: [(key: String, value: String?)] = [
                ("due", "2021-08-31"), ("owner", "chị.Lan"), ("lead", nil), ("progress", "3/4"), ("tag", "moi,cu"),
                ("start", nil), ("done", "2021-07-01"), ("room", nil), ("with", "TH,HC"),
            ]
            self = .fields(task: task, (0..<(1 + dice.below(3))).map { _ in dice.pick(choices) })
        default:
            var title = Words.phrase(&dice, 1...6, from: Words.editable)
            if dice.chance(25) { title += dice.pick([" ref:A1", " a:b c:d", " x:1"]) }
            self = .title(task: task, title)
        }
    }

    var task: Int {
        switch self {
        case let .status(task, _), let .fields(task, _), let .title(task, _): task
        }
    }

    var description: String {
        switch self {
        case let .status(task, status): "status(\(task), \(status))"
        case let .fields(task, updates): "fields(\(task), \(updates.map { "\($0.key)=\($0.value ?? "nil")" }))"
        case let .title(task, title): "title(\(task), \(title.debugDescription))"
        }
    }

    func apply(to plan: inout Plan, today: PlanDate) throws {
        switch self {
        case let .status(task, status): plan.setStatus(ofTask: task, to: status, today: today)
        case let .fields(task, updates): try plan.setFields(ofTask: task, updates)
        case let .title(task, title): try plan.setTitle(ofTask: task, to: title)
        }
    }
}

@Suite("Properties")
struct PropertyTests {
    static let lineSeeds = Gen.int(in: 0...Int(Int32.max)).array(of: 0...40)
    static let shapeSeed = Gen.int(in: 0...Int(Int32.max))
    static let editSeeds = Gen.int(in: 0...Int(Int32.max)).array(of: 1...8)

    @Test("any generated plan reads and writes back byte for byte")
    func roundTrip() async {
        await propertyCheck(count: 200, input: Self.lineSeeds, Self.shapeSeed) { lines, shape in
            let sample = PlanSample(lines: lines, shape: shape)
            let plan = Plan(bytes: sample.bytes)
            #expect(plan.bytes == sample.bytes, "\(sample)")
            #expect(plan.isValidUTF8)
            // Tasks are in file order, each subtree right after its root.
            for (index, task) in plan.tasks.enumerated() {
                if let parent = task.parent {
                    #expect(parent < index)
                    #expect(plan.tasks[parent].subtree(at: parent).contains(index))
                    #expect(plan.tasks[parent].depth + 1 == task.depth)
                    #expect(plan.tasks[parent].indent < task.indent)
                } else {
                    #expect(task.depth == 0)
                }
            }
            #expect(plan.problems == plan.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
    }

    @Test("edits change only the edited tasks' lines and renumber nothing")
    func editsAreLocal() async throws {
        let today = try date("2021-07-15")
        await propertyCheck(count: 150, input: Self.lineSeeds, Self.shapeSeed, Self.editSeeds) { lines, shape, edits in
            let sample = PlanSample(lines: lines, shape: shape)
            let original = Plan(bytes: sample.bytes)
            guard !original.tasks.isEmpty else { return }
            var plan = original
            let applied = edits.map { SampleEdit(seed: $0, taskCount: original.tasks.count) }
            for edit in applied {
                try edit.apply(to: &plan, today: today)
            }
            let context = "\(sample)\nedits: \(applied)"
            let editedTasks = Set(applied.map(\.task))
            let editedLines = Set(editedTasks.map { original.tasks[$0].line })

            // Every other line keeps its bytes and its ending.
            #expect(plan.text.lineCount == original.text.lineCount, "\(context)")
            #expect(plan.text.hasByteOrderMark == original.text.hasByteOrderMark)
            let before = original.lineBytes
            let after = plan.lineBytes
            for line in 0..<min(before.count, after.count) where !editedLines.contains(line) {
                #expect(before[line] == after[line], "line \(line) changed\n\(context)")
            }

            // The edited file reads back with the same tasks and the same ids.
            let reread = Plan(bytes: plan.bytes)
            #expect(reread.tasks.count == original.tasks.count, "\(context)")
            guard reread.tasks.count == original.tasks.count else { return }
            for index in original.tasks.indices {
                #expect(reread.tasks[index].line == original.tasks[index].line)
                #expect(reread.tasks[index].parent == original.tasks[index].parent, "task \(index)\n\(context)")
                if editedTasks.contains(index) {
                    if let id = original.tasks[index].id {
                        #expect(reread.tasks[index].id == id, "task \(index)\n\(context)")
                    } else {
                        #expect(reread.tasks[index].id != nil, "task \(index) got no id\n\(context)")
                    }
                } else {
                    #expect(reread.tasks[index].id == original.tasks[index].id, "task \(index)\n\(context)")
                    #expect(reread.tasks[index].title == original.tasks[index].title)
                    #expect(reread.tasks[index].fields == original.tasks[index].fields)
                }
            }

            // The last title and status given to a task are what it reads back with.
            var lastTitle: [Int: String] = [:]
            var lastStatus: [Int: TaskStatus] = [:]
            var fieldsEdited: Set<Int> = []
            for edit in applied {
                switch edit {
                case let .title(task, title): lastTitle[task] = title
                case let .status(task, status): lastStatus[task] = status
                case let .fields(task, _): fieldsEdited.insert(task)
                }
            }
            for (task, title) in lastTitle {
                #expect(reread.tasks[task].title == TaskTitle.trimmed(TextForm.nfc(title)), "task \(task)\n\(context)")
                #expect(TextForm.isNFC(reread.tasks[task].title), "task \(task)\n\(context)")
            }
            for (task, status) in lastStatus {
                #expect(reread.tasks[task].status == status, "task \(task)\n\(context)")
                if !fieldsEdited.contains(task) {
                    #expect((reread.tasks[task].value(Field.Key.done) != nil) == (status == .done),
                            "task \(task)\n\(context)")
                }
            }
        }
    }

    @Test("after edits, the plan in memory is the plan its bytes read as")
    func editsMatchReread() async throws {
        let today = try date("2021-07-15")
        await propertyCheck(count: 150, input: Self.lineSeeds, Self.shapeSeed, Self.editSeeds) { lines, shape, edits in
            let sample = PlanSample(lines: lines, shape: shape)
            var plan = Plan(bytes: sample.bytes)
            guard !plan.tasks.isEmpty else { return }
            let applied = edits.map { SampleEdit(seed: $0, taskCount: plan.tasks.count) }
            for edit in applied {
                try edit.apply(to: &plan, today: today)
            }
            let context = "\(sample)\nedits: \(applied)"
            let reread = Plan(bytes: plan.bytes)
            #expect(Array(plan.text.pieces.joined()) == plan.bytes, "the pieces a save writes\n\(context)")
            #expect(plan.problems == reread.problems, "\(context)")
            #expect(plan.tasks.map(\.title) == reread.tasks.map(\.title), "\(context)")
            #expect(plan.tasks.map(\.fields) == reread.tasks.map(\.fields), "\(context)")
            #expect(plan.tasks.map(\.status) == reread.tasks.map(\.status), "\(context)")
            #expect(plan.tasks.map(\.mark) == reread.tasks.map(\.mark), "\(context)")
            for task in reread.tasks {
                guard let id = task.id else { continue }
                #expect(plan.taskIndex(id: id) == reread.taskIndex(id: id), "id \(id)\n\(context)")
            }
        }
    }

    @Test("folding ignores the normalization form and is idempotent")
    func folding() async {
        let phrases = Gen.int(in: 0...Int(Int32.max)).map { seed in
            var dice = Dice(seed)
            return Words.phrase(&dice, 0...8)
        }
        await propertyCheck(count: 200, input: phrases) { phrase in
            let folded = TextFolding.fold(phrase)
            #expect(TextFolding.fold(phrase.decomposedStringWithCanonicalMapping) == folded)
            #expect(TextFolding.fold(phrase.precomposedStringWithCanonicalMapping) == folded)
            #expect(TextFolding.fold(phrase.uppercased()) == folded)
            #expect(TextFolding.fold(folded) == folded)
            #expect(folded.unicodeScalars.allSatisfy { $0.properties.generalCategory != .nonspacingMark })
            #expect(TextFolding.matches(phrase, query: folded))
        }
    }

    @Test("day numbers and dates map one to one, and adding days adds")
    func days() async throws {
        let first = try date("0001-01-01").dayNumber
        let last = try date("9999-12-31").dayNumber
        await propertyCheck(count: 200, input: Gen.int(in: first...last), Gen.int(in: -40_000...40_000)) { number, offset in
            guard let day = PlanDate(dayNumber: number) else {
                Issue.record("no date for day number \(number)")
                return
            }
            #expect(day.dayNumber == number)
            #expect(PlanDate(iso: day.iso) == day)
            if let later = day.adding(days: offset) {
                #expect(day.days(to: later) == offset)
                #expect((offset > 0) == (day < later))
            } else {
                #expect(number + offset < first || number + offset > last)
            }
        }
    }

    @Test("permille is the share rounded half up")
    func permille() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...100_000), Gen.int(in: 1...100_000)) { part, whole in
            let exact = Double(part) * 1000 / Double(whole)
            #expect(Percent.permille(part, of: whole) == Int((exact + 0.5).rounded(.down)), "\(part)/\(whole)")
        }
    }
}
