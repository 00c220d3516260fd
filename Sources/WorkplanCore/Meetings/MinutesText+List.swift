extension MinutesText {
    /// The meetings as a list, two lines each: the day, the hours (or `chưa kết thúc`) and the
    /// title; then how many tasks were reviewed and the file's name; a blank line between
    /// meetings and a closing count naming the folder. Ends with a newline.
    public static func list(_ meetings: [(name: String, minutes: MeetingMinutes)], folder: String,
                            _ language: Language, width: Int = 80) -> String {
        var lines: [String] = []
        for (index, meeting) in meetings.enumerated() {
            if index > 0 { lines.append("") }
            let minutes = meeting.minutes
            let start = minutes.date.formatted(language) + "  " + hours(minutes, language) + "  "
            lines += TextWrapping.lines(TextForm.visible(minutes.title), first: start, rest: indent, width: width)
            let reviewed = language.count(minutes.items.count, vi: "nhiệm vụ", en: "task")
            lines.append(indent + language.pick(vi: "xem xét \(reviewed)", en: "\(reviewed) reviewed") + " · "
                         + TextForm.visible(meeting.name))
        }
        if !meetings.isEmpty { lines.append("") }
        let place = TextForm.visible(folder)
        lines.append(language.pick(vi: "\(meetings.count) cuộc họp trong \(place).",
                                   en: "\(language.count(meetings.count, vi: "", en: "meeting")) in \(place)."))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `08:00–09:30`, or `08:00, chưa kết thúc` for a meeting without its closing line.
    private static func hours(_ minutes: MeetingMinutes, _ language: Language) -> String {
        minutes.started.description
            + (minutes.ended.map { "–" + $0.description } ?? language.pick(vi: ", chưa kết thúc", en: ", not finished"))
    }

    /// Where the second line of a meeting begins: under the hours, after the day.
    private static var indent: String { String(repeating: " ", count: 12) }
}
