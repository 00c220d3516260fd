/// The numbering an office writes in a plan table's STT column, or at the start of a task's text
/// when the table has no such column: Roman numerals for the groups (the tracks), then 1, 1.1,
/// 1.1.1, then a), b), then dashes and pluses, each deeper than the one before it.
enum TableNumbering: Equatable, Sendable {
    /// A group's Roman numeral: a track.
    case roman(Int)
    /// `1`, `1.2`, `1.2.3`: the number of its parts.
    case arabic(parts: Int)
    /// `a)`, `b.`.
    case letter
    /// `-`, `+`, `•`: which mark.
    case bullet(Character)

    /// The numbering of an STT cell; nil when it has none.
    static func of(cell text: String) -> TableNumbering? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        let bare = text.last == "." || text.last == ")" ? String(text.dropLast()) : text
        if let value = romanValue(bare) { return .roman(value) }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return .arabic(parts: parts.count)
        }
        if bare.count == 1, let letter = bare.first, letter.isLowercase, letter.isLetter { return .letter }
        if let mark = bulletMark(text) { return .bullet(mark) }
        return nil
    }

    /// The numbering at the start of a task's text ("1. Tham mưu …", "a) Dự thảo …", "- In
    /// phiếu …", "II. CÔNG TÁC …") and the text after it; nil when it starts with none. A number
    /// must be followed by `.` or `)` and a space: "10 nghị quyết" is a title, not a number.
    static func leading(_ text: String) -> (numbering: TableNumbering, rest: String)? {
        guard let space = text.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let head = String(text[..<space])
        let rest = text[space...].trimmed
        guard !rest.isEmpty else { return nil }
        if head.count == 1, let mark = bulletMark(head) { return (.bullet(mark), rest) }
        guard head.count >= 2, let last = head.last, last == "." || last == ")" else { return nil }
        let bare = String(head.dropLast())
        if let value = romanValue(bare) { return (.roman(value), rest) }
        if bare.count == 1, let letter = bare.first, letter.isLowercase, letter.isLetter { return (.letter, rest) }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            return (.arabic(parts: parts.count), rest)
        }
        return nil
    }

    private static func bulletMark(_ text: String) -> Character? {
        guard text.count == 1, let mark = text.first, "-+*•–—◦▪".contains(mark) else { return nil }
        return mark
    }

    /// The value of an upper-case Roman numeral written the usual way (`IV`, not `IIII`), up to 39.
    static func romanValue(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 6, text.allSatisfy({ "IVX".contains($0) }) else { return nil }
        for value in 1...39 where ReportPeriod.roman(value) == text { return value }
        return nil
    }
}

/// The depth of each numbered row under its track: each kind of numbering met opens a level
/// below the ones open, and meeting an open kind again closes those below it. `1.1` goes under
/// `1` whatever came between.
struct NumberingDepths {
    private var open: [TableNumbering] = []

    /// The depth of a row numbered this way.
    mutating func depth(of numbering: TableNumbering) -> Int {
        if case let .arabic(parts) = numbering, parts > 1,
           let parent = open.lastIndex(of: .arabic(parts: parts - 1)) {
            open.removeSubrange((parent + 1)...)
            open.append(numbering)
            return open.count - 1
        }
        if let index = open.firstIndex(of: numbering) {
            open.removeSubrange((index + 1)...)
            return index
        }
        open.append(numbering)
        return open.count - 1
    }

    /// A new track starts with no level open.
    mutating func reset() {
        open = []
    }
}
