/// A plan cut into the pieces a merge matches across three versions, every line of the file
/// in exactly one piece: the lines before the first section; each `##` section's heading and
/// the lines under it before its first item; each task (its line, then every line up to the
/// next task or heading: its note, its entries, free text after it); each unit or person
/// declaration. Tasks are matched by id, else by their parent and folded title; sections by
/// their kind and folded heading; declarations by their code.
struct MergeTree {
    /// One line: its bytes without the ending, and the ending.
    struct Line: Hashable {
        var content: [UInt8]
        var ending: LineEnding
    }

    /// A line under a task, with the task's indentation taken off when it starts with it, so
    /// that a task moved to another depth on one side still merges with its note edited on the
    /// other.
    struct BodyLine: Hashable {
        var line: Line
        /// True when the task's indentation was taken off (and is put back, as it is then).
        var relative: Bool
    }

    /// A task or a declaration.
    struct Node {
        var key: String
        /// The task's or declaration's line, without its indentation.
        var line: Line
        /// The line's indentation, as written.
        var indent: [UInt8]
        var body: [BodyLine]
        /// The section it stands in, and its parent task's key when it has one.
        var section: String
        var parent: String?
        var children: [String] = []
        /// The task's id, as written, for tasks that have one.
        var id: String?
        var isTask: Bool
    }

    struct Section {
        var key: String
        var head: [Line]
        /// The keys of its top-level tasks or its declarations, in order.
        var items: [String] = []
        /// The blank lines that end the section, whichever item came last: a side that deletes
        /// the last task leaves the blank line before the next heading where it was.
        var tail: [Line] = []
    }

    var hasByteOrderMark: Bool
    var usualEnding: LineEnding
    var preamble: [Line] = []
    var sections: [Section] = []
    var nodes: [String: Node] = [:]
    /// The nodes' keys in file order.
    private(set) var orderedKeys: [String] = []

    init(_ plan: Plan) {
        let text = plan.text
        hasByteOrderMark = text.hasByteOrderMark
        usualEnding = text.usualEnding
        let declarations = Dictionary(plan.units.map { ($0.line, "unit:" + $0.code) }, uniquingKeysWith: { first, _ in first })
            .merging(plan.persons.map { ($0.line, "person:" + $0.handle) }, uniquingKeysWith: { first, _ in first })
        var taskKeys: [String] = []
        var usedKeys: [String: Int] = [:]
        var nextTask = 0
        var fence: UInt8?
        var owner: String?
        var declarationSection = false
        for number in 0..<text.lineCount {
            let content = text.content(number)
            let line = Line(content: Array(content), ending: text.ending(number))
            if nextTask < plan.taskCount, Int(plan.slots[nextTask].line) == number {
                let task = plan.tasks[nextTask]
                let slot = plan.slots[nextTask]
                if sections.isEmpty { sections.append(Section(key: "", head: [])) }
                let parent = slot.parent >= 0 ? taskKeys[Int(slot.parent)] : nil
                let wanted = task.id.map { "id:" + TextForm.nfc($0) }
                    ?? "@" + (parent ?? sections[sections.count - 1].key) + "/" + TextFolding.fold(task.title)
                let key = Self.unique(wanted, in: &usedKeys)
                taskKeys.append(key)
                add(Node(key: key, line: line, indent: [], body: [], section: sections[sections.count - 1].key,
                         parent: parent, id: task.id, isTask: true), indenting: true)
                owner = key
                nextTask += 1
                continue
            }
            let dedented = content.drop { $0 == 32 || $0 == 9 }
            if let mark = LineShape.fence(dedented) {
                if fence == nil { fence = mark } else if fence == mark { fence = nil }
            } else if fence == nil, LineShape.headingLevel(content) == 2 {
                closeSection(lastOwner: owner)
                let words = DeclarationScan.headingText(content, level: 2)
                let kind = DeclarationScan.section(words)
                declarationSection = kind == .units || kind == .persons
                let wanted = kind.map { "\($0)" } ?? "track:" + TextFolding.fold(words)
                sections.append(Section(key: Self.unique(wanted, in: &usedKeys), head: [line]))
                owner = nil
                continue
            }
            if declarationSection, let key = declarations[number] {
                let unique = Self.unique(key, in: &usedKeys)
                add(Node(key: unique, line: line, indent: [], body: [], section: sections[sections.count - 1].key,
                         parent: nil, isTask: false), indenting: false)
                owner = unique
                continue
            }
            if let owner, var node = nodes[owner] {
                node.body.append(Self.bodyLine(line, under: node.indent))
                nodes[owner] = node
            } else if sections.isEmpty {
                preamble.append(line)
            } else {
                sections[sections.count - 1].head.append(line)
            }
        }
        closeSection(lastOwner: owner)
    }

