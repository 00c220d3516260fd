/// What an edit did to one line of the file, to tell the user exactly what changed.
public struct LineChange: Sendable, Equatable {
    /// The line's index in the file after the edit (0-based).
    public let line: Int
    /// The line's text before the edit, or nil for a new line.
    public let before: String?
    /// The line's text after the edit.
    public let after: String

    /// Creates a change record.
    public init(line: Int, before: String?, after: String) {
        self.line = line
        self.before = before
        self.after = after
    }
}

/// Why an edit cannot be made.
public enum EditError: UserFacingError, Equatable {
    /// No task has this id.
    case unknownTask(id: String)
    /// A field value that the format cannot hold (a space, an empty value, a bad date).
    case invalidValue(key: String, value: String)
    /// A key that is not ASCII letters, digits, `_` or `-`.
    case invalidKey(key: String)
    /// A title that is empty.
    case emptyTitle
    /// An id that another task already has, on the line given (1-based).
    case duplicateId(id: String, line: Int)
    /// An attempt to take away a task's id, which others may refer to.
    case cannotRemoveId(id: String)

    /// The sentence shown to the user.
    public func message(_ language: Language) -> String {
        switch self {
        case let .unknownTask(id):
            language.pick(vi: "không có nhiệm vụ nào mang mã \"\(id)\"", en: "no task has the id \"\(id)\"")
        case let .invalidValue(key, value):
            language.pick(vi: "giá trị \"\(value)\" không hợp lệ cho trường \(key)",
                          en: "\"\(value)\" is not a valid value for the field \(key)")
        case let .invalidKey(key):
            language.pick(vi: "tên trường \"\(key)\" không hợp lệ (chỉ dùng chữ cái, chữ số, _ và - không dấu)",
                          en: "\"\(key)\" is not a valid field name (use ASCII letters, digits, _ and -)")
        case .emptyTitle:
            language.pick(vi: "tên nhiệm vụ không được để trống", en: "a task's title cannot be empty")
        case let .duplicateId(id, line):
            language.pick(vi: "mã \"\(id)\" đã được dùng cho một nhiệm vụ khác (dòng \(line))",
                          en: "the id \"\(id)\" already belongs to another task (line \(line))")
        case let .cannotRemoveId(id):
            language.pick(vi: "không thể xóa mã của nhiệm vụ \(id)", en: "the id of task \(id) cannot be removed")
        }
    }
}
