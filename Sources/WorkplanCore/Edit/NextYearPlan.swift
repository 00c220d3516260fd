/// The next year's plan made from this year's (`workplan new-year 2022`): the title with its year
/// changed, the units, persons, days-off and office sections as they are, every track, and under them the
/// tasks still open, each with a `from:2021/KH5.3` that names the task and year it came from. The
/// finished and cancelled tasks stay behind, with the year's dated entries (they are that year's
/// results) and its free text; an open task's own note goes with it.
public struct NextYearPlan: Sendable {
    /// The new plan's text.
    public let text: String
    /// How many tasks were carried over.
    public let carried: Int
    /// How many were left behind, done or cancelled.
    public let leftBehind: Int

    /// The key of the reference to where a carried task came from.
    public static let fromKey = "from"

    /// The plan for `year` made from `plan`, whose year is `fromYear`; words in `language`.
    public init(from plan: Plan, year: Int, fromYear: Int, language: Language) {
        var lines: [String] = [Self.title(plan.title, year: year, fromYear: fromYear, language: language), ""]
        var carried = 0
        let headings = plan.levelTwoHeadings()
        for heading in headings {
            let words = DeclarationScan.headingText(plan.text.content(heading), level: 2)
            guard DeclarationScan.section(words) != nil else { continue }
            let body = plan.sectionBody(heading..<plan.sectionEnd(heading: heading))
            lines += body.map { plan.text.string($0) } + [""]
        }
        for track in plan.tracks.indices {
            if let heading = plan.tracks[track].line { lines.append(plan.text.string(heading)) }
            var depth: [Int: Int] = [:]
            for task in plan.tracks[track].tasks where plan.tasks[task].isOpen {
                var parent = plan.parent(ofTask: task)
                while let above = parent, depth[above] == nil { parent = plan.parent(ofTask: above) }
                let level = parent.map { (depth[$0] ?? 0) + 1 } ?? 0
                depth[task] = level
                lines += Self.lines(of: task, in: plan, level: level, fromYear: fromYear)
                carried += 1
            }
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        text = lines.joined(separator: "\n") + "\n"
        self.carried = carried
        leftBehind = plan.taskCount - carried
    }

    /// The title with the old year changed to the new one, or the new year added to it; a plan
    /// without a title gets one.
    private static func title(_ title: String?, year: Int, fromYear: Int, language: Language) -> String {
        guard let title, !title.isEmpty else {
            return "# " + language.pick(vi: "Kế hoạch công tác năm \(year)", en: "Work plan \(year)")
        }
        let old = String(fromYear)
        if title.contains(old) { return "# " + title.replacing(old, with: String(year)) }
        return "# " + title + " — " + language.pick(vi: "năm \(year)", en: "\(year)")
    }

    /// A carried task's line and its note: its mark, title and fields as written, but `done:`,
    /// with `from:` added, indented two spaces a level.
    private static func lines(of task: Int, in plan: Plan, level: Int, fromYear: Int) -> [String] {
        let indent = String(repeating: "  ", count: level)
        let current = plan.tasks[task]
        var tokens = current.fields.filter { $0.key != Field.Key.done && $0.key != fromKey }.map(\.token)
        let origin = current.id ?? "@\(current.line + 1)"
        tokens.append(Field(key: fromKey, value: "\(fromYear)/\(origin)").token)
        var lines = [indent + "- [\(current.mark)] " + TaskTitle.escape(current.title) + "  " + tokens.joined(separator: " ")]
        let note = plan.note(of: task)
        if !note.isEmpty {
            lines += note.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.isEmpty ? "" : indent + "  " + line
            }
        }
        return lines
    }
}
