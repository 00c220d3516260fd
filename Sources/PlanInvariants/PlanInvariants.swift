import WorkplanCore

/// What the reader and the edits promise for any bytes at all, checked on one input: the one
/// definition that the coverage-guided fuzzer (`workplan-fuzz`) and the replay of its corpus
/// in `swift test` share.
///
/// - Reading never fails and an unedited file gives back its bytes exactly.
/// - Every problem's line and column lie inside the file.
/// - An edit of a valid UTF-8 file, chosen from the input's own bytes among every kind of
///   `PlanOperation`, changes
///   only the lines of its block; the plan it leaves reads back the same from its bytes; its
///   inverse gives back every line of the file.
public enum PlanInvariants {
    /// The first promise the input breaks, as a sentence, or nil when it keeps them all.
    public static func check(_ input: [UInt8]) -> String? {
        let plan = Plan(bytes: input)
        guard plan.bytes == input else { return "the file read and written back unedited is not the same bytes" }
        if let problem = misplacedProblem(in: plan) { return problem }
        // A file that is not valid UTF-8 is never edited (`PlanFileError.notUTF8`).
        guard plan.taskCount > 0, plan.isValidUTF8 else { return nil }
        let operation = Self.operation(for: input, in: plan)
        var edited = plan
        guard let today = Self.today, let applied = try? operation.apply(to: &edited, today: today) else { return nil }
        if let outside = changeOutside(applied.edit, before: plan.text, after: edited.text) {
            return "\(operation) \(outside)"
        }
        let reread = Plan(bytes: edited.bytes)
        guard reread.taskCount == edited.taskCount,
              reread.tasks.indices.allSatisfy({ reread.tasks[$0].title == edited.tasks[$0].title
                                                && reread.tasks[$0].status == edited.tasks[$0].status
                                                && reread.tasks[$0].parent == edited.tasks[$0].parent }) else {
            return "\(operation) leaves a plan that its own bytes do not read back as"
        }
        var undone = edited
        guard (try? undone.apply(applied.edit.inverse)) != nil else { return "\(operation) cannot be undone" }
        guard lines(of: undone.text) == lines(of: plan.text) else { return "undoing \(operation) does not give back every line" }
        return nil
    }

    /// The day edits are made on.
    static let today = PlanDate(year: 2021, month: 7, day: 15)

    /// A problem whose line or column is not in the file, as a sentence.
    private static func misplacedProblem(in plan: Plan) -> String? {
        let lines = plan.text.lineCount
        for problem in plan.problems {
            guard problem.line >= 1, problem.line <= max(1, lines), problem.column >= 1 else {
                return "a problem at \(problem.line):\(problem.column) lies outside the file"
            }
            let length = problem.line <= lines ? plan.text.content(problem.line - 1).count : 0
            guard problem.column <= length + 1 else {
                return "a problem at \(problem.line):\(problem.column) lies past the end of its line"
            }
        }
        return nil
    }

    /// The operation an input asks for: its bytes pick the kind and the task.
    static func operation(for input: [UInt8], in plan: Plan) -> PlanOperation {
        let seed = input.reduce(UInt64(1469598103934665603)) { ($0 ^ UInt64($1)) &* 1099511628211 }
        let task = Int(seed % UInt64(plan.taskCount))
        switch (seed >> 16) % 12 {
        case 0: return .setStatus(task: task, status: .done)
        case 1: return .setStatus(task: task, status: .notStarted)
        case 2: return .setTitle(task: task, title: "Chuẩn bị kỳ họp ref:A1")
        case 3: return .setFields(task: task, fields: [FieldUpdate(key: "due", value: "2021-07-10"),
                                                       FieldUpdate(key: "lead", value: nil)])
        case 4: return .setNote(task: task, note: "Ghi chú mới\n  - mục con\n\nđoạn sau")
        case 5: return .addBelow(task: task, title: "Việc thêm")
        case 6: return .addUnder(task: task, title: "Việc con", status: .done, fields: [Field(key: "due", value: "2021-08-01")])
        case 7: return plan.tracks.isEmpty ? .delete(task: task) : .addInTrack(track: task % plan.tracks.count, title: "Cuối mảng")
        case 8: return .delete(task: task)
        case 9: return .move(task: task, offset: seed & 1 == 0 ? -1 : 1)
        case 10: return .indent(task: task)
        default: return .outdent(task: task)
        }
    }

    /// A line outside the edit's block that the edit changed, as a sentence; nil when every
    /// line before and after the block is as it was (those after moved by the block's growth).
    private static func changeOutside(_ edit: LineBlockEdit, before: PlanText, after: PlanText) -> String? {
        let old = lines(of: before)
        let new = lines(of: after)
        let grown = edit.new.count - edit.old.count
        guard edit.start >= 0, edit.start + edit.old.count <= old.count, edit.start + edit.new.count <= new.count,
              old.count + grown == new.count else {
            return "reports lines \(edit.start)+\(edit.old.count)→\(edit.new.count) that the file does not have"
        }
        guard old[..<edit.start] == new[..<edit.start] else { return "changed a line before its block" }
        guard old[(edit.start + edit.old.count)...] == new[(edit.start + edit.new.count)...] else {
            return "changed a line after its block"
        }
        guard old[edit.start..<(edit.start + edit.old.count)].elementsEqual(edit.old.map { Array($0.utf8) }) else {
            return "reports old lines that are not the file's"
        }
        return nil
    }

    /// The file's lines without their endings, and the empty line an edit can name after a
    /// final line ending.
    private static func lines(of text: PlanText) -> [[UInt8]] {
        var result = (0..<text.lineCount).map { Array(text.content($0)) }
        if text.lineCount == 0 || text.ending(text.lineCount - 1) != .none { result.append([]) }
        return result
    }
}
