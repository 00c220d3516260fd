import WorkplanCore

/// What the status line says of the plan's git clone.
public struct GitStatus: Equatable, Sendable {
    /// Commits here that the shared repository lacks, and the other way round (as of the last
    /// fetch); nil without a remote branch.
    public var ahead: Int?
    public var behind: Int?
    /// False when the clone lacks Workplan's merge driver (`workplan git setup`).
    public var hasDriver: Bool

    /// The clone's status, or nil when the plan is not in a git clone (or git is missing).
    public static func of(planPath: String) -> GitStatus? {
        guard let clone = try? PlanClone(planFile: planPath) else { return nil }
        let counts = PlanSync.aheadBehind(clone)
        return GitStatus(ahead: counts?.ahead, behind: counts?.behind, hasDriver: clone.driver != nil)
    }

    /// The words for the status line.
    func text(_ language: Language) -> String {
        guard hasDriver else { return language.pick(vi: "git: chưa cài bộ hợp nhất", en: "git: no merge driver") }
        guard let ahead, let behind else { return "git" }
        return "git ↑\(ahead) ↓\(behind)"
    }
}
