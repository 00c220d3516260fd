import ArgumentParser
import WorkplanCore

/// The person a command is asked about, the same options wherever a command takes them:
/// `--person P`, or `--mine` (who the config file or `WORKPLAN_USER` says I am). Refused when
/// both are given, or when the plan declares persons and not this one (a typo would otherwise
/// list nothing, silently).
struct PersonOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Người theo dõi / a person following the task (handle).", valueName: "PERSON"))
    var person: String?

    @Flag(help: "Việc của tôi: người theo dõi là tôi (user trong tệp cấu hình hoặc WORKPLAN_USER) / my tasks: those I follow (the config file's user or WORKPLAN_USER).")
    var mine = false

    /// The handle, or nil when neither option is given.
    func resolve(common: CommonOptions, plan: Plan, _ language: Language) throws(CommandFailure) -> String? {
        if mine, person != nil {
            throw .usage(vi: "chọn --mine hoặc --person, không cả hai", en: "choose --mine or --person, not both", language)
        }
        guard let handle = mine ? try common.user(language) : person else { return nil }
        if !plan.persons.isEmpty, plan.person(handle: handle) == nil {
            let known = plan.persons.map(\.handle).joined(separator: ", ")
            throw .usage(vi: "kế hoạch không có người theo dõi \"\(handle)\"; có: \(known)",
                         en: "the plan has no person \"\(handle)\"; it has: \(known)", language)
        }
        return handle
    }
}
