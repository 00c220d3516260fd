/// Changing the tracks (mảng công tác): adding, renaming, reordering and deleting the `## `
/// sections that hold the tasks. A track goes with everything up to the next level-2 heading:
/// its tasks, notes and free text; every other line keeps its bytes. Each returns the index of
/// the track to select afterwards and the edit.
extension Plan {
    /// Adds a track after track `after`'s section (at the end of the file when nil or when the
    /// plan has no tracks), with an empty line around its heading.
    public mutating func addTrack(title: String, after track: Int?) throws(EditError) -> (track: Int, edit: LineBlockEdit) {
        let clean = try Plan.trackTitle(title)
        let position: Int
        if let track, tracks.indices.contains(track) {
            position = tracks[track].line.map { sectionEnd(heading: $0) } ?? levelTwoHeadings().first ?? text.lineCount
        } else {
            position = text.lineCount
        }
        let lines = spaced(["## " + clean], at: position)
        let headingLine = position + (lines.first?.isEmpty == true ? 1 : 0)
        let count = (tracks: tracks.count, tasks: taskCount)
        let edit = try replace(lines: position..<position, with: lines) { plan in
            plan.taskCount == count.tasks && plan.tracks.count == count.tracks + 1
                && plan.tracks.contains { $0.line == headingLine }
        }
        return (tracks.firstIndex { $0.line == headingLine } ?? 0, edit)
    }

    /// Writes a new title on a track's heading, after its `## ` as written.
    public mutating func renameTrack(_ track: Int, to title: String) throws(EditError) -> (track: Int, edit: LineBlockEdit) {
        let clean = try Plan.trackTitle(title)
        guard let line = tracks[track].line else { throw .unnamedTrack }
        let content = text.content(line)
        let prefix = content.prefix(while: { $0 == 35 })
        let spaces = content.dropFirst(prefix.count).prefix(while: TaskLineSyntax.isBlank)
        let count = (tracks: tracks.count, tasks: taskCount)
        let edit = try replace(lines: line..<(line + 1), with: [Array(prefix) + Array(spaces) + Array(clean.utf8)]) { plan in
            plan.taskCount == count.tasks && plan.tracks.count == count.tracks && plan.tracks[track].line == line
        }
        return (track, edit)
    }

    /// Swaps a track's section with the one before (-1) or after (+1) it. Lines between the two
    /// sections (a units section) stay where they are, and so do the empty lines that end each
    /// of the two places, so the file keeps its spacing.
    public mutating func moveTrack(_ track: Int, by offset: Int) throws(EditError) -> (track: Int, edit: LineBlockEdit) {
        let other = track + offset
        guard offset != 0, tracks.indices.contains(other) else { throw offset < 0 ? .noTrackBefore : .noTrackAfter }
        guard let firstLine = tracks[min(track, other)].line, let secondLine = tracks[max(track, other)].line else {
            throw .unnamedTrack
        }
        let first = firstLine..<sectionEnd(heading: firstLine)
        let second = secondLine..<sectionEnd(heading: secondLine)
        let firstBody = sectionBody(first)
        let secondBody = sectionBody(second)
        let lines = lineContents(secondBody) + lineContents(firstBody.upperBound..<secondLine)
            + lineContents(firstBody) + lineContents(secondBody.upperBound..<second.upperBound)
        let movedLine = offset < 0 ? firstLine : firstLine + lines.count - firstBody.count - (second.upperBound - secondBody.upperBound)
        let count = (tracks: tracks.count, tasks: taskCount)
        let edit = try replace(lines: first.lowerBound..<second.upperBound, with: lines) { plan in
            plan.taskCount == count.tasks && plan.tracks.count == count.tracks && plan.tracks[other].line == movedLine
        }
        return (other, edit)
    }

    /// Deletes a track's section: its heading, tasks, notes and text. The track to select
    /// afterwards is the one before it, else the next one.
    public mutating func deleteTrack(_ track: Int) throws(EditError) -> (track: Int?, edit: LineBlockEdit) {
        guard let line = tracks[track].line else { throw .unnamedTrack }
        let expected = (tracks: tracks.count - 1, tasks: taskCount - tracks[track].tasks.count)
        let edit = try replace(lines: line..<sectionEnd(heading: line), with: []) { plan in
            plan.taskCount == expected.tasks && plan.tracks.count == expected.tracks
        }
        return (tracks.isEmpty ? nil : max(0, track - 1), edit)
    }

    /// A track's title as it can be written on its heading: one line in NFC, not empty, and not
    /// the name of a declaration section (which would turn the track into units or persons).
    static func trackTitle(_ title: String) throws(EditError) -> String {
        let clean = TaskTitle.clean(title)
        guard !clean.isEmpty else { throw .emptyTrackTitle }
        guard DeclarationScan.section(clean) == nil else { throw .trackTitleNamesSection(title: clean) }
        return clean
    }
}
