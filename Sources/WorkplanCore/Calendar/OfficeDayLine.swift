/// One line of the plan's days-off section (`## Lịch nghỉ`), where the office writes what the
/// government announced for a year, and how it counts a deadline that falls on a day off:
///
/// ```markdown
/// ## Lịch nghỉ
/// - 2022-01-31..2022-02-04: Tết Nguyên đán
/// - 01/09/2022: Quốc khánh
/// - 2022-01-08: làm bù
/// - Hạn vào ngày nghỉ: ngày làm việc tiếp theo
/// ```
///
/// A day or a run of days (`FROM..TO`, or `FROM–TO` with an en dash), then what they are: the
/// words say the kind (`OfficeDayKind.of`) and are kept as the days' name.
enum OfficeDayLine: Equatable {
    /// Days of one kind, from the first through the last.
    case days(first: PlanDate, last: PlanDate, kind: OfficeDayKind, name: String)
    /// How a deadline that falls on a day off is counted.
    case deadlineRule(DeadlineOnDayOff)

    /// The longest run one line may give: a typo in a year (`2022..2023`) is caught, not taken
    /// as a year off.
    static let longestRun = 31

    /// Reads a line of the section. Nil for a line that is not a bullet item (a remark, free
    /// text); otherwise the line or what is wrong with it and at which column (counted in
    /// characters from 1).
    static func read(_ line: String) -> Result<OfficeDayLine, OfficeDayProblem>? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let bullet = trimmed.first, "-*+".contains(bullet), trimmed.dropFirst().first == " " else { return nil }
        let item = trimmed.dropFirst().drop { $0 == " " }
        let itemColumn = line.distance(from: line.startIndex, to: item.startIndex) + 1
        guard let colon = item.firstIndex(of: ":") else {
            return .failure(OfficeDayProblem(column: itemColumn, kind: .unreadable))
        }
        let head = item[..<colon].trimmed
        let afterColon = item[item.index(after: colon)...]
        let words = afterColon.trimmed
        let wordsStart = afterColon.firstIndex { $0 != " " && $0 != "\t" } ?? afterColon.startIndex
        let wordsColumn = itemColumn + item.distance(from: item.startIndex, to: wordsStart)
        if DeadlineOnDayOff.isRuleKey(head) {
            guard let rule = DeadlineOnDayOff(words: words) else {
                return .failure(OfficeDayProblem(column: wordsColumn, kind: .unknownDeadlineRule(words)))
            }
            return .success(.deadlineRule(rule))
        }
        guard let (first, last) = dates(head) else {
            return .failure(OfficeDayProblem(column: itemColumn, kind: .unreadable))
        }
        guard first <= last else {
            return .failure(OfficeDayProblem(column: itemColumn, kind: .runBackwards(first: first, last: last)))
        }
        guard last.dayNumber - first.dayNumber < longestRun else {
            return .failure(OfficeDayProblem(column: itemColumn, kind: .runTooLong(first: first, last: last)))
        }
        guard !words.isEmpty else { return .failure(OfficeDayProblem(column: wordsColumn, kind: .unnamed)) }
        let kind = OfficeDayKind.of(words)
        if kind == .makeUpWorkday {
            var day = first
            while day <= last {
                if !OfficeCalendar.isWeekend(day) {
                    return .failure(OfficeDayProblem(column: itemColumn, kind: .makeUpOnWeekday(day)))
                }
                guard let next = day.adding(days: 1) else { break }
                day = next
            }
        }
        return .success(.days(first: first, last: last, kind: kind, name: words))
    }

    /// The day or the run of days a line starts with: `2022-01-31`, `31/01/2022`,
    /// `2022-01-31..2022-02-04`, `31/01/2022–04/02/2022`.
    private static func dates(_ head: String) -> (PlanDate, PlanDate)? {
        let sides = head.replacing("..", with: "–").split(separator: "–", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = PlanDate(written: sides[0].trimmed) else { return nil }
        guard sides.count == 2 else { return (first, first) }
        guard let last = PlanDate(written: sides[1].trimmed) else { return nil }
        return (first, last)
    }
}

/// What the days of a line of the days-off section are, told by its words (case and
/// diacritics aside), in Vietnamese or English.
public enum OfficeDayKind: Sendable, Equatable {
    /// Tết Nguyên đán: the year's Tết days replace the rule's.
    case lunarNewYear
    /// Quốc khánh: a day other than 2/9 is the day that goes with it.
    case nationalDay
    /// Nghỉ bù: the year's compensatory days replace those the rule would give.
    case compensation
    /// Làm bù: a Saturday or Sunday worked.
    case makeUpWorkday
    /// Any other day off, under its own name.
    case dayOff