    /// Moves the blank lines at the end of the last section to its tail.
    private mutating func closeSection(lastOwner: String?) {
        guard let last = sections.indices.last else { return }
        let isBlank = { (line: Line) in line.content.allSatisfy { $0 == 32 || $0 == 9 } }
        if let lastOwner, var node = nodes[lastOwner] {
            while let line = node.body.last, isBlank(line.line) {
                let whole = line.relative ? node.indent + line.line.content : line.line.content
                sections[last].tail.insert(Line(content: whole, ending: line.line.ending), at: 0)
                node.body.removeLast()
            }
            nodes[lastOwner] = node
        } else {
            while sections[last].head.count > 1, let line = sections[last].head.last, isBlank(line) {
                sections[last].tail.insert(line, at: 0)
                sections[last].head.removeLast()
            }
        }
    }

    /// A key not used before in this version: a second task with the same id or title gets `#2`.
    private static func unique(_ key: String, in used: inout [String: Int]) -> String {
        let count = (used[key] ?? 0) + 1
        used[key] = count
        return count == 1 ? key : key + "#\(count)"
    }

    private mutating func add(_ node: Node, indenting: Bool) {
        var node = node
        if indenting {
            let indent = node.line.content.prefix { $0 == 32 || $0 == 9 }
            node.indent = Array(indent)
            node.line.content.removeFirst(indent.count)
        }
        if let parent = node.parent {
            nodes[parent]?.children.append(node.key)
        } else {
            sections[sections.count - 1].items.append(node.key)
        }
        nodes[node.key] = node
        orderedKeys.append(node.key)
    }

    static func bodyLine(_ line: Line, under indent: [UInt8]) -> BodyLine {
        guard !indent.isEmpty, line.content.starts(with: indent) else { return BodyLine(line: line, relative: false) }
        return BodyLine(line: Line(content: Array(line.content.dropFirst(indent.count)), ending: line.ending), relative: true)
    }

    /// Gives the node known as `key` the key `newKey`, and its subtasks without an id the keys
    /// that follow from it (theirs are made from their parent's).
    mutating func rekey(_ key: String, to newKey: String) {
        guard var node = nodes.removeValue(forKey: key) else { return }
        node.key = newKey
        if let parent = node.parent, var holder = nodes[parent] {
            holder.children = holder.children.map { $0 == key ? newKey : $0 }
            nodes[parent] = holder
        } else if let section = sections.firstIndex(where: { $0.key == node.section }) {
            sections[section].items = sections[section].items.map { $0 == key ? newKey : $0 }
        }
        nodes[newKey] = node
        if let at = orderedKeys.firstIndex(of: key) { orderedKeys[at] = newKey }
        let prefix = "@" + key + "/"
        for child in node.children {
            nodes[child]?.parent = newKey
            if child.hasPrefix(prefix) { rekey(child, to: "@" + newKey + "/" + child.dropFirst(prefix.count)) }
        }
    }

    /// The keys of the items a container holds: a section's (`section:KEY`) or a task's.
    func children(of container: String) -> [String] {
        if container.hasPrefix("section:") {
            let key = String(container.dropFirst("section:".count))
            return sections.first { $0.key == key }?.items ?? []
        }
        return nodes[container]?.children ?? []
    }

    /// Where a node stands: its parent's key, or `section:KEY` at the top of a section.
    func container(of key: String) -> String? {
        guard let node = nodes[key] else { return nil }
        return node.parent ?? "section:" + node.section
    }
}
