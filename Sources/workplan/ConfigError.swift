import WorkplanCore
import Yams

/// What is wrong with the officer's config file, at its line and column when the file tells:
/// reported as `FILE:LINE:COLUMN: sentence` and a usage error (exit 2), since every command
/// reads the file and none should guess what a broken entry meant.
struct ConfigError: Error, UserFacingError, Equatable {
    /// The file's path.
    let file: String
    /// The line, from 1, when known.
    let line: Int?
    /// The column, from 1, when known.
    let column: Int?
    /// What is wrong.
    let problem: Problem

    /// The kinds of trouble.
    enum Problem: Equatable {
        /// `$WORKPLAN_CONFIG` names a file that does not exist.
        case missing
        /// The bytes are not UTF-8.
        case notUTF8
        /// The YAML itself cannot be read.
        case unreadable(String)
        /// The file, or `office`, is not a list of `key: value`.
        case notAMapping(key: String?)
        /// A key the file may not have.
        case unknownKey(String, allowed: [String])
        /// A value that must be text is empty or a list.
        case notText(key: String)
        /// A value that must be one word has spaces.
        case notAWord(key: String)
        /// A language other than vi and en.
        case badLanguage(String)
        /// A number of days that is not a whole number from 0 to the maximum.
        case badDueSoonDays(String)
        /// A value that must be a whole number from 1 and is not.
        case notANumber(key: String)
        /// A name under `keys:` that is no action.
        case unknownAction(String)
        /// A key's name that is no key.
        case badKey(String)
        /// A key given to an action that was another action's only key.
        case keyLeavesActionWithout(key: String, action: String)
    }

    init(file: String, line: Int?, column: Int?, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// An error at a node of the file.
    init(file: String, at node: Node, problem: Problem) {
        self.init(file: file, line: node.mark?.line, column: node.mark?.column, problem: problem)
    }

    /// The YAML reader's error, at its mark.
    init(yaml error: YamlError, file: String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            self.init(file: file, line: mark.line, column: mark.column, problem: .unreadable(problem))
        default:
            self.init(file: file, line: nil, column: nil, problem: .unreadable(error.description))
        }
    }

    /// `FILE:LINE:COLUMN: sentence`.
    func message(_ language: Language) -> String {
        let place = file + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "")
        return place + ": " + sentence(language)
    }

    private func sentence(_ language: Language) -> String {
        switch problem {
        case .missing:
            language.pick(vi: "không có tệp cấu hình này (WORKPLAN_CONFIG chỉ đến nó)",
                          en: "no such config file (WORKPLAN_CONFIG names it)")
        case .notUTF8:
            language.pick(vi: "tệp cấu hình không phải UTF-8", en: "the config file is not UTF-8")
        case let .unreadable(problem):
            language.pick(vi: "không đọc được YAML: \(problem)", en: "cannot read the YAML: \(problem)")
        case let .notAMapping(key):
            key.map { language.pick(vi: "\($0) phải là các dòng khóa: giá trị", en: "\($0) must be lines of key: value") }
                ?? language.pick(vi: "tệp cấu hình phải là các dòng khóa: giá trị", en: "the config file must be lines of key: value")
        case let .unknownKey(key, allowed):
            language.pick(vi: "khóa \"\(key)\" không có; dùng: \(allowed.joined(separator: ", "))",
                          en: "no key \"\(key)\"; use: \(allowed.joined(separator: ", "))")
        case let .notText(key):
            language.pick(vi: "\(key) cần một giá trị chữ", en: "\(key) needs a text value")
        case let .notAWord(key):
            language.pick(vi: "\(key) là một từ, không có dấu cách", en: "\(key) is one word, without spaces")
        case let .badLanguage(word):
            language.pick(vi: "ngôn ngữ \"\(word)\" không có; dùng vi hoặc en", en: "no language \"\(word)\"; use vi or en")
        case let .badDueSoonDays(text):
            language.pick(vi: "due-soon-days \"\(text)\" phải là số ngày làm việc từ 0 đến \(UserConfig.maximumDueSoonDays)",
                          en: "due-soon-days \"\(text)\" must be a number of working days from 0 to \(UserConfig.maximumDueSoonDays)")
        case let .notANumber(key):
            language.pick(vi: "\(key) phải là một số nguyên từ 1", en: "\(key) must be a whole number from 1")
        case let .unknownAction(name):
            language.pick(vi: "không có thao tác \"\(name)\" để gán phím; tên các thao tác có trong docs/config.md (ví dụ edit-due, add-track, quit)",
                          en: "no action \"\(name)\" to bind keys to; the actions' names are in docs/config.md (for example edit-due, add-track, quit)")
        case let .badKey(name):
            language.pick(vi: "\"\(name)\" không phải tên một phím; viết như a, A, Space, Enter, Esc, Tab, Ctrl-R, F5, Up",
                          en: "\"\(name)\" is not a key's name; write keys like a, A, Space, Enter, Esc, Tab, Ctrl-R, F5, Up")
        case let .keyLeavesActionWithout(key, action):
            language.pick(vi: "phím \(key) là phím duy nhất của \(action); hãy gán cho \(action) một phím khác",
                          en: "\(key) is the only key of \(action); give \(action) another key")
        }
    }
}
