import WorkplanCore

/// The person a command is asked about: `--person P`, or `--mine` (who the config file or
/// `WORKPLAN_USER` says I am); refused when both are given, or when the plan declares persons
/// and not this one (a typo would otherwise list nothing, silently).
enum PersonArgument {
    /// The handle, or nil when neither option is given.
    static func resolve(person: String?, mine: Bool, common: CommonOptions, plan: Plan,
                        _ language: Language) throws(CommandFailure) -> String? {
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
