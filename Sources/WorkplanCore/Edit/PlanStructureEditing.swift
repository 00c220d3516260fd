/// Changing the tree: deleting a task, moving it among its siblings, indenting and outdenting
/// it. A task always goes with its subtree and notes; every other line keeps its bytes. Each
/// returns the index of the task to select afterwards and the edit. The task moved gets an id
/// when it has none.
extension Plan {
    /// Deletes a task with its subtree and notes. The index is the task to select afterwards:
    /// the next sibling, else the previous one, else the parent, else nil.
    public mutating func deleteTask(_ index: Int) -> (index: Int?, edit: LineBlockEdit) {
        let size = Int(slots[index].descendants) + 1
        let siblings = siblings(of: index)
        let position = siblings.firstIndex(of: index) ?? 0
        let select: Int? = if position + 1 < siblings.count {
            siblings[position + 1] - size
        } else if position > 0 {
            siblings[position - 1]
        } else {
            parentIndex(of: index)
        }
        let edit = replace(lines: subtreeLines(index), with: [], taskId: tasks[index].id)
        return (select.flatMap { $0 < taskCount ? $0 : nil }, edit)
    }

    /// Moves a task past `offset` of its siblings: -1 swaps it with the previous sibling, +1 with
    /// the next (whole subtrees). Lines between the siblings stay where they are. Throws when
    /// there are not that many siblings before or after it.
    public mutating func moveTask(_ index: Int, by offset: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let siblings = siblings(of: index)
        let position = siblings.firstIndex(of: index) ?? 0
        guard position + offset >= 0 else { throw .noSiblingBefore }
        guard position + offset < siblings.count else { throw .noSiblingAfter }
        guard offset != 0 else {
            let line = editString(Int(slots[index].line))
            return (index, LineBlockEdit(start: Int(slots[index].line), old: [line], new: [line], taskId: tasks[index].id))
        }
        let blocks = siblings[min(position, position + offset)...max(position, position + offset)].map(subtreeLines)
        var order = Array(blocks.indices)
        if offset > 0 { order.append(order.removeFirst()) } else { order.insert(order.removeLast(), at: 0) }
        let start = blocks[0].lowerBound
        let moved = offset > 0 ? 0 : blocks.count - 1
        var lines: [[UInt8]] = []
        var movedLine = start
        for (place, block) in order.enumerated() {
            if place > 0 { lines += lineContents(blocks[place - 1].upperBound..<blocks[place].lowerBound) }
            if block == moved { movedLine = start + lines.count }
            lines += lineContents(blocks[block])
        }
        let saved = self
        let (count, parent) = (taskCount, parentIndex(of: index))
        let edit = replace(lines: start..<blocks[blocks.count - 1].upperBound, with: lines)
        let task = try check(task: movedLine, parent: parent, count: count, else: saved)
        return (task, identify(task, in: edit))
    }

    /// Makes a task the last subtask of its previous sibling, indented like that sibling's
    /// other subtasks (or one step deeper). Throws when it has no previous sibling.
    public mutating func indentTask(_ index: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let siblings = siblings(of: index)
        guard let position = siblings.firstIndex(of: index), position > 0 else { throw .cannotIndent }
        let parent = siblings[position - 1]
        let lines = subtreeLines(index)
        let new = shifted(lines, from: indentation(of: index), to: childIndentation(of: parent))
        let saved = self
        let count = taskCount
        let edit = replace(lines: lines, with: new)
        let task = try check(task: lines.lowerBound, parent: parent, count: count, else: saved)
        return (task, identify(task, in: edit))
    }

    /// Makes a task the next sibling of its parent, indented like the parent and placed right
    /// after the parent's subtree: its later siblings stay the parent's subtasks. Throws for a
    /// task at the top of its track.
    public mutating func outdentTask(_ index: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        guard let parent = parentIndex(of: index) else { throw .cannotOutdent }
        let lines = subtreeLines(index)
        let parentEnd = subtreeLines(parent).upperBound
        let new = lineContents(lines.upperBound..<parentEnd)
            + shifted(lines, from: indentation(of: index), to: indentation(of: parent))
        let saved = self
        let (count, grandparent) = (taskCount, parentIndex(of: parent))
        let edit = replace(lines: lines.lowerBound..<parentEnd, with: new)
        let task = try check(task: parentEnd - lines.count, parent: grandparent, count: count, else: saved)
        return (task, identify(task, in: edit))
    }
}
