/// Reads minutes written by `MinutesFormat`, in either language, also after a person edited
/// them: lines it does not know are left alone, and a field's value may go on over indented
/// lines.
public enum MinutesReading {
    /// The minutes in a text, or nil when it has no `# ` title, meeting date or start time.
    public static func parse(_ text: String) -> MeetingMinutes? {
        var title: String?
        var date: PlanDate?
        var started: ClockTime?
        var ended: ClockTime?
        var chair = ""
        var attendees = ""
        var facts: [MinutesLabel: String] = [:]
        var agenda: [String] = []
        var items: [MinutesItem] = []
        var continuing: MinutesLabel?
        // "\r\n" is one Character: split on it as well as on "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("  "), let label = continuing, !line.allSatisfy(\.isWhitespace) {
                let more = String(line.drop(while: { $0 == " " }))
                switch label {
                case .chair: chair += "\n" + more
                case .attendees: attendees += "\n" + more
                case .place, .chairTitle, .secretary: facts[label, default: ""] += "\n" + more
                default: if !items.isEmpty { items[items.count - 1].append(more, to: label) }
                }
                continue
            }
            continuing = nil
            if title == nil, line.hasPrefix("# ") {
                title = String(line.dropFirst(2)).trimmed
            } else if line.hasPrefix("## ") {
                items.append(heading(line.dropFirst(3)))
            } else if line.hasPrefix("- "), let colon = line.firstIndex(of: ":"),
                      let label = MinutesLabel.named(line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmed) {
                let value = String(line[line.index(after: colon)...]).trimmed
                continuing = label
                switch label {
                case .date: date = parseDate(value)
                case .started: started = ClockTime(value)
                case .ended: ended = ClockTime(value)
                case .chair: chair = value
                case .attendees: attendees = value
                case .place, .chairTitle, .secretary: facts[label] = value
                case .agenda: agenda = value.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty }
                default: if !items.isEmpty { items[items.count - 1].set(label, value) }
                }
            }
        }
        guard let title, let date, let started else { return nil }
        var minutes = MeetingMinutes(title: title, date: date, started: started, chair: chair, attendees: attendees,
                                     agenda: agenda, items: items, ended: ended)
        minutes.place = facts[.place] ?? ""
        minutes.chairTitle = facts[.chairTitle] ?? ""
        minutes.secretary = facts[.secretary] ?? ""
        return minutes
    }

    /// An item from its heading, `1. KH1 — Title`.
    static func heading(_ text: Substring) -> MinutesItem {
        var rest = text.trimmed[...]
        if let dot = rest.firstIndex(of: "."), rest[..<dot].allSatisfy(\.isNumber), dot > rest.startIndex {
            rest = rest[rest.index(after: dot)...].drop(while: { $0 == " " })
        }
        for separator in [" — ", " – ", " - "] {
            if let range = rest.firstRange(of: separator) {
                return MinutesItem(taskId: String(rest[..<range.lowerBound]).trimmed,
                                   title: String(rest[range.upperBound...]).trimmed)
            }
        }
        var id = String(rest).trimmed
        for dash in ["—", "–", "-"] where id.hasSuffix(" " + dash) { id = String(id.dropLast(2)).trimmed }
        return MinutesItem(taskId: id, title: "")
    }

    /// A date written `15/03/2021` or `2021-03-15`.
    static func parseDate(_ text: String) -> PlanDate? {
        PlanDate(written: text)
    }

    /// `before → after`, or one value for both.
    static func change(_ text: String) -> (before: String, after: String) {
        for arrow in ["→", "->"] {
            if let range = text.firstRange(of: arrow) {
                return (String(text[..<range.lowerBound]).trimmed, String(text[range.upperBound...]).trimmed)
            }
        }
        return (text, text)
    }

    /// A status written by its name in either language (or its mark); nil for "none".
    static func parseStatus(_ text: String) -> TaskStatus? {
        let folded = TextFolding.fold(text)
        return TaskStatus.allCases.first { status in
            Language.allCases.contains { TextFolding.fold(status.name($0)) == folded }
        } ?? TaskStatus(keyword: text)
    }
}

private extension MinutesItem {
    /// Sets the field a list line gives.
    mutating func set(_ label: MinutesLabel, _ value: String) {
        switch label {
        case .time:
            let parts = value.split(whereSeparator: { $0 == "–" || $0 == "-" })
            from = parts.first.flatMap { ClockTime($0.trimmed) }
            to = parts.count > 1 ? ClockTime(parts[1].trimmed) : nil
        case .status:
            let (before, after) = MinutesReading.change(value)
            statusBefore = MinutesReading.parseStatus(before)
            statusAfter = MinutesReading.parseStatus(after)
        case .due:
            let (before, after) = MinutesReading.change(value)
            dueBefore = MinutesReading.parseDate(before)
            dueAfter = MinutesReading.parseDate(after)
        case .progress:
            let (before, after) = MinutesReading.change(value)
            progressBefore = MinutesNone.means(before) ? "" : before
            progress = MinutesNone.means(after) ? "" : after
        case .outcome: outcome = value
        case .opinions: opinions = value
        case .decision: decision = value
        case .responsible: responsible = value
        case .followUp: followUp = ["co", "có", "yes", "x", "true"].contains(TextFolding.fold(value))
        default: break
        }
    }

    /// Adds a further line to a text field.
    mutating func append(_ line: String, to label: MinutesLabel) {
        switch label {
        case .outcome: outcome += "\n" + line
        case .opinions: opinions += "\n" + line
        case .decision: decision += "\n" + line
        case .responsible: responsible += "\n" + line
        default: break
        }
    }
}
