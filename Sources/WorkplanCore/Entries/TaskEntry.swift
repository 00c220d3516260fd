/// A dated line under a task that records what was done on a day: a reception day, a month's
/// petitions, a progress report (`- 2021-03-15: 1 buổi tiếp công dân, 5 lượt công dân, 3 vụ việc`).
/// The year's results are the sum of these lines, so each one is a line of its own that git
/// merges like any other, and adding one changes no other line.
public struct TaskEntry: Sendable, Equatable {
    /// The day the entry is for.
    public let date: PlanDate
    /// The words after the date, as written.
    public let text: String
    /// The counted results it holds, in the order written; empty for a progress note.
    public let counts: [EntryCount]
    /// The extension of the task's deadline it records, when it is one (`gia hạn …`).
    public let deadlineExtension: DeadlineExtension?
    /// The entry's line in the file (0-based).
    public let line: Int

    /// Why an entry's typed text would be refused (empty, or a part that starts like a count and
    /// is not one), or nil when it can be written: so that a screen can keep the line open, with
    /// the reason, before asking for the change.
    public static func refusal(_ typed: String) -> EditError? {
        let words = EntryWriting.oneLine(typed)
        guard !words.isEmpty else { return .emptyEntry }
        if case let .failure(unreadable) = EntryText.counts(in: words) { return .unreadableEntryCount(part: unreadable.part) }
        if DeadlineExtension.startsLikeOne(words) { return .entryLooksLikeExtension }
        return nil
    }

    /// An entry with no counted result that records no extension is a progress note (báo cáo
    /// tiến độ): shown with the task, never summed.
    public var isProgressNote: Bool { counts.isEmpty && deadlineExtension == nil }
}

/// One counted result of an entry: a whole number and the words that say what it counts
/// ("5 lượt công dân").
public struct EntryCount: Sendable, Equatable {
    /// The number.
    public let count: Int
    /// What it counts, as written (spaces and diacritics kept, runs of spaces made one).
    public let words: String

    /// The words as the sums compare them: NFC and lower case, so that "Vụ việc" typed in one
    /// entry and "vụ việc" in another add up, while "lượt" and "lướt" stay apart.
    public var key: String { EntryCount.key(words) }

    /// The key of some unit words.
    static func key(_ words: String) -> String {
        TextForm.nfc(words).lowercased()
    }
}
