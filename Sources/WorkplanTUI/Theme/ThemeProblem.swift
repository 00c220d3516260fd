import Terminal
import WorkplanCore

/// A line of a theme file that could not be used. The theme still loads: the line is
/// passed over, and the role it names takes the default theme's style.
public struct ThemeProblem: Sendable, Equatable {
    /// What is wrong with a line.
    public enum Kind: Sendable, Equatable {
        /// The first word is not a role's name; the line is ignored.
        case unknownRole(String)
        /// The line names a role but not both of its colours.
        case missingColors(Role)
        /// A colour word that names no colour.
        case unknownColor(String, role: Role)
        /// A word after the colours that names no attribute.
        case unknownAttribute(String, role: Role)
        /// The role was already given on an earlier line (1-based).
        case repeatedRole(Role, firstLine: Int)
    }

    /// The theme file, as the user named it.
    public let file: String
    /// The line, 1-based.
    public let line: Int
    /// What is wrong.
    public let kind: Kind

    /// Makes a problem record.
    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// The problem as `FILE:LINE: message`, the message in the user's language.
    public func formatted(_ language: Language) -> String {
        "\(file):\(line): \(message(language))"
    }

    /// What is wrong and what happens instead, as one sentence.
    public func message(_ language: Language) -> String {
        switch kind {
        case let .unknownRole(word):
            return language.pick(vi: "không có thành phần \"\(word)\"; dòng này bị bỏ qua",
                                 en: "there is no role \"\(word)\"; the line is ignored")
        case let .missingColors(role):
            return language.pick(vi: "thiếu màu chữ hoặc màu nền (THÀNH-PHẦN MÀU-CHỮ MÀU-NỀN [THUỘC-TÍNH...])",
                                 en: "a colour is missing (ROLE FOREGROUND BACKGROUND [ATTRIBUTE...])")
                + fallback(role, language)
        case let .unknownColor(word, role):
            return language.pick(
                vi: "không có màu \"\(word)\" (dùng default, tên màu, bright-TÊN, colorN hoặc số 0–255)",
                en: "there is no colour \"\(word)\" (use default, a colour name, bright-NAME, colorN or 0–255)")
                + fallback(role, language)
        case let .unknownAttribute(word, role):
            let names = (Attributes.named.map(\.name) + ["none"]).joined(separator: ", ")
            return language.pick(vi: "không có thuộc tính \"\(word)\" (dùng \(names))",
                                 en: "there is no attribute \"\(word)\" (use \(names))")
                + fallback(role, language)
        case let .repeatedRole(role, firstLine):
            return language.pick(vi: "thành phần \"\(role.rawValue)\" đã được đặt ở dòng \(firstLine)",
                                 en: "the role \"\(role.rawValue)\" is already set on line \(firstLine)")
                + fallback(role, language)
        }
    }

    /// The end of a message for a role that takes the default theme's style.
    private func fallback(_ role: Role, _ language: Language) -> String {
        language.pick(vi: "; \"\(role.rawValue)\" dùng kiểu của chủ đề mặc định",
                      en: "; \"\(role.rawValue)\" takes its style from the default theme")
    }
}
