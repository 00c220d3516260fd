/// Where a task stands, written as the one character between the brackets of `- [x]`.
public enum TaskStatus: Character, CaseIterable, Sendable {
    /// `[ ]`: not started (chưa thực hiện).
    case notStarted = " "
    /// `[/]`: in progress (đang thực hiện).
    case inProgress = "/"
    /// `[x]` or `[X]`: done (hoàn thành).
    case done = "x"
    /// `[-]`: cancelled (hủy bỏ).
    case cancelled = "-"
    /// `[>]`: postponed (tạm hoãn).
    case postponed = ">"
    /// `[!]`: blocked (vướng mắc).
    case blocked = "!"

    /// The status a mark stands for; `X` counts as done. Nil for any other character.
    public init?(mark: Character) {
        if mark == "X" { self = .done } else { self.init(rawValue: mark) }
    }

    /// The character written between the brackets.
    public var mark: Character { rawValue }

    /// True while work remains: not started, in progress, postponed or blocked.
    public var isOpen: Bool { self != .done && self != .cancelled }

    /// True while work should be going on: open and not postponed. Only such a task can be
    /// late; a postponed one was moved on purpose.
    public var isActive: Bool { isOpen && self != .postponed }

    /// The status's name for the user.
    public func name(_ language: Language) -> String {
        switch self {
        case .notStarted: language.pick(vi: "chưa thực hiện", en: "not started")
        case .inProgress: language.pick(vi: "đang thực hiện", en: "in progress")
        case .done: language.pick(vi: "hoàn thành", en: "done")
        case .cancelled: language.pick(vi: "hủy bỏ", en: "cancelled")
        case .postponed: language.pick(vi: "tạm hoãn", en: "postponed")
        case .blocked: language.pick(vi: "vướng mắc", en: "blocked")
        }
    }

    /// The words a user may type for this status on the command line, in either language,
    /// with or without diacritics.
    public var keywords: [String] {
        switch self {
        case .notStarted: ["todo", "not-started", "new", "chua", "chưa", "moi", "mới", " "]
        case .inProgress: ["doing", "in-progress", "started", "dang", "đang", "/"]
        case .done: ["done", "xong", "hoan-thanh", "hoàn-thành", "x"]
        case .cancelled: ["cancelled", "canceled", "huy", "hủy", "-"]
        case .postponed: ["postponed", "later", "hoan", "hoãn", "tam-hoan", "tạm-hoãn", ">"]
        case .blocked: ["blocked", "vuong", "vướng", "vuong-mac", "vướng-mắc", "!"]
        }
    }

    /// The status a typed word names (`done`, `xong`, `x`, `đang`…), or nil.
    public init?(keyword: String) {
        let word = keyword.lowercased()
        guard let match = TaskStatus.allCases.first(where: { $0.keywords.contains(word) }) else {
            return nil
        }
        self = match
    }
}
