/// Adding tasks where an interactive editor asks for them: after a task, as a task's last
/// subtask, or at the end of a track. Each returns the new task's index and the edit.
extension Plan {
    /// Adds a task right after the subtree of task `index` (its notes included), as its next
    /// sibling, with the same indentation and bullet.
    public mutating func addTask(title: String, status: TaskStatus = .notStarted, fields: [Field] = [],
                                 after index: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let parent = parentIndex(of: index)
        let line = try newTaskLine(indent: indentation(of: index), bullet: bullet(of: index), title: title,
                                   status: status, fields: fields, parent: parent)
        let position = freeLine(from: subtreeLines(index).upperBound, indent: Int(slots[index].indent))
        return try insertTask(line, at: position, parent: parent, track: Int(slots[index].track))
    }

    /// Adds a task as the last subtask of task `index`, indented like its other subtasks (or one
    /// step deeper than it when it has none).
    public mutating func addSubtask(title: String, status: TaskStatus = .notStarted, fields: [Field] = [],
                                    under index: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let indent = childIndentation(of: index)
        let mark = children(of: index).last.map { bullet(of: $0) } ?? bullet(of: index)
        let line = try newTaskLine(indent: indent, bullet: mark, title: title, status: status, fields: fields, parent: index)
        let position = freeLine(from: subtreeLines(index).upperBound, indent: LineShape.indentColumns(indent[...]))
        return try insertTask(line, at: position, parent: index, track: Int(slots[index].track))
    }

    /// Adds a task at the end of a track, indented like the track's other top-level tasks. In a
    /// track without tasks it goes right after the heading; in a plan without tracks, at the end
    /// of the file (before the units section, if there is one).
    public mutating func addTask(title: String, status: TaskStatus = .notStarted, fields: [Field] = [],
                                 inTrack track: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let end = endOfTrack(track)
        let line = try newTaskLine(indent: end.indent, bullet: end.bullet, title: title, status: status, fields: fields, parent: nil)
        return try insertTask(line, at: end.position, parent: nil, track: tracks.isEmpty ? 0 : track)
    }

    /// Where a new top-level task of a track goes, with the indentation and bullet of the
    /// track's other top-level tasks: after its last task's subtree and notes, right after the
    /// heading of a track without tasks, and at the end of a plan without tracks (before its
    /// first section).
    func endOfTrack(_ track: Int) -> (position: Int, indent: [UInt8], bullet: String) {
        guard !tracks.isEmpty else { return (levelTwoHeadings().first ?? text.lineCount, [], "-") }
        guard let last = tracks[track].tasks.last else {
            return (freeLine(from: (tracks[track].line ?? -1) + 1, indent: 0), [], "-")
        }
        let top = ancestors(of: last).last ?? last
        return (freeLine(from: lastLine(of: last) + 1, indent: Int(slots[top].indent)), indentation(of: top), bullet(of: top))
    }

    /// Inserts a new task's line before line `position` and checks that it became a task
    /// with this parent in this track.
    private mutating func insertTask(_ line: [UInt8], at position: Int, parent: Int?,
                                     track: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        let saved = self
        let count = taskCount + 1
        let edit = replace(lines: position..<position, with: [line])
        let index = try check(task: position, parent: parent, count: count, else: saved)
        guard Int(slots[index].track) == track else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return (index, identify(index, in: edit))
    }
}
