extension PlanMerge {
    /// Writes the merged file: the preamble, then each kept section in the merged order with
    /// its head and its items, each task followed by the lines under it and its subtasks.
    mutating func write() {
        var members: [String: [String]] = [:]
        for (key, at) in place { members[at, default: []].append(key) }
        writeLines(merge(trees.map(\.preamble)), subject: "")
        let sectionOrder = order(sections: sectionsKept)
        for section in sectionOrder {
            let heads = trees.map { tree in tree.sections.first { $0.key == section }?.head }
            let fallback = heads[Side.base] ?? heads[Side.ours] ?? heads[Side.theirs] ?? []
            writeLines(merge(heads.map { $0 ?? fallback }), subject: fallback.first.map(Self.firstLine) ?? section)
            for item in order(of: "section:" + section, members: members["section:" + section] ?? []) {
                writeNode(item, under: nil, members: members)
            }
            let tails = trees.map { tree in tree.sections.first { $0.key == section }?.tail }
            let tailFallback = tails[Side.base] ?? tails[Side.ours] ?? tails[Side.theirs] ?? []
            writeLines(merge(tails.map { $0 ?? tailFallback }), subject: fallback.first.map(Self.firstLine) ?? section)
        }
        let bom = [trees[Side.base].hasByteOrderMark, trees[Side.ours].hasByteOrderMark, trees[Side.theirs].hasByteOrderMark]
        bytes = (bom[Side.ours] != bom[Side.base] ? bom[Side.ours] : bom[Side.theirs]) ? [0xEF, 0xBB, 0xBF] : []
        for line in out {
            bytes += line.content
            bytes += line.ending.bytes
        }
    }

    private func order(sections kept: Set<String>) -> [String] {
        let sequences = trees.map { $0.sections.map(\.key) }
        var merged: [String] = []
        for region in ThreeWay.merge(base: sequences[Side.base], ours: sequences[Side.ours], theirs: sequences[Side.theirs]) {
            switch region {
            case let .resolved(keys): merged += keys
            case let .conflict(_, mine, other): merged += mine + other
            }
        }
        var seen = Set<String>()
        return merged.filter { kept.contains($0) && seen.insert($0).inserted } + kept.subtracting(merged).sorted()
    }

    private func merge<Element: Hashable>(_ versions: [[Element]]) -> [ThreeWay.Region<Element>] {
        ThreeWay.merge(base: versions[Side.base], ours: versions[Side.ours], theirs: versions[Side.theirs])
    }

    /// Lines outside the tasks, a conflict between markers.
    private mutating func writeLines(_ regions: [ThreeWay.Region<MergeTree.Line>], subject: String) {
        for region in regions {
            switch region {
            case let .resolved(lines): lines.forEach { append($0) }
            case let .conflict(_, mine, other):
                notes.append(MergeNote(kind: .text, subject: subject, line: out.count + 1))
                writeConflict(mine, other)
            }
        }
    }

