/// Where a task's item goes in the text of a minutes file, so that the minutes hold one item
/// per task, in the order of the agenda, however the meeting went back and forth: recording a
/// task again replaces its section where it stands; a new one goes before the first section of
/// a task that comes later on the agenda (else after the last section, before the closing
/// line). The item headings are then numbered 1, 2, … in the order they stand. Every line that
/// is not in the task's own section keeps its bytes, so a person's additions elsewhere stay.
enum MinutesItemPlacement {
    /// The text with the section of `item` (written by `MinutesFormat.item`) in its place.
    static func place(_ item: MinutesItem, agenda: [String], in text: String, _ language: Language) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sections = self.sections(of: lines)
        var new = MinutesFormat.item(item, number: 0, language).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        new.removeLast()
        if let own = sections.first(where: { $0.taskId == item.taskId }) {
            lines.replaceSubrange(own.lines.lowerBound..<written(from: own.lines.lowerBound, in: lines, upTo: own.lines.upperBound),
                                  with: new)
        } else {
            let rank = agenda.firstIndex(of: item.taskId) ?? agenda.count
            let later = sections.first { (agenda.firstIndex(of: $0.taskId) ?? -1) > rank }
            let place = later?.lines.lowerBound ?? sections.last?.lines.upperBound ?? firstClosingLine(of: lines)
                ?? (lines.last == "" ? lines.count - 1 : lines.count)
            if place > 0, lines[place - 1] != "" { new.insert("", at: 0) }
            lines.insert(contentsOf: new, at: place)
        }
        var number = 0
        for index in lines.indices where lines[index].hasPrefix("## ") {
            number += 1
            lines[index] = renumbered(lines[index], number)
        }
        return lines.joined(separator: "\n")
    }

    /// The item sections: from a `## ` heading to the next heading, the closing line or the end.
    private static func sections(of lines: [String]) -> [(taskId: String, lines: Range<Int>)] {
        var found: [(taskId: String, lines: Range<Int>)] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("## ") else {
                index += 1
                continue
            }
            let start = index
            index += 1
            while index < lines.count, !lines[index].hasPrefix("#"), !isClosing(lines[index]),
                  !(index == lines.count - 1 && lines[index].isEmpty) {
                index += 1
            }
            found.append((MinutesReading.heading(lines[start].dropFirst(3)).taskId, start..<index))
        }
        return found
    }

    /// Where the lines Workplan wrote for an item end: its heading, the labelled list lines
    /// under it with their indented further lines, and one blank line. What a person added
    /// after them, up to the next section, is theirs and stays.
    private static func written(from heading: Int, in lines: [String], upTo end: Int) -> Int {
        var index = heading + 1
        while index < end {
            let line = lines[index]
            if line.hasPrefix("  "), !line.allSatisfy({ $0 == " " }) {
                index += 1
            } else if line.hasPrefix("- "), let colon = line.firstIndex(of: ":"),
                      MinutesLabel.named(line[line.index(line.startIndex, offsetBy: 2)..<colon]) != nil {
                index += 1
            } else {
                break
            }
        }
        return index < end && lines[index].isEmpty ? index + 1 : index
    }

    /// The first line that closes the meeting (`- Kết thúc: …`), if any.
    private static func firstClosingLine(of lines: [String]) -> Int? {
        lines.firstIndex(where: isClosing)
    }

    /// True for the closing line, in either language.
    private static func isClosing(_ line: String) -> Bool {
        guard line.hasPrefix("- "), let colon = line.firstIndex(of: ":") else { return false }
        return MinutesLabel.named(line[line.index(line.startIndex, offsetBy: 2)..<colon]) == .ended
    }

    /// A heading with its number written as `number` (`## 3. KH1 — …`); one without a number
    /// gets one.
    private static func renumbered(_ heading: String, _ number: Int) -> String {
        var rest = heading.dropFirst(3).drop(while: { $0 == " " })
        if let dot = rest.firstIndex(of: "."), dot > rest.startIndex, rest[..<dot].allSatisfy(\.isNumber) {
            rest = rest[rest.index(after: dot)...].drop(while: { $0 == " " })
        }
        return "## \(number). " + rest
    }
}
