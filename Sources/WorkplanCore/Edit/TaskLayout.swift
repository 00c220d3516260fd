/// Where tasks stand in the file and how they are indented: what the edits that add, move,
/// indent and outdent tasks need to know to change the tree exactly as asked.
extension Plan {
    /// The lines of a task's subtree: from its own line to the last line of its last
    /// descendant (that task's line or the end of its note), the lines in between included.
    func subtreeLines(_ index: Int) -> Range<Int> {
        Int(slots[index].line)..<(lastLine(of: index + Int(slots[index].descendants)) + 1)
    }

    /// A task's siblings in file order, itself included: the children of its parent, or the
    /// tasks at the top of its track.
    func siblings(of index: Int) -> [Int] {
        let parent = Int(slots[index].parent)
        if parent >= 0 { return children(of: parent) }
        let range = tracks[Int(slots[index].track)].tasks
        var result: [Int] = []
        var task = range.lowerBound
        while task < range.upperBound {
            result.append(task)
            task += Int(slots[task].descendants) + 1
        }
        return result
    }

    /// The parent's index, or nil for a task at the top of its track.
    func parentIndex(of index: Int) -> Int? {
        slots[index].parent < 0 ? nil : Int(slots[index].parent)
    }

    /// The spaces and tabs a line starts with.
    func leadingWhitespace(_ line: Int) -> [UInt8] {
        Array(text.content(line).prefix(while: TaskLineSyntax.isBlank))
    }

    /// The indentation of a task's line.
    func indentation(of index: Int) -> [UInt8] {
        leadingWhitespace(Int(slots[index].line))
    }

    /// The indentation a new last child of `parent` gets: that of its last child, else the
    /// parent's and one step more.
    func childIndentation(of parent: Int) -> [UInt8] {
        if let last = children(of: parent).last { return indentation(of: last) }
        return indentation(of: parent) + indentStep
    }

    /// The indentation step the file uses: what the first subtask that is indented like its
    /// parent and then some adds to its parent's indentation (a tab in a file indented with
    /// tabs), else two spaces.
    var indentStep: [UInt8] {
        for index in slots.indices where slots[index].descendants > 0 {
            let parent = indentation(of: index)
            let child = indentation(of: index + 1)
            if child.count > parent.count, child.starts(with: parent) { return Array(child[parent.count...]) }
        }
        return [32, 32]
    }

    /// The first line at or after `start` where a task indented `columns` deep can go without
    /// taking the lines after it as its note: past free text indented deeper than that (and
    /// the blank lines within it), but before any task, fence or other line.
    func freeLine(from start: Int, indent columns: Int) -> Int {
        var free = start
        var line = start
        while line < text.lineCount {
            let content = text.content(line)
            guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else {
                line += 1
                continue
            }
            guard LineShape.indentColumns(content) > columns, TaskLineSyntax(content) == nil,
                  LineShape.fence(content[first...]) == nil else { break }
            line += 1
            free = line
        }
        return free
    }

    /// The lines with their indentation moved from `oldPrefix` (the indentation of the
    /// subtree's task) to `newPrefix`: every line by the same number of columns, so that the
    /// subtree and its notes keep their shape. A line that starts with `oldPrefix` gets
    /// `newPrefix` in its place when that gives the right width; any other line is indented
    /// anew (tabs and spaces when it used tabs). Blank lines stay as they are, and a line that
    /// was indented stays indented, so that it never ends the nesting.
    func shifted(_ lines: Range<Int>, from oldPrefix: [UInt8], to newPrefix: [UInt8]) -> [[UInt8]] {
        let delta = LineShape.indentColumns(newPrefix[...]) - LineShape.indentColumns(oldPrefix[...])
        return lines.map { line in
            let content = text.content(line)
            let width = content.prefix(while: TaskLineSyntax.isBlank).count
            guard width < content.count else { return Array(content) }
            let columns = LineShape.indentColumns(content)
            if content.starts(with: oldPrefix) {
                let candidate = newPrefix + content.dropFirst(oldPrefix.count)
                if LineShape.indentColumns(candidate[...]) == columns + delta { return candidate }
            }
            let target = max(columns + delta, columns > 0 ? 1 : 0)
            let tabs = content.prefix(width).contains(9) || newPrefix.contains(9)
            let indent = tabs ? [UInt8](repeating: 9, count: target / 4) + [UInt8](repeating: 32, count: target % 4)
                : [UInt8](repeating: 32, count: target)
            return indent + content.dropFirst(width)
        }
    }

    /// The bytes of the lines of a range, as they are.
    func lineContents(_ lines: Range<Int>) -> [[UInt8]] {
        lines.map { Array(text.content($0)) }
    }

    /// The last line that belongs to a task: its own line or its note's last line.
    func lastLine(of index: Int) -> Int {
        max(tasks[index].line, tasks[index].noteLines.upperBound - 1)
    }

    /// The bullet (`-`, `*` or `+`) of a task's line.
    func bullet(of index: Int) -> String {
        let content = text.content(tasks[index].line)
        guard let byte = content.first(where: { $0 != 32 && $0 != 9 }) else { return "-" }
        return String(decoding: [byte], as: UTF8.self)
    }
}
