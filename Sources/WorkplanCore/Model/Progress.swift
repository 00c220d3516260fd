/// Quantitative progress of a task: a count (`121/127`) or a percentage (`40%`).
public enum Progress: Hashable, Sendable {
    /// `done` of `total` units of work, such as petitions handled of petitions received.
    case count(done: Int, total: Int)
    /// A percentage from 0 to 100.
    case percent(Int)

    /// Parses `a/b` (with b > 0 and 0 ≤ a) or `N%` (0…100); nil for anything else.
    public init?(_ written: some StringProtocol) {
        let text = Substring(written)
        if text.hasSuffix("%") {
            guard let value = Int(text.dropLast()), (0...100).contains(value),
                  text.first != "+" else { return nil }
            self = .percent(value)
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let done = Progress.natural(parts[0]), let total = Progress.natural(parts[1]),
              total > 0 else { return nil }
        self = .count(done: done, total: total)
    }

    /// The written form, `121/127` or `40%`.
    public var text: String {
        switch self {
        case let .count(done, total): "\(done)/\(total)"
        case let .percent(value): "\(value)%"
        }
    }

    /// The share done, in tenths of a percent, rounded half up (`121/127` gives 953).
    public var permille: Int {
        switch self {
        case let .count(done, total): Percent.permille(done, of: total)
        case let .percent(value): value * 10
        }
    }

    /// The progress as the office writes it: `121/127 (95,3%)` in Vietnamese, `121/127 (95.3%)` in English.
    public func formatted(_ language: Language) -> String {
        switch self {
        case .count: "\(text) (\(Percent.format(permille: permille, language)))"
        case .percent: Percent.format(permille: permille, language)
        }
    }

    private static func natural(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(text)
    }
}

/// Percentages as the office's reports write them: one decimal, a decimal comma in Vietnamese.
public enum Percent {
    /// `part / whole` in tenths of a percent, rounded half up; 0 when `whole` is 0.
    public static func permille(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        return (part * 2000 + whole) / (whole * 2)
    }

    /// Formats tenths of a percent: `95,3%` (vi) or `95.3%` (en); whole numbers without decimals (`100%`).
    public static func format(permille: Int, _ language: Language) -> String {
        let whole = permille / 10
        let tenth = permille % 10
        if tenth == 0 { return "\(whole)%" }
        return "\(whole)\(language == .vi ? "," : ".")\(tenth)%"
    }

    /// `part` of `whole` formatted as a percentage.
    public static func format(_ part: Int, of whole: Int, _ language: Language) -> String {
        format(permille: permille(part, of: whole), language)
    }
}
