/// A task's entries over a span, added up the way the office reports them: each kind of count
/// summed under the words of its first entry, in the order the kinds first occur ("9 buổi tiếp
/// công dân, 42 lượt công dân, 26 vụ việc"), with the shares the task asks for, and its latest
/// progress note.
public struct EntryTotals: Sendable, Equatable {
    /// One kind of count, summed.
    public struct Sum: Sendable, Equatable {
        /// What it counts, as the first entry wrote it.
        public let words: String
        /// The sum.
        public let count: Int
        /// When a `share:` names it as a part: the words of its whole.
        public let whole: String?
        /// That share in tenths of a percent; nil without a share, when the whole is missing or
        /// 0, or when the part is above it (a slip of the pen, not a share).
        public let permille: Int?
    }

    /// The sums, in the order their kinds first occur.
    public let sums: [Sum]
    /// How many entries hold counts.
    public let countedEntries: Int
    /// How many entries are progress notes.
    public let progressNotes: Int
    /// The latest progress note, if any (the last written of the latest day).
    public let latestNote: TaskEntry?
    /// The first and the last day of the entries, if any.
    public let span: ClosedRange<PlanDate>?

    /// The totals of some entries, with the shares asked for.
    public init(_ entries: [TaskEntry], shares: [ResultShare] = []) {
        var order: [String] = []
        var totals: [String: (words: String, count: Int)] = [:]
        for count in entries.flatMap(\.counts) {
            let key = count.key
            if let known = totals[key] {
                totals[key] = (known.words, known.count + count.count)
            } else {
                order.append(key)
                totals[key] = (count.words, count.count)
            }
        }
        sums = order.compactMap { key in
            guard let total = totals[key] else { return nil }
            let share = shares.first { EntryCount.key($0.part) == key }
            let whole = share.flatMap { totals[EntryCount.key($0.whole)] }
            let permille = whole.flatMap { whole in
                whole.count > 0 && total.count <= whole.count ? Percent.permille(total.count, of: whole.count) : nil
            }
            return Sum(words: total.words, count: total.count, whole: whole?.words ?? share?.whole, permille: permille)
        }
        countedEntries = entries.count { !$0.counts.isEmpty }
        progressNotes = entries.count { $0.isProgressNote }
        latestNote = entries.filter(\.isProgressNote).max { $0.date < $1.date || ($0.date == $1.date && $0.line < $1.line) }
        let days = entries.map(\.date)
        span = days.min().flatMap { first in days.max().map { first...$0 } }
    }

    /// `9 lần ghi`, `9 entries`, `1 entry`.
    public static func entryCount(_ count: Int, _ language: Language) -> String {
        language.pick(vi: "\(language.number(count)) lần ghi",
                      en: count == 1 ? "1 entry" : "\(language.number(count)) entries")
    }

    /// True when there is no entry at all.
    public var isEmpty: Bool { countedEntries == 0 && progressNotes == 0 }

    /// The sums in the office's words: `9 buổi tiếp công dân, 42 lượt công dân, 26 vụ việc`,
    /// a share after its part (`121 đơn đã xử lý (đạt 95,3%)`, in English `(95.3%)`), numbers
    /// grouped as the language reads them.
    public func formatted(_ language: Language) -> String {
        sums.map { sum in
            var text = language.number(sum.count) + " " + sum.words
            if let permille = sum.permille {
                let percent = Percent.format(permille: permille, language)
                text += language.pick(vi: " (đạt \(percent))", en: " (\(percent))")
            }
            return text
        }.joined(separator: ", ")
    }
}
