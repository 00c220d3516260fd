import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import WorkplanCore

/// The options every command takes: the plan file and the language.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Tệp kế hoạch / the plan file.", valueName: "FILE"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp("Ngôn ngữ / language: vi, en.", valueName: "LANG"))
    var lang: String?

    /// The process's environment.
    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The language: `--lang`, else `$WORKPLAN_LANG`, else the config file's, else Vietnamese.
    /// The config file is read every time, so that a broken entry is told whatever wins.
    func language() throws(CommandFailure) -> Language {
        let chosen = (lang ?? environment["WORKPLAN_LANG"]).flatMap { $0.isEmpty ? nil : $0 }
        var named: Language?
        if let chosen {
            guard let language = Language(rawValue: chosen.lowercased().prefix(2).description) else {
                throw .usage(vi: "ngôn ngữ \"\(chosen)\" không có; dùng vi hoặc en",
                             en: "no language \"\(chosen)\"; use vi or en", .vi)
            }
            named = language
        }
        let configured = try config(named ?? .vi).language
        return named ?? configured ?? .vi
    }

    /// The officer's config file's settings; a usage error, at the file's line, when it is broken.
    func config(_ language: Language) throws(CommandFailure) -> UserConfig {
        do {
            return try UserConfig.load(environment: environment)
        } catch {
            throw .usage(vi: error.message(.vi), en: error.message(.en), language)
        }
    }

    /// Who the officer is, by the handle of the persons section: `$WORKPLAN_USER`, else the
    /// config file's `user`; nil when neither says.
    func knownUser(_ language: Language) throws(CommandFailure) -> String? {
        if let user = environment["WORKPLAN_USER"]?.trimmingCharacters(in: .whitespaces), !user.isEmpty { return user }
        return try config(language).user
    }

    /// Who the officer is; a usage error, saying how to set it, when nothing says.
    func user(_ language: Language) throws(CommandFailure) -> String {
        guard let user = try knownUser(language) else {
            throw .usage(vi: "chưa biết bạn là ai: đặt user trong tệp cấu hình (docs/config.md) hoặc WORKPLAN_USER là tên viết tắt của bạn trong mục Người theo dõi (ví dụ WORKPLAN_USER=nam)",
                         en: "who you are is not set: set user in the config file (docs/config.md) or WORKPLAN_USER to your handle in the Persons section (for example WORKPLAN_USER=nam)",
                         language)
        }
        return user
    }

    /// Today's date: `$WORKPLAN_TODAY` or the local date.
    func today(_ language: Language) throws(CommandFailure) -> PlanDate {
        guard let today = Today.resolve(environment: environment) else {
            throw .usage(vi: "WORKPLAN_TODAY phải là một ngày dạng NNNN-TT-NN",
                         en: "WORKPLAN_TODAY must be a date written YYYY-MM-DD", language)
        }
        return today
    }

    /// The plan file to use: the positional FILE or `--file` (not both), else the defaults.
    /// Creates the data folder's copy of the built-in plan on first use and says so once.
    func location(positional: String?, _ language: Language) throws(CommandFailure) -> PlanLocation {
        if positional != nil, file != nil, positional != file {
            throw .usage(vi: "hãy chỉ rõ tệp kế hoạch một lần: FILE hoặc --file",
                         en: "name the plan file once: FILE or --file", language)
        }
        let location = PlanLocation.resolve(named: positional ?? file, environment: environment,
                                            fileExists: { FileManager.default.fileExists(atPath: $0) })
        if let missing = environment["WORKPLAN_FILE"], !missing.isEmpty, location.source != .named,
           location.source != .environment {
            Console.error(language.pick(
                vi: "workplan: WORKPLAN_FILE chỉ tới \"\(missing)\" nhưng tệp đó không có; dùng \(location.path)",
                en: "workplan: WORKPLAN_FILE names \"\(missing)\" but there is no such file; using \(location.path)"))
        }
        if location.source == .dataFolder, !FileManager.default.fileExists(atPath: location.path) {
            do {
                try PlanStore().create(Array(BuiltinPlan.text.utf8), at: location.path, makeFolders: true)
            } catch {
                throw .failed(error, language)
            }
            Console.error(language.pick(
                vi: "workplan: chưa có tệp kế hoạch; đã tạo bản sao kế hoạch mẫu năm 2021 tại \(location.path)",
                en: "workplan: no plan file yet; created a copy of the built-in 2021 plan at \(location.path)"))
        }
        return location
    }

    /// Reads the plan file, telling on standard error when it has problems.
    func open(positional: String?, _ language: Language, warn: Bool = true) throws(CommandFailure) -> PlanFile {
        let location = try location(positional: positional, language)
        let planFile: PlanFile
        do {
            planFile = try PlanFile(path: location.path)
        } catch {
            throw .unreadablePlan(error, language)
        }
        guard warn else { return planFile }
        let count = (try? today(language)).map { planFile.plan.problems(on: $0).count } ?? planFile.plan.problems.count
        if count > 0 {
            Console.error(language.pick(
                vi: "workplan: \(location.path) có \(count) vấn đề; xem bằng: workplan check \(location.path)",
                en: "workplan: \(location.path) has \(count) problem\(count == 1 ? "" : "s"); see them with: workplan check \(location.path)"))
        }
        return planFile
    }
}
