/// A conflict a merge left in the plan between git's markers (`workplan sync`, or any git
/// merge): each side's lines, for the officer to choose one in the interface.
public struct MarkerConflict: Equatable, Sendable {
    /// The line (from 0) of the `<<<<<<<` marker.
    public let start: Int
    /// Every line of the block, the markers included, as the file has them.
    public let lines: [String]
    /// The lines of this side (between `<<<<<<<` and `|||||||` or `=======`) and of the other.
    public let mine: [String]
    public let theirs: [String]
    /// The names the markers give the two sides.
    public let mineLabel: String
    public let theirsLabel: String
    /// The task the block is about: the first task line's title on either side, else the task
    /// whose note the block is in; the block's first words when it is outside the tasks.
    public let subject: String

    /// The conflicts of a plan, in file order: the blocks its reader found markers for
    /// (outside code blocks), each from `<<<<<<<` to its `>>>>>>>`.
    public static func all(in plan: Plan) -> [MarkerConflict] {
        let markers = plan.problems.filter { $0.kind == .conflictMarker }.map { $0.line - 1 }
        var result: [MarkerConflict] = []
        var index = 0
        while index < markers.count {
            let start = markers[index]
            guard plan.text.string(start).hasPrefix("<<<<<<<") else {
                index += 1
                continue
            }
            var separator: Int?, base: Int?, end: Int?
            var next = index + 1
            while next < markers.count, end == nil {
                let line = plan.text.string(markers[next])
                if line.hasPrefix("|||||||"), base == nil, separator == nil { base = markers[next] }
                else if line.hasPrefix("======="), separator == nil { separator = markers[next] }
                else if line.hasPrefix(">>>>>>>"), separator != nil { end = markers[next] }
                else if line.hasPrefix("<<<<<<<") { break }
                next += 1
            }
            index = next
            guard let separator, let end else { continue }
            let text = { (range: Range<Int>) in range.map { plan.text.string($0) } }
            let mine = text((start + 1)..<(base ?? separator)), theirs = text((separator + 1)..<end)
            result.append(MarkerConflict(start: start, lines: text(start..<(end + 1)), mine: mine, theirs: theirs,
                                         mineLabel: Self.label(plan.text.string(start)), theirsLabel: Self.label(plan.text.string(end)),
                                         subject: Self.subject(mine + theirs, above: start, in: plan)))
        }
        return result
    }

    /// The edit that keeps one side's lines in place of the block; made through the store like
    /// any edit, and undone like one.
    public func keeping(mine keepsMine: Bool) -> LineBlockEdit {
        LineBlockEdit(start: start, old: lines, new: keepsMine ? mine : theirs, taskId: nil)
    }

    private static func subject(_ lines: [String], above start: Int, in plan: Plan) -> String {
        for line in lines {
            if let parts = TaskLineParts(line) { return TaskTitle.unescape(parts.title[...]) }
        }
        if let owner = plan.slots.lastIndex(where: { Int($0.line) < start && Int($0.noteEnd) > start }) {
            return plan.tasks[owner].title
        }
        return lines.first { !$0.allSatisfy(\.isWhitespace) }?.trimmed ?? ""
    }

    private static func label(_ marker: String) -> String {
        marker.dropFirst(7).trimmed
    }
}