    private mutating func writeNode(_ key: String, under parentIndent: [UInt8]?, members: [String: [String]]) {
        guard let versions = kept[key] else { return }
        let indent = finalIndent(key, versions, under: parentIndent)
        let stand = { (node: MergeTree.Node?) in node ?? versions.nodes[Side.base] ?? versions.any }
        let lines = (0..<3).map { stand(versions.nodes[$0]).line }
        let subject = versions.any.id ?? Self.firstLine(versions.any.line)
        for kind in pending[key] ?? [] {
            notes.append(MergeNote(kind: kind, subject: subject, line: out.count + 1))
        }
        let outcome = versions.any.isTask
            ? TaskLineMerge.merge(base: lines[Side.base].content, ours: lines[Side.ours].content, theirs: lines[Side.theirs].content)
            : Self.wholeLine(lines.map(\.content))
        let ending = lines[Side.ours].ending
        var bodies = (0..<3).map { stand(versions.nodes[$0]).body }
        switch outcome {
        case let .merged(content):
            append(MergeTree.Line(content: indent + content, ending: ending))
        case let .conflict(mine, other, parts):
            // Both sides extended the deadline: each side's extension goes with its due date
            // into the conflict, so that the side kept keeps the entry that tells its date.
            var (mineExtensions, otherExtensions): ([MergeTree.BodyLine], [MergeTree.BodyLine]) = ([], [])
            if parts.contains(Field.Key.due) {
                let added = { (side: Int) in bodies[side].filter { !bodies[Side.base].contains($0) && Self.isExtension($0) } }
                (mineExtensions, otherExtensions) = (added(Side.ours), added(Side.theirs))
                if !mineExtensions.isEmpty, !otherExtensions.isEmpty {
                    bodies[Side.ours].removeAll { mineExtensions.contains($0) }
                    bodies[Side.theirs].removeAll { otherExtensions.contains($0) }
                } else {
                    (mineExtensions, otherExtensions) = ([], [])
                }
            }
            notes.append(MergeNote(kind: .taskLine(parts: parts), subject: subject, line: out.count + 1))
            writeConflict([MergeTree.Line(content: indent + mine, ending: ending)] + mineExtensions.map { Self.placed($0, indent) },
                          [MergeTree.Line(content: indent + other, ending: ending)] + otherExtensions.map { Self.placed($0, indent) })
        }
        for region in merge(bodies) {
            switch region {
            case let .resolved(lines):
                lines.forEach { append(Self.placed($0, indent)) }
            case let .conflict(was, mine, other):
                if let entries = Self.entriesAddedOnBoth(was, mine, other) {
                    entries.forEach { append(Self.placed($0, indent)) }
                } else {
                    notes.append(MergeNote(kind: .note, subject: subject, line: out.count + 1))
                    writeConflict(mine.map { Self.placed($0, indent) }, other.map { Self.placed($0, indent) })
                }
            }
        }
        for child in order(of: key, members: members[key] ?? []) {
            writeNode(child, under: indent, members: members)
        }
    }

    /// True for a dated entry that extends the deadline (gia hạn).
    private static func isExtension(_ line: MergeTree.BodyLine) -> Bool {
        if case .entry(_, _, _, _?)? = EntryLine.read(line.line.content[...]) { return true }
        return false
    }

    /// A declaration's line: one side's change, or both sides' as a conflict.
    private static func wholeLine(_ lines: [[UInt8]]) -> TaskLineMerge.Outcome {
        let (was, mine, other) = (lines[Side.base], lines[Side.ours], lines[Side.theirs])
        if mine == other || other == was { return .merged(mine) }
        if mine == was { return .merged(other) }
        return .conflict(ours: mine, theirs: other, parts: ["line"])
    }

    /// Dated entries added at the same spot on both sides: all of them, in date order (the
    /// same date in the order of their bytes), each once. Nil when anything else changed there.
    private static func entriesAddedOnBoth(_ was: [MergeTree.BodyLine], _ mine: [MergeTree.BodyLine],
                                           _ other: [MergeTree.BodyLine]) -> [MergeTree.BodyLine]? {
        guard was.isEmpty else { return nil }
        var dated: [(date: PlanDate, line: MergeTree.BodyLine)] = []
        for line in Set(mine + other) {
            guard case let .entry(date, _, _, _)? = EntryLine.read(line.line.content[...]) else { return nil }
            dated.append((date, line))
        }
        return dated.sorted { ($0.date, $0.line.line.content.lexicographicallyPrecedes($1.line.line.content) ? 0 : 1)
            < ($1.date, $1.line.line.content.lexicographicallyPrecedes($0.line.line.content) ? 0 : 1) }.map(\.line)
    }

    /// A line under a task, with the task's indentation where it was taken off.
    private static func placed(_ line: MergeTree.BodyLine, _ indent: [UInt8]) -> MergeTree.Line {
        line.relative ? MergeTree.Line(content: indent + line.line.content, ending: line.line.ending) : line.line
    }

