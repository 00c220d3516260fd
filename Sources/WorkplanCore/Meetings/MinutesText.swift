/// The minutes as plain text, the way a secretary hands them in: a centred header (`BIÊN BẢN
/// HỌP`, the title, the day and hours), who chaired and attended, the numbered items with their
/// fields indented, a closing summary and, once the meeting has ended, its closing hour and the
/// places for the secretary's and the chair's signatures; no Markdown markup, lines wrapped for
/// print.
public enum MinutesText {
    /// The minutes in a language, each line at most `width` columns (wrapped at spaces),
    /// ending with a newline. Text from the file is shown as written, control characters as
    /// their pictures.
    public static func render(_ minutes: MeetingMinutes, _ language: Language, width: Int = 80) -> String {
        var lines = centred(language.pick(vi: "BIÊN BẢN HỌP", en: "MEETING MINUTES"), width)
        lines += centred(minutes.title, width)
        lines += centred(when(minutes, language), width)
        let facts: [(MinutesLabel, String)] = [(.place, minutes.place), (.chair, minutes.chair),
                                                (.chairTitle, minutes.chairTitle), (.secretary, minutes.secretary),
                                                (.attendees, minutes.attendees)]
        if facts.contains(where: { !$0.1.isEmpty }) { lines.append("") }
        for (label, value) in facts where !value.isEmpty { lines += field(label, value, indent: "", language, width) }
        for (index, item) in minutes.items.enumerated() {
            lines.append("")
            lines += itemLines(item, number: index + 1, language, width)
        }
        lines.append("")
        let summary = MinutesSummary(minutes)
        lines += TextWrapping.lines(summary.sentence(language), first: "", rest: "", width: width)
        if !summary.notReviewed.isEmpty {
            lines += TextWrapping.lines(language.pick(vi: "Chưa xem xét: ", en: "Not reviewed: ")
                                        + summary.notReviewed.map(TextForm.visible).joined(separator: ", ") + ".",
                                        first: "", rest: "", width: width)
        }
        if let ended = minutes.ended {
            lines.append(language.pick(vi: "Cuộc họp kết thúc lúc \(ended).", en: "The meeting ended at \(ended)."))
            lines += signatures(chair: minutes.chair, language, width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The signature places side by side, the secretary's on the left and the chair's on the
    /// right, each title centred over room to sign and, under the chair's, the chair's name.
    private static func signatures(chair: String, _ language: Language, _ width: Int) -> [String] {
        let half = width / 2
        let sign = language.pick(vi: "(Ký, ghi rõ họ tên)", en: "(Signature and full name)")
        let rows: [(String, String)] = [
            ("", ""),
            (language.pick(vi: "THƯ KÝ", en: "SECRETARY"), language.pick(vi: "CHỦ TRÌ", en: "CHAIR")),
            (sign, sign), ("", ""), ("", ""), ("", ""),
        ] + TextWrapping.lines(TextForm.visible(chair), first: "", rest: "", width: half).map { ("", $0) }
        return rows.map { left, right in
            let leftColumn = centredIn(left, half)
            let padding = String(repeating: " ", count: max(0, half - TextWrapping.columns(leftColumn)))
            let line = right.isEmpty ? leftColumn : leftColumn + padding + centredIn(right, width - half)
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }

    /// A text with spaces before it that centre it in a width.
    private static func centredIn(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, (width - TextWrapping.columns(text)) / 2)) + text
    }

    /// `Ngày 15/03/2021, từ 08:00 đến 09:30`, or `… từ 08:00 (chưa kết thúc)`.
    private static func when(_ minutes: MeetingMinutes, _ language: Language) -> String {
        let day = minutes.date.formatted(language)
        let start = minutes.started.description
        guard let ended = minutes.ended else {
            return language.pick(vi: "Ngày \(day), từ \(start) (chưa kết thúc)", en: "On \(day), from \(start) (not finished)")
        }
        return language.pick(vi: "Ngày \(day), từ \(start) đến \(ended)", en: "On \(day), from \(start) to \(ended)")
    }

    /// One reviewed task: `1. KH1 — Title`, then its fields indented under it.
    private static func itemLines(_ item: MinutesItem, number: Int, _ language: Language, _ width: Int) -> [String] {
        let head = "\(number). " + item.taskId + (item.title.isEmpty ? "" : " — " + item.title)
        var lines = TextWrapping.lines(TextForm.visible(head), first: "", rest: "   ", width: width)
        let indent = "   "
        if let from = item.from {
            lines += field(.time, from.description + (item.to.map { "–" + $0.description } ?? ""), indent: indent,
                           language, width)
        }
        if item.statusBefore != nil || item.statusAfter != nil {
            lines += field(.status, change(item.statusBefore, item.statusAfter, language) { $0.name(language) },
                           indent: indent, language, width)
        }
        if item.dueBefore != nil || item.dueAfter != nil {
            lines += field(.due, due(item, language), indent: indent, language, width)
        }
        let texts: [(MinutesLabel, String)] = [(.progress, item.progressText(language)), (.outcome, item.outcome),
                                                (.opinions, item.opinions), (.decision, item.decision),
                                                (.responsible, item.responsible)]
        for (label, value) in texts where !value.isEmpty {
            lines += field(label, value, indent: indent, language, width)
        }
        lines += field(.followUp, item.followUp ? language.pick(vi: "có", en: "yes") : language.pick(vi: "không", en: "no"),
                       indent: indent, language, width)
        return lines
    }

    /// `Label: value`, wrapped with the value's further lines hanging under its first word
    /// (or just indented when the label is too long for that).
    private static func field(_ label: MinutesLabel, _ value: String, indent: String, _ language: Language,
                              _ width: Int) -> [String] {
        let first = indent + label.text(language) + ": "
        let hang = TextWrapping.columns(first)
        let rest = hang <= width / 2 ? String(repeating: " ", count: hang) : indent + "  "
        var lines: [String] = []
        let paragraphs = value.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, paragraph) in paragraphs.enumerated() {
            let text = TextForm.visible(String(paragraph))
            lines += TextWrapping.lines(text, first: index == 0 ? first : rest, rest: rest, width: width)
        }
        return lines
    }

    /// `before → after`, or the value and `(không đổi)` when it did not change.
    private static func change<Value: Equatable>(_ before: Value?, _ after: Value?, _ language: Language,
                                                 _ text: (Value) -> String) -> String {
        let none = MinutesNone.word(language)
        let afterText = after.map(text) ?? none
        guard before != after else { return afterText + language.pick(vi: " (không đổi)", en: " (unchanged)") }
        return (before.map(text) ?? none) + " → " + afterText
    }

    /// The due dates, with how far the date moved: `10/07/2021 → 20/07/2021 (lùi 10 ngày)`.
    private static func due(_ item: MinutesItem, _ language: Language) -> String {
        let text = change(item.dueBefore, item.dueAfter, language) { $0.formatted(language) }
        guard let before = item.dueBefore, let after = item.dueAfter, before != after else { return text }
        let days = before.days(to: after)
        let count = language.count(abs(days), vi: "ngày", en: "day")
        return text + (days > 0 ? language.pick(vi: " (lùi \(count))", en: " (\(count) later)")
                                : language.pick(vi: " (sớm hơn \(count))", en: " (\(count) earlier)"))
    }

    /// A line of the header, wrapped and each piece centred on the page.
    private static func centred(_ text: String, _ width: Int) -> [String] {
        TextWrapping.lines(TextForm.visible(text), first: "", rest: "", width: width).map { line in
            String(repeating: " ", count: max(0, (width - TextWrapping.columns(line)) / 2)) + line
        }
    }
}
