import WorkplanCore

/// Reads a date typed on the command line, as the interface reads one typed there.
enum DateArgument {
    /// The date, or a usage error naming the text: any form an officer types (`TypedDate`),
    /// a day and month without a year in the plan's year, `+N` and `+Nnlv` from `today` (working
    /// days by the plan's calendar).
    static func parse(_ text: String, today: PlanDate, in plan: Plan?, _ language: Language) throws(CommandFailure) -> PlanDate {
        let date = plan.map { TypedDate.parse(text, today: today, in: $0) } ?? TypedDate.parse(text, today: today)
        if let date { return date }
        let unreadable = UnreadableDate(text)
        throw .usage(vi: unreadable.message(.vi), en: unreadable.message(.en), language)
    }
}

/// Reads the statuses typed on the command line; `open` stands for every open status.
enum StatusArgument {
    /// The statuses named, or a usage error naming the word.
    static func parse(_ words: [String], _ language: Language) throws(CommandFailure) -> Set<TaskStatus> {
        var result: Set<TaskStatus> = []
        for word in words.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if ["open", "mo", "mở", "chua-xong", "chưa-xong"].contains(word.lowercased()) {
                result.formUnion(TaskStatus.allCases.filter(\.isOpen))
            } else if let status = TaskStatus(keyword: word) {
                result.insert(status)
            } else {
                throw .usage(vi: "trạng thái \"\(word)\" không có; dùng todo, doing, done, cancelled, postponed, blocked hoặc open",
                             en: "no status \"\(word)\"; use todo, doing, done, cancelled, postponed, blocked or open", language)
            }
        }
        return result
    }
}