    /// A task's indentation where it stands in the merge: on each side that put it there, as
    /// written when its parent's indentation is the same, else its parent's and the step it had
    /// under it; then the side that changed it, as for any part (two spaces under a parent when
    /// no side put it there).
    private func finalIndent(_ key: String, _ versions: Versions, under parentIndent: [UInt8]?) -> [UInt8] {
        let at = place[key]
        let candidates = (0..<3).map { side -> [UInt8]? in
            guard let node = versions.nodes[side], container(of: node, in: side) == at else { return nil }
            guard let parentIndent else { return node.indent }
            guard let parent = node.parent.flatMap({ trees[side].nodes[$0] }) else { return nil }
            if parent.indent == parentIndent { return node.indent }
            guard node.indent.starts(with: parent.indent) else { return nil }
            return parentIndent + node.indent.dropFirst(parent.indent.count)
        }
        let (was, mine, other) = (candidates[Side.base], candidates[Side.ours], candidates[Side.theirs])
        if let was, mine == was, let other { return other }
        return mine ?? other ?? was ?? parentIndent.map { $0 + [32, 32] } ?? []
    }

    private mutating func writeConflict(_ mine: [MergeTree.Line], _ other: [MergeTree.Line]) {
        let ending = trees[Side.ours].usualEnding
        append(MergeTree.Line(content: Array(("<<<<<<< " + labels.ours).utf8), ending: ending))
        conflictLines.formUnion(out.count..<(out.count + mine.count))
        mine.forEach { append($0) }
        append(MergeTree.Line(content: Array("=======".utf8), ending: ending))
        conflictLines.formUnion(out.count..<(out.count + other.count))
        other.forEach { append($0) }
        append(MergeTree.Line(content: Array((">>>>>>> " + labels.theirs).utf8), ending: ending))
    }

    /// Appends a line; a line without an ending that is no longer the last gets the file's.
    private mutating func append(_ line: MergeTree.Line) {
        if let last = out.indices.last, out[last].ending == .none {
            out[last].ending = trees[Side.ours].usualEnding
        }
        out.append(line)
    }

    private static func firstLine(_ line: MergeTree.Line) -> String {
        String(String(decoding: line.content, as: UTF8.self).prefix(60))
    }

    /// Gives a new id, by the file's rule and in file order, to each task whose id the merge
    /// made twice (two tasks made on both sides with one id, or two tasks given one id): the
    /// first in the file keeps it. Ids already written twice on a side, and the two versions
    /// of a line between conflict markers, are left for a person.
    mutating func renumberCollisions(ours: Plan, theirs: Plan) {
        var plan = Plan(bytes: bytes)
        let twiceOnASide = Set((ours.problems + theirs.problems).compactMap { problem -> String? in
            guard case let .duplicateId(id, _) = problem.kind else { return nil }
            return TextForm.nfc(id)
        })
        let made = plan.problems.compactMap { problem -> Int? in
            guard case let .duplicateId(id, _) = problem.kind, !twiceOnASide.contains(TextForm.nfc(id)),
                  !conflictLines.contains(problem.line - 1) else { return nil }
            return problem.line
        }
        for line in made {
            guard let index = plan.taskIndex(line: line), let old = plan.tasks[index].id else { continue }
            let parent = Int(plan.slots[index].parent)
            let newId = plan.newId(parent: parent < 0 ? nil : parent)
            var fields = plan.tasks[index].fields
            if let first = fields.firstIndex(where: { $0.key == Field.Key.id }) {
                fields[first] = Field(key: Field.Key.id, value: newId)
            }
            _ = plan.rewrite(task: index, status: nil, title: nil, fields: fields)
            notes.append(MergeNote(kind: .renumbered(newId: newId), subject: old, line: line))
        }
        bytes = plan.bytes
        notes.sort { $0.line < $1.line }
    }
}
