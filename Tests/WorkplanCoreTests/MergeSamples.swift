@testable import WorkplanCore

/// A plan as an office keeps it, made from a seed for the merge's properties: units, three
/// tracks, tasks with ids nested up to three deep, some without an id, notes and dated entries.
enum OfficePlanSample {
    /// The plan's text; with `everyTaskHasId`, no task without an id.
    static func text(seed: Int, everyTaskHasId: Bool = false) -> String {
        var dice = Dice(seed)
        var lines = ["# Kế hoạch công tác năm 2021", "", "## Đơn vị", "- TH: Phòng Tổng hợp", "- HC: Phòng Hành chính", ""]
        var serial = 0
        for track in ["Chuẩn bị các kỳ họp", "Bầu cử đại biểu", "Thường xuyên"] {
            lines += ["## " + track]
            for _ in 0..<(1 + dice.below(4)) {
                task(&dice, depth: 0, serial: &serial, ids: everyTaskHasId, into: &lines)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func task(_ dice: inout Dice, depth: Int, serial: inout Int, ids: Bool, into lines: inout [String]) {
        serial += 1
        let indent = String(repeating: "  ", count: depth)
        var line = indent + "- [" + dice.pick([" ", " ", "/", "x", "!"]) + "] " + Words.phrase(&dice, 2...6, from: Words.editable)
        var fields: [String] = []
        if ids || !dice.chance(15) { fields.append("id:K\(serial)") }
        if dice.chance(60) { fields.append("lead:" + dice.pick(["TH", "HC"])) }
        if dice.chance(50) { fields.append("due:2021-0\(1 + dice.below(9))-1\(dice.below(10))") }
        if !fields.isEmpty { line += "  " + fields.joined(separator: " ") }
        lines.append(line)
        if dice.chance(25) { lines.append(indent + "  " + Words.phrase(&dice, 2...8, from: Words.editable)) }
        for day in 0..<(dice.chance(25) ? 1 + dice.below(3) : 0) {
            lines.append(indent + "  - 2021-0\(1 + day)-15: \(1 + dice.below(9)) buổi tiếp công dân, \(dice.below(20)) vụ việc")
        }
        guard depth < 2 else { return }
        for _ in 0..<(dice.chance(40) ? 1 + dice.below(3) : 0) {
            task(&dice, depth: depth + 1, serial: &serial, ids: ids, into: &lines)
        }
    }
}

/// An edit an officer makes, drawn from a seed for a given plan: ticks, fields, titles, notes,
/// entries, new tasks, deletions, moves, indents, moves to another track.
enum SampleOperation {
    static func make(seed: Int, for plan: Plan) -> PlanOperation? {
        guard plan.taskCount > 0 else { return nil }
        var dice = Dice(seed)
        let task = dice.below(plan.taskCount)
        let title = Words.phrase(&dice, 2...5, from: Words.editable)
        switch dice.below(13) {
        case 0, 1: return .setStatus(task: task, status: dice.pick(TaskStatus.allCases))
        case 2, 3:
            return .setFields(task: task, fields: [dice.pick([
                FieldUpdate(key: "due", value: "2021-1\(dice.below(3))-2\(dice.below(9))"),
                FieldUpdate(key: "lead", value: dice.pick(["TH", "HC"])), FieldUpdate(key: "lead", value: nil),
                FieldUpdate(key: "progress", value: "\(dice.below(5))/4"), FieldUpdate(key: "tag", value: "moi"),
            ])])
        case 4: return .setTitle(task: task, title: title)
        case 5: return .setNote(task: task, note: dice.chance(20) ? "" : title + "\n" + Words.phrase(&dice, 1...4, from: Words.editable))
        case 6:
            let date = PlanDate(year: 2021, month: 1 + dice.below(12), day: 1 + dice.below(28))
            return date.map { .addEntry(task: task, date: $0, text: "\(1 + dice.below(5)) lượt công dân") }
        case 7: return .addBelow(task: task, title: title)
        case 8: return .addUnder(task: task, title: title)
        case 9: return .addInTrack(track: dice.below(max(1, plan.tracks.count)), title: title)
        case 10: return .delete(task: task)
        case 11: return dice.pick([.move(task: task, offset: dice.chance(50) ? -1 : 1), .indent(task: task), .outdent(task: task)])
        default: return .moveToTrack(task: task, track: dice.below(max(1, plan.tracks.count)))
        }
    }

    /// The plan after the operations each seed draws, each on the plan the one before left;
    /// an operation the plan refuses is left out.
    static func applying(_ seeds: [Int], to plan: Plan, today: PlanDate) -> Plan {
        var plan = plan
        for seed in seeds {
            guard let operation = make(seed: seed, for: plan) else { continue }
            var tried = plan
            if (try? operation.apply(to: &tried, today: today)) != nil { plan = tried }
        }
        return plan
    }
}
