/// Quantitative progress of a task: a count (`121/127`) or a percentage (`40%`).
public enum Progress: Hashable, Sendable {
    /// `done` of `total` units of work, such as petitions handled of petitions received.
    case count(done: Int, total: Int)
    /// A percentage from 0 to 100.
    case percent(Int)

    /// Parses `a/b` (with 0 ≤ a ≤ b and b > 0) or `N%` (0…100); nil for anything else.
    public init?(_ written: some StringProtocol) {
        guard let progress = Progress(bytes: Array(written.utf8)) else { return nil }
        self = progress
    }

    /// Parses the written form from UTF-8 bytes without copying them.
    init?<Bytes: BidirectionalCollection<UInt8>>(bytes: Bytes) {
        if bytes.last == UInt8(ascii: "%") {
            guard let value = WholeNumber.read(bytes.dropLast()), value <= 100 else { return nil }
            self = .percent(value)
            return
        }
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
              let done = WholeNumber.read(bytes[..<slash]),
              let total = WholeNumber.read(bytes[bytes.index(after: slash)...]), total > 0, done <= total else { return nil }
        self = .count(done: done, total: total)
    }

    /// What is wrong with a written progress, or nil when it is one: more done than the whole
    /// (`6/5`) is told as such, anything else as not a progress.
    static func problem<Bytes: BidirectionalCollection<UInt8>>(bytes: Bytes) -> Problem.Kind? {
        guard Progress(bytes: bytes) == nil else { return nil }
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")),
           let done = WholeNumber.read(bytes[..<slash]),
           let total = WholeNumber.read(bytes[bytes.index(after: slash)...]), total > 0, done > total {
            return .progressAboveWhole(done: done, total: total)
        }
        return .invalidProgress(value: String(decoding: bytes, as: UTF8.self))
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
        case let .count(done, total):
            "\(language.number(done))/\(language.number(total)) (\(Percent.format(permille: permille, language)))"
        case .percent: Percent.format(permille: permille, language)
        }
    }
}

/// Percentages as the office's reports write them: one decimal, a decimal comma in Vietnamese.
public enum Percent {
    /// `part / whole` in tenths of a percent, rounded half up; 0 when `whole` is 0.
    public static func permille(_ part: Int, of whole: Int) -> Int {
        guard whole > 0 else { return 0 }
        let (scaled, overflow) = part.multipliedReportingOverflow(by: 2000)
        guard !overflow, whole <= Int.max / 2 - 1, scaled <= Int.max - whole else {
            return Int((Double(part) * 1000 / Double(whole)).rounded())
        }
        return (scaled + whole) / (whole * 2)
    }

    /// Formats tenths of a percent: `95,3%` (vi) or `95.3%` (en); whole numbers without decimals (`100%`).
    public static func format(permille: Int, _ language: Language) -> String {
        let whole = permille / 10
        let tenth = permille % 10
        if tenth == 0 { return "\(language.number(whole))%" }
        return "\(language.number(whole))\(language == .vi ? "," : ".")\(tenth)%"
    }

    /// `part` of `whole` formatted as a percentage.
    public static func format(_ part: Int, of whole: Int, _ language: Language) -> String {
        format(permille: permille(part, of: whole), language)
    }
}