    /// The kind of days these words name.
    static func of(_ words: String) -> OfficeDayKind {
        let folded = TextFolding.fold(words)
        let starts = { (prefixes: [String]) in prefixes.contains { folded.hasPrefix($0) } }
        if starts(["lam bu", "ngay lam bu", "lam viec bu", "make-up", "make up", "working day", "workday"]) {
            return .makeUpWorkday
        }
        if starts(["nghi bu", "ngay nghi bu", "compensat", "day in lieu"]) { return .compensation }
        if starts(["tet nguyen dan", "tet am lich", "nghi tet nguyen dan", "nghi tet am lich", "lunar new year"]) {
            return .lunarNewYear
        }
        if starts(["quoc khanh", "nghi quoc khanh", "national day"]) { return .nationalDay }
        return .dayOff
    }
}

/// What is wrong with a line of the days-off section, and where.
struct OfficeDayProblem: Error, Equatable {
    /// The column, in characters from 1.
    let column: Int
    /// What.
    let kind: CalendarLineFault
}

/// What can be wrong with a line of the days-off section.
public enum CalendarLineFault: Hashable, Sendable {
    /// Neither a day (or run of days) with words after a colon, nor the deadline rule.
    case unreadable
    /// A run whose last day comes before its first.
    case runBackwards(first: PlanDate, last: PlanDate)
    /// A run longer than `OfficeDayLine.longestRun` days.
    case runTooLong(first: PlanDate, last: PlanDate)
    /// A day with nothing after its colon.
    case unnamed
    /// A make-up working day that is a weekday already.
    case makeUpOnWeekday(PlanDate)
    /// The deadline rule's line with words it does not know.
    case unknownDeadlineRule(String)

    /// What is wrong, in a sentence without position.
    func message(_ language: Language) -> String {
        let example = language.pick(
            vi: "viết “- 2022-01-31..2022-02-04: Tết Nguyên đán”, “- 2022-01-08: làm bù” hoặc “- Hạn vào ngày nghỉ: ngày làm việc tiếp theo”",
            en: "write “- 2022-01-31..2022-02-04: Lunar New Year”, “- 2022-01-08: make-up working day” or “- Deadline on a day off: next working day”")
        switch self {
        case .unreadable:
            return language.pick(vi: "không đọc được dòng lịch nghỉ: ", en: "cannot read this days-off line: ") + example
        case let .runBackwards(first, last):
            return language.pick(vi: "ngày cuối \(last.formatted(.vi)) trước ngày đầu \(first.formatted(.vi))",
                                 en: "the last day \(last.formatted(.en)) comes before the first \(first.formatted(.en))")
        case let .runTooLong(first, last):
            return language.pick(
                vi: "từ \(first.formatted(.vi)) đến \(last.formatted(.vi)) dài quá \(OfficeDayLine.longestRun) ngày; có gõ nhầm năm không?",
                en: "\(first.formatted(.en)) to \(last.formatted(.en)) is longer than \(OfficeDayLine.longestRun) days; is a year mistyped?")
        case .unnamed:
            return language.pick(vi: "cần ghi đó là ngày gì (Tết Nguyên đán, nghỉ bù, làm bù…)",
                                 en: "say what the day is (Lunar New Year, day in lieu, make-up working day…)")
        case let .makeUpOnWeekday(day):
            return language.pick(
                vi: "ngày làm bù \(day.formatted(.vi)) là \(OfficeCalendar.weekdayName(day, .vi)), vốn là ngày làm việc",
                en: "the make-up working day \(day.formatted(.en)) is a \(OfficeCalendar.weekdayName(day, .en)), a working day already")
        case let .unknownDeadlineRule(words):
            return language.pick(vi: "không hiểu “\(words)”: viết “ngày làm việc tiếp theo” hoặc “giữ nguyên”",
                                 en: "“\(words)” is not understood: write “next working day” or “as written”")
        }
    }
}

/// How a deadline that falls on a Saturday, a Sunday or a holiday is counted: as written, or,
/// as the Civil Code (2015, art. 148) has it for a period whose last day is a day off, at the
/// end of the next working day. The office chooses in its days-off section; as written unless
/// it says otherwise.
public enum DeadlineOnDayOff: Sendable, Equatable {
    /// The deadline is the day written.
    case asWritten
    /// The deadline moves to the next working day.
    case nextWorkingDay

    /// True for the key of the rule's line: `Hạn vào ngày nghỉ`, `Deadline on a day off`.
    static func isRuleKey(_ head: String) -> Bool {
        ["han vao ngay nghi", "han roi vao ngay nghi", "deadline on a day off", "deadlines on days off"]
            .contains(TextFolding.fold(head))
    }

    /// The rule these words choose, or nil.
    init?(words: String) {
        let folded = TextFolding.fold(words)
        if ["ngay lam viec tiep theo", "chuyen sang ngay lam viec tiep theo", "lui sang ngay lam viec tiep theo",
            "next working day", "the next working day"].contains(folded) {
            self = .nextWorkingDay
        } else if ["giu nguyen", "nhu da ghi", "as written", "unchanged"].contains(folded) {
            self = .asWritten
        } else {
            return nil
        }
    }

    /// The rule's words, as the days-off section writes them.
    public func words(_ language: Language) -> String {
        switch self {
        case .asWritten: language.pick(vi: "giữ nguyên", en: "as written")
        case .nextWorkingDay: language.pick(vi: "ngày làm việc tiếp theo", en: "next working day")
        }
    }
}
