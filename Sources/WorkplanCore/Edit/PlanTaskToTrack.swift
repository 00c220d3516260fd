/// Moving a task to another track, where the officer would otherwise cut its lines and paste
/// them under another heading.
extension Plan {
    /// Moves a task with its subtasks and notes to the end of another track, at that track's
    /// top level and indentation (as a task added there would be). The task keeps its id and
    /// bullet; every other line keeps its bytes.
    public mutating func moveTask(_ index: Int, toTrack track: Int) throws(EditError) -> (index: Int, edit: LineBlockEdit) {
        guard tracks.indices.contains(track), track != Int(slots[index].track) else { throw .alreadyInTrack }
        let source = subtreeLines(index)
        let end = endOfTrack(track)
        let moved = shifted(source, from: indentation(of: index), to: end.indent)
        let span: Range<Int>
        let lines: [[UInt8]]
        let movedLine: Int
        if end.position >= source.upperBound {
            span = source.lowerBound..<end.position
            lines = lineContents(source.upperBound..<end.position) + moved
            movedLine = end.position - source.count
        } else {
            span = end.position..<source.upperBound
            lines = moved + lineContents(end.position..<source.lowerBound)
            movedLine = end.position
        }
        let saved = self
        let count = taskCount
        let edit = replace(lines: span, with: lines)
        let task = try check(task: movedLine, parent: nil, count: count, else: saved)
        guard Int(slots[task].track) == track else {
            self = saved
            throw .wouldDisturbOtherTasks
        }
        return (task, identify(task, in: edit))
    }
}
