import WorkplanCore

/// Writes a realistic plan file with a given number of tasks: a title, a units section, a
/// persons section, four to eight tracks, and tasks up to two levels deep with ids, units,
/// persons, dates, statuses, progress and notes. The same task count always gives the same bytes.
struct PlanGenerator {
    /// How many tasks to write.
    private let taskCount: Int
    /// The seeded source of every choice.
    private var random: SplitMix64
    /// The file's bytes so far.
    private var out: [UInt8] = []
    /// How many tasks are written so far.
    private var made = 0
    /// The ids of the open tasks written so far.
    private var openIds: [String] = []

    /// The plan with `taskCount` tasks.
    static func generate(taskCount: Int) -> GeneratedPlan {
        var generator = PlanGenerator(taskCount: taskCount)
        generator.write()
        return GeneratedPlan(taskCount: generator.made, bytes: generator.out, openIds: generator.openIds)
    }

    /// A generator seeded from the task count, so each size has its own fixed plan.
    private init(taskCount: Int) {
        self.taskCount = taskCount
        random = SplitMix64(seed: 0x5EED_2021 ^ UInt64(taskCount))
        out.reserveCapacity(taskCount * 110 + 4096)
    }

    /// Writes the whole file: title, preamble, units, then the tracks and their tasks.
    private mutating func write() {
        line("# Kế hoạch công tác năm 2021 — Văn phòng HĐND tỉnh (\(taskCount) nhiệm vụ)")
        line("")
        line(Vocabulary.preamble)
        line("")
        line("## Đơn vị")
        for unit in Vocabulary.units { line("- \(unit.code): \(unit.name)") }
        line("")
        line("## Người theo dõi")
        for person in Vocabulary.persons { line("- \(person.handle): \(person.declaration)") }
        let tracks = chooseTracks()
        for (number, track) in tracks.enumerated() {
            line("")
            line("## " + track.title)
            line("")
            if random.chance(0.5) { line("Các nhiệm vụ của mảng " + track.title.lowercased() + ".") }
            let quota = taskCount * (number + 1) / tracks.count
            var group = 1
            while made < quota {
                writeGroup(id: track.idPrefix + String(group), quota: quota)
                group += 1
            }
        }
    }

    /// Four to eight tracks, in the vocabulary's order.
    private mutating func chooseTracks() -> [Vocabulary.Track] {
        let count = random.int(in: 4...Vocabulary.tracks.count)
        var chosen = Array(Vocabulary.tracks.indices)
        while chosen.count > count { chosen.remove(at: random.int(in: 0...(chosen.count - 1))) }
        return chosen.map { Vocabulary.tracks[$0] }
    }

    /// A top-level task with its subtasks and their subtasks, never going past `quota` tasks.
    private mutating func writeGroup(id: String, quota: Int) {
        writeTask(id: id, depth: 0)
        let children = random.weighted([(0, 25), (1, 15), (2, 20), (3, 20), (4, 12), (6, 8)])
        for child in 0..<children where made < quota {
            let childId = id + "." + String(child + 1)
            writeTask(id: childId, depth: 1)
            let grandchildren = random.weighted([(0, 60), (1, 20), (2, 12), (3, 8)])
            for grandchild in 0..<grandchildren where made < quota {
                writeTask(id: childId + "." + String(grandchild + 1), depth: 2)
            }
        }
    }

    /// One task line, and sometimes a note under it.
    private mutating func writeTask(id: String, depth: Int) {
        let status = random.weighted([(TaskStatus.notStarted, 30), (.inProgress, 25), (.done, 30),
                                      (.cancelled, 5), (.postponed, 5), (.blocked, 5)])
        if status.isOpen { openIds.append(id) }
        let indent = String(repeating: "  ", count: depth)
        let title = TitleMaker.title(using: &random)
        line(indent + "- [" + String(status.mark) + "] " + title + "  " + fields(id: id, status: status)
            .joined(separator: " "))
        made += 1
        if random.chance(0.04) { writeNote(indent: indent + "  ") }
    }

    /// The fields of a task: id and lead always, the others often or sometimes.
    private mutating func fields(id: String, status: TaskStatus) -> [String] {
        var fields = ["id:" + id]
        let lead = random.pick(Vocabulary.units).code
        fields.append("lead:" + lead)
        if random.chance(0.2) {
            let others = Vocabulary.units.map(\.code).filter { $0 != lead }
            let first = random.pick(others)
            let second = random.pick(others)
            fields.append("with:" + (first == second || random.chance(0.5) ? first : first + "," + second))
        }
        if random.chance(0.6) {
            let first = random.pick(Vocabulary.persons).handle
            let second = random.pick(Vocabulary.persons).handle
            fields.append("person:" + (first == second || random.chance(0.8) ? first : first + "," + second))
        }
        let due = random.int(in: 0...364)
        if random.chance(0.08), let start = Self.date(due - random.int(in: 5...60)) { fields.append("start:" + start) }
        if random.chance(0.7), let date = Self.date(due) { fields.append("due:" + date) }
        if status == .done, random.chance(0.8),
           let done = Self.date(min(due + random.int(in: -20...10), BenchDay.today.dayNumber - Self.firstDayOf2021)) {
            fields.append("done:" + done)
        }
        if random.chance(0.06) {
            let total = random.int(in: 5...200)
            let part = status == .done ? total : random.int(in: 0...total)
            fields.append("progress:" + String(part) + "/" + String(total))
        }
        return fields
    }

    /// One or two indented note lines, sometimes with a blank line between them.
    private mutating func writeNote(indent: String) {
        line(indent + random.pick(Vocabulary.notes))
        guard random.chance(0.5) else { return }
        if random.chance(0.25) { line("") }
        line(indent + random.pick(Vocabulary.notes))
    }

    /// The ISO date `offset` days after 2021-01-01.
    private static func date(_ offset: Int) -> String? {
        PlanDate(dayNumber: firstDayOf2021 + offset)?.iso
    }

    /// 2021-01-01 as days since 1970-01-01.
    private static let firstDayOf2021 = 18_628

    /// Appends one line and its LF ending.
    private mutating func line(_ text: String) {
        out.append(contentsOf: text.utf8)
        out.append(10)
    }
}
