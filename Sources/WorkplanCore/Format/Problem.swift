/// Something wrong in a plan file, at a line and column. The file still opens; nothing is dropped.
public struct Problem: Hashable, Sendable {
    /// The line, counted from 1.
    public let line: Int
    /// The column in characters, counted from 1.
    public let column: Int
    /// What is wrong.
    public let kind: Kind

    /// Creates a problem.
    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// The kinds of problem a plan file can have.
    public enum Kind: Hashable, Sendable {
        /// A date field whose value is not a real `YYYY-MM-DD` date.
        case invalidDate(key: String, value: String)
        /// A `progress:` value that is neither `a/b` nor `N%`.
        case invalidProgress(value: String)
        /// An id used before, on the line given.
        case duplicateId(id: String, firstLine: Int)
        /// A unit code that the units section does not declare.
        case unknownUnit(code: String)
        /// A status mark that is not one of the six.
        case unknownStatus(mark: Character)
        /// A task written inside the units section, where it does not count.
        case taskInUnitsSection
        /// Bytes that are not valid UTF-8.
        case invalidUTF8
        /// A NUL byte.
        case nulByte
    }

    /// The message alone, without position.
    public func message(_ language: Language) -> String {
        switch kind {
        case let .invalidDate(key, value):
            language.pick(vi: "ngày không hợp lệ \"\(value)\" ở trường \(key) (cần dạng NNNN-TT-NN có thật)",
                          en: "invalid date \"\(value)\" in field \(key) (expected a real YYYY-MM-DD date)")
        case let .invalidProgress(value):
            language.pick(vi: "tiến độ không hợp lệ \"\(value)\" (cần dạng a/b hoặc N%)",
                          en: "invalid progress \"\(value)\" (expected a/b or N%)")
        case let .duplicateId(id, firstLine):
            language.pick(vi: "mã \"\(id)\" bị trùng, đã dùng ở dòng \(firstLine)",
                          en: "duplicate id \"\(id)\", already used on line \(firstLine)")
        case let .unknownUnit(code):
            language.pick(vi: "đơn vị \"\(code)\" chưa được khai báo trong mục Đơn vị",
                          en: "unit \"\(code)\" is not declared in the Units section")
        case let .unknownStatus(mark):
            language.pick(vi: "trạng thái \"[\(mark)]\" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])",
                          en: "unknown status \"[\(mark)]\" (use [ ], [/], [x], [-], [>] or [!])")
        case .taskInUnitsSection:
            language.pick(vi: "nhiệm vụ nằm trong mục Đơn vị sẽ không được tính",
                          en: "a task inside the Units section does not count")
        case .invalidUTF8:
            language.pick(vi: "byte không hợp lệ theo UTF-8; tệp sẽ không được ghi lại",
                          en: "invalid UTF-8 bytes; the file will not be written back")
        case .nulByte:
            language.pick(vi: "ký tự NUL trong tệp", en: "NUL byte in the file")
        }
    }

    /// The problem as `FILE:LINE:COLUMN: message`.
    public func formatted(file: String, _ language: Language) -> String {
        TextForm.visible("\(file):\(line):\(column): \(message(language))")
    }
}
