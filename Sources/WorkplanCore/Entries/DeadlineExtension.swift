/// An extension of a task's deadline (gia hạn), written as a dated entry under the task:
/// `- 2021-06-01: gia hạn 2021-07-10 → 2021-07-20; lý do: chờ ý kiến Bộ Nội vụ; theo: 12/TB-HĐND`
/// (in English `extended …; reason: …; by: …`). The task's `due:` is the deadline in force; the
/// entries keep its history: the first one's old deadline is the original, and a report as of a
/// day before an extension counts against the deadline in force that day.
public struct DeadlineExtension: Sendable, Equatable {
    /// The day the extension was decided (the entry's date).
    public let decided: PlanDate
    /// The deadline before it.
    public let from: PlanDate
    /// The deadline after it.
    public let to: PlanDate
    /// Why it was granted.
    public let reason: String
    /// The document or the meeting that decided it, if written.
    public let decidedBy: String?

    /// The entry's words: `gia hạn 2021-07-10 → 2021-07-20; lý do: …; theo: …`.
    public func text(_ language: Language) -> String {
        var text = language.pick(vi: "gia hạn ", en: "extended ") + from.iso + " → " + to.iso
            + language.pick(vi: "; lý do: ", en: "; reason: ") + reason
        if let decidedBy { text += language.pick(vi: "; theo: ", en: "; by: ") + decidedBy }
        return text
    }

    /// `10/07/2021 → 20/07/2021 (gia hạn ngày 01/06/2021: chờ ý kiến Bộ Nội vụ; theo 12/TB-HĐND)`.
    public func summary(_ language: Language) -> String {
        var text = from.formatted(language) + " → " + to.formatted(language) + " ("
            + language.pick(vi: "gia hạn ngày ", en: "extended on ") + decided.formatted(language) + ": " + reason
        if let decidedBy { text += language.pick(vi: "; theo ", en: "; by ") + decidedBy }
        return text + ")"
    }

    /// The deadline in force on a day, from a task's extensions in the order decided and its
    /// `due:`: the old deadline of the first extension decided after that day, else `due:`.
    static func inForce(_ granted: [DeadlineExtension], due: PlanDate?, on day: PlanDate) -> PlanDate? {
        granted.first { $0.decided > day }?.from ?? due
    }

    /// What an entry's words say about an extension: nil when they do not start with `gia hạn`
    /// or `extended` (case and diacritics aside); otherwise the extension, or the reason it
    /// cannot be read (two dates with an arrow between them, and a reason, are needed).
    static func read(_ words: String, decided: PlanDate) -> Result<DeadlineExtension, ExtensionProblem>? {
        guard let lead = leadWord(words) else { return nil }
        var rest = Substring(words.dropFirst(lead.count)).drop { $0 == " " }
        let labels = Labels(rest)
        rest = rest[..<labels.end]
        let sides = rest.replacing("->", with: "→").split(separator: "→", maxSplits: 1)
        guard sides.count == 2, let from = PlanDate(written: sides[0].trimmed), let to = PlanDate(written: sides[1].trimmed) else {
            return .failure(.dates)
        }
        guard let reason = labels.reason, !reason.isEmpty else { return .failure(.reason) }
        return .success(DeadlineExtension(decided: decided, from: from, to: to, reason: reason, decidedBy: labels.decidedBy))
    }

    /// True when an entry's words start like an extension: `gia hạn` or `extended` (case and
    /// diacritics aside), then a space.
    static func startsLikeOne(_ words: String) -> Bool {
        leadWord(words) != nil
    }

    /// The folded lead words an extension starts with, if it does.
    private static func leadWord(_ words: String) -> String? {
        let folded = TextFolding.fold(words.prefix(9))
        return ["gia han ", "extended "].first { folded.hasPrefix($0) }
    }

    /// The labelled parts after the dates: `; lý do: …` (`; reason: …`) and `; theo: …`
    /// (`; by: …`), in either order.
    private struct Labels {
        var reason: String?
        var decidedBy: String?
        /// Where the first label starts: the dates end there.
        var end: Substring.Index

        init(_ text: Substring) {
            end = text.endIndex
            var found: [(start: Substring.Index, valueStart: Substring.Index, isReason: Bool)] = []
            var index = text.startIndex
            while index < text.endIndex {
                if text[index] == ";" {
                    let after = text[text.index(after: index)...].drop { $0 == " " }
                    let folded = TextFolding.fold(after.prefix(8))
                    for (label, isReason) in [("ly do:", true), ("reason:", true), ("theo:", false), ("by:", false)]
                    where folded.hasPrefix(label) {
                        found.append((index, after.index(after.startIndex, offsetBy: label.count), isReason))
                        break
                    }
                }
                index = text.index(after: index)
            }
            guard let first = found.first else { return }
            end = first.start
            for (position, part) in found.enumerated() {
                let stop = position + 1 < found.count ? found[position + 1].start : text.endIndex
                let value = String(text[part.valueStart..<stop]).trimmed
                if part.isReason { reason = reason ?? value } else { decidedBy = decidedBy ?? (value.isEmpty ? nil : value) }
            }
        }
    }
}

/// Why an entry that starts like an extension cannot be read.
enum ExtensionProblem: Error, Equatable {
    /// The old and new deadlines are not two dates with an arrow between them.
    case dates
    /// There is no reason after `; lý do:`.
    case reason
}
