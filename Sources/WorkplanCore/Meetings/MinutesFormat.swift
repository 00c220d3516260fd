/// The minutes file (biên bản), a Markdown file a secretary can hand in: a title, the
/// meeting's list of facts, one section per task reviewed, and the closing time. It is
/// written piece by piece as the meeting goes (header, then each item, then the end), each
/// piece appended, so a file cut off mid-meeting is still complete up to its last item.
public enum MinutesFormat {
    /// The title and the meeting's facts, ending with a blank line.
    public static func header(_ minutes: MeetingMinutes, _ language: Language) -> String {
        var out = "# " + oneLine(minutes.title) + "\n\n"
        out += field(.date, minutes.date.formatted(language), language)
        out += field(.started, minutes.started.description, language)
        if !minutes.place.isEmpty { out += field(.place, minutes.place, language) }
        if !minutes.chair.isEmpty { out += field(.chair, minutes.chair, language) }
        if !minutes.chairTitle.isEmpty { out += field(.chairTitle, minutes.chairTitle, language) }
        if !minutes.secretary.isEmpty { out += field(.secretary, minutes.secretary, language) }
        if !minutes.attendees.isEmpty { out += field(.attendees, minutes.attendees, language) }
        out += field(.agenda, minutes.agenda.joined(separator: ", "), language)
        return out + "\n"
    }

    /// One reviewed task's section, numbered, ending with a blank line.
    public static func item(_ item: MinutesItem, number: Int, _ language: Language) -> String {
        var out = "## \(number). " + item.taskId + (item.title.isEmpty ? "" : " — " + oneLine(item.title)) + "\n"
        if let from = item.from {
            out += field(.time, from.description + (item.to.map { "–" + $0.description } ?? ""), language)
        }
        out += field(.status, change(item.statusBefore, item.statusAfter, language) { $0.name(language) }, language)
        if item.dueBefore != nil || item.dueAfter != nil {
            out += field(.due, change(item.dueBefore, item.dueAfter, language) { $0.formatted(language) }, language)
        }
        if !item.progress.isEmpty || item.progressChanged { out += field(.progress, item.progressText(language), language) }
        if !item.outcome.isEmpty { out += field(.outcome, item.outcome, language) }
        if !item.opinions.isEmpty { out += field(.opinions, item.opinions, language) }
        if !item.decision.isEmpty { out += field(.decision, item.decision, language) }
        if !item.responsible.isEmpty { out += field(.responsible, item.responsible, language) }
        out += field(.followUp, item.followUp ? language.pick(vi: "có", en: "yes") : language.pick(vi: "không", en: "no"),
                     language)
        return out + "\n"
    }

    /// The text with its agenda line (`- Chương trình: …`, in either language) giving `agenda`
    /// instead, every other byte as it was; a line added when there is none, after the meeting's
    /// facts. Used when a task is added to the agenda during the meeting.
    public static func replacingAgenda(in text: String, with agenda: [String], _ language: Language) -> String {
        // Split at each newline scalar: "\r\n" is one Character, and a CRLF file keeps its returns.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        let written = field(.agenda, agenda.joined(separator: ", "), language).dropLast()
        var lastFact: Int?
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("- "), let colon = line.firstIndex(of: ":"),
                  let label = MinutesLabel.named(line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmed),
                  label.isMeetingLabel else { continue }
            if label == .agenda {
                // Keep the label as the file wrote it, and a carriage return that ended the line.
                let ending = line.hasSuffix("\r") ? "\r" : ""
                lines[index] = String(line[...colon]) + " " + agenda.joined(separator: ", ") + ending
                return lines.joined(separator: "\n")
            }
            lastFact = index
        }
        lines.insert(String(written), at: (lastFact ?? 0) + 1)
        return lines.joined(separator: "\n")
    }

    /// The closing line with the time the meeting ended.
    public static func closing(_ ended: ClockTime, _ language: Language) -> String {
        field(.ended, ended.description, language)
    }

    /// The whole minutes as one text, as the pieces written one after another make it.
    public static func render(_ minutes: MeetingMinutes, _ language: Language) -> String {
        var out = header(minutes, language)
        for (index, recorded) in minutes.items.enumerated() {
            out += item(recorded, number: index + 1, language)
        }
        if let ended = minutes.ended { out += closing(ended, language) }
        return out
    }

    /// `- Label: value`, the value's further lines indented under it.
    private static func field(_ label: MinutesLabel, _ value: String, _ language: Language) -> String {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map { oneLine($0) }
        return "- " + label.text(language) + ": " + lines.joined(separator: "\n  ") + "\n"
    }

    /// `before → after`, or just the value when it did not change; `—` for none.
    private static func change<Value: Equatable>(_ before: Value?, _ after: Value?, _ language: Language,
                                                 _ text: (Value) -> String) -> String {
        let none = MinutesNone.word(language)
        let afterText = after.map(text) ?? none
        return before == after ? afterText : (before.map(text) ?? none) + " → " + afterText
    }

    /// A text without line breaks or control characters, for a heading or a list line, in NFC
    /// (a title copied from a plan written in NFD is written as the officer's typing is).
    private static func oneLine(_ text: some StringProtocol) -> String {
        TextForm.nfc(String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 })))
    }
}
