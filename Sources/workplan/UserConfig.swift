#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Terminal
import WorkplanCore
import WorkplanTUI
import Yams

/// The officer's own settings, from `config.yaml` in the config folder
/// (`$XDG_CONFIG_HOME/workplan/`, else `~/.config/workplan/`) or the file `$WORKPLAN_CONFIG`
/// names: who I am, language, theme, how many working days ahead a deadline counts as soon, the
/// office's identity for printed papers, and the officer's own keys. A command-line option or an environment variable
/// wins over the file; the file wins over the defaults. docs/config.md has an example.
struct UserConfig: Equatable {
    /// The handle of the persons section (`WORKPLAN_USER` wins).
    var user: String?
    /// The language (`--lang` and `WORKPLAN_LANG` win).
    var language: Language?
    /// The theme's name or file (`--theme` and `WORKPLAN_THEME` win).
    var theme: String?
    /// Working days ahead that a deadline counts as due soon.
    var dueSoonDays: Int?
    /// The office's identity for printed papers, laid over the plan's `## Cơ quan` section.
    var office = OfficeIdentity()
    /// The interface's keys, with the officer's own for the actions `keys:` names.
    var keymap = Keymap.standard

    /// The keys a file may have, for the message about one it may not.
    static let keys = ["user", "language", "theme", "due-soon-days", "office", "keys"]
    /// The keys of `office`.
    static let officeKeys = ["superior", "name", "abbreviation", "place", "authority", "title", "signer", "recipients",
                             "next-number"]
    /// The largest `due-soon-days` taken: more would flag half the plan.
    static let maximumDueSoonDays = 60

    /// The file the environment names: `$WORKPLAN_CONFIG`, else `config.yaml` in the config folder.
    static func path(environment: [String: String]) -> String? {
        if let named = environment["WORKPLAN_CONFIG"], !named.isEmpty { return named }
        return ConfigFolder.path(environment: environment).map { $0 + "/config.yaml" }
    }

    /// The settings in the file the environment names; none when there is no such file (the
    /// file `$WORKPLAN_CONFIG` names must exist).
    static func load(environment: [String: String]) throws(ConfigError) -> UserConfig {
        guard let path = path(environment: environment) else { return UserConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            if environment["WORKPLAN_CONFIG"]?.isEmpty == false, !FileManager.default.fileExists(atPath: path) {
                throw ConfigError(file: path, line: nil, column: nil, problem: .missing)
            }
            return UserConfig()
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: path, line: nil, column: nil, problem: .notUTF8)
        }
        return try parse(yaml, file: path)
    }

    /// The settings a YAML text holds; `file` is the name errors give.
    static func parse(_ yaml: String, file: String) throws(ConfigError) -> UserConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigError(yaml: error, file: file)
        } catch {
            throw ConfigError(file: file, line: nil, column: nil, problem: .unreadable(String(describing: error)))
        }
        guard let root else { return UserConfig() }
        guard let mapping = root.mapping else { throw ConfigError(file: file, at: root, problem: .notAMapping(key: nil)) }
        var config = UserConfig()
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "user":
                config.user = try word(value, key: name, file: file)
            case "language":
                let word = try word(value, key: name, file: file)
                guard let language = Language(rawValue: word.lowercased()) else {
                    throw ConfigError(file: file, at: value, problem: .badLanguage(word))
                }
                config.language = language
            case "theme":
                config.theme = try text(value, key: name, file: file)
            case "due-soon-days":
                guard let days = value.int, (0...maximumDueSoonDays).contains(days) else {
                    throw ConfigError(file: file, at: value, problem: .badDueSoonDays(value.string ?? ""))
                }
                config.dueSoonDays = days
            case "office":
                config.office = try office(value, file: file)
            case "keys":
                config.keymap = try keymap(value, file: file)
            default:
                throw ConfigError(file: file, at: key, problem: .unknownKey(name, allowed: keys))
            }
        }
        return config
    }

    private static func office(_ node: Node, file: String) throws(ConfigError) -> OfficeIdentity {
        guard let mapping = node.mapping else { throw ConfigError(file: file, at: node, problem: .notAMapping(key: "office")) }
        var office = OfficeIdentity()
        for (key, value) in mapping {
            let name = key.string ?? ""
            if name == "recipients", let list = value.sequence {
                office.recipients = try list.map { item throws(ConfigError) in try UserConfig.text(item, key: "office.recipients", file: file) }
                continue
            }
            let text = try text(value, key: "office." + name, file: file)
            switch name {
            case "superior": office.superior = text
            case "name": office.office = text
            case "abbreviation": office.abbreviation = text
            case "place": office.place = text
            case "authority": office.authority = text
            case "title": office.signerTitle = text
            case "signer": office.signer = text
            case "recipients": office.recipients = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            case "next-number":
                guard let number = Int(text), number > 0 else {
                    throw ConfigError(file: file, at: value, problem: .notANumber(key: "office.next-number"))
                }
                office.nextNumber = number
            default: throw ConfigError(file: file, at: key, problem: .unknownKey("office." + name, allowed: officeKeys))
            }
        }
        return office
    }

    /// The standard keymap with the keys `keys:` gives each action it names: one key's name or a
    /// list of them (`edit-due: t`, `quit: [Q, Ctrl-Q]`).
    private static func keymap(_ node: Node, file: String) throws(ConfigError) -> Keymap {
        guard let mapping = node.mapping else { throw ConfigError(file: file, at: node, problem: .notAMapping(key: "keys")) }
        var changes: [(action: Action, keys: [Key])] = []
        var places: [Key: Node] = [:]
        for (name, value) in mapping {
            let actionName = name.string ?? ""
            guard let action = Action(configName: actionName) else {
                throw ConfigError(file: file, at: name, problem: .unknownAction(actionName))
            }
            var keys: [Key] = []
            for item in value.sequence.map(Array.init) ?? [value] {
                let keyName = item.scalar?.string ?? ""
                guard let key = Key(name: keyName) else { throw ConfigError(file: file, at: item, problem: .badKey(keyName)) }
                keys.append(key)
                places[key] = item
            }
            guard !keys.isEmpty else { throw ConfigError(file: file, at: value, problem: .notText(key: "keys." + actionName)) }
            changes.append((action, keys))
        }
        do {
            return try Keymap.standard.remapped(changes)
        } catch {
            throw ConfigError(file: file, at: places[error.key] ?? node,
                              problem: .keyLeavesActionWithout(key: error.key.label, action: error.action.configName ?? ""))
        }
    }

    /// A scalar's text, not empty.
    private static func text(_ node: Node, key: String, file: String) throws(ConfigError) -> String {
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            throw ConfigError(file: file, at: node, problem: .notText(key: key))
        }
        return text
    }

    /// A scalar's text that is one word (a handle, a language).
    private static func word(_ node: Node, key: String, file: String) throws(ConfigError) -> String {
        let value = try text(node, key: key, file: file)
        guard !value.contains(where: \.isWhitespace) else { throw ConfigError(file: file, at: node, problem: .notAWord(key: key)) }
        return value
    }
}
