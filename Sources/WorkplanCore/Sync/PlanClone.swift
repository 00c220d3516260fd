#if canImport(FoundationEssentials)
import FoundationEssentials
#endif
import Foundation

/// A plan kept in a git clone: the clone's root, the plan's path and its minutes folder's from
/// there, and what the clone needs to merge the plan task by task.
public struct PlanClone: Sendable {
    /// Git, run at the clone's root.
    public let git: Git
    public let root: String
    /// The plan's path from the root (`plan.md`, `van-phong/ke-hoach-2021.md`).
    public let planPath: String
    /// The minutes folder's path from the root (`plan.meetings`).
    public let minutesPath: String

    /// The clone that holds the plan file at `path`.
    public init(planFile path: String, environment: [String: String] = [:]) throws(SyncError) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let planFolder = absolute.deletingLastPathComponent().path
        let top = try Git(folder: planFolder, environment: environment).run(["rev-parse", "--show-toplevel"])
        guard top.succeeded, !top.text.isEmpty else { throw .notAClone(folder: planFolder) }
        let root = URL(fileURLWithPath: top.text).resolvingSymlinksInPath().path
        git = Git(folder: root, environment: environment)
        self.root = root
        let full = absolute.path
        planPath = full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : absolute.lastPathComponent
        let folder = MeetingArchive(planPath: planPath).folder
        minutesPath = folder.hasPrefix("./") ? String(folder.dropFirst(2)) : folder
    }

    /// The paths a sync commits: the plan, its minutes folder, and the `.gitattributes` and
    /// `.gitignore` that `setup` writes, those of them that exist or that git tracks (a file
    /// deleted is committed as deleted).
    public var keptPaths: [String] {
        [planPath, minutesPath, ".gitattributes", ".gitignore"].filter { path in
            FileManager.default.fileExists(atPath: root + "/" + path)
                || (try? git.run(["ls-files", "--", path]))?.text.isEmpty == false
        }
    }

    /// The plan file's full path.
    public var planFile: String { root + "/" + planPath }

    /// The driver line git's config holds for Workplan's merge, if any.
    public var driver: String? {
        guard let result = try? git.run(["config", "--get", "merge.workplan.driver"]), result.succeeded,
              !result.text.isEmpty else { return nil }
        return result.text
    }

    /// What `setup` did, one step each.
    public enum SetupStep: Equatable, Sendable {
        case driver(command: String)
        case attributes(line: String)
        case ignored(patterns: [String])
    }

    /// Installs the merge driver in the clone's config (`merge.workplan.driver`, which git
    /// never takes from a commit, so each clone installs it), names the plan in
    /// `.gitattributes`, and keeps the store's lock and temporary files out of commits in
    /// `.gitignore`. Running it again changes nothing.
    public func setup(workplan executable: String) throws(SyncError) -> [SetupStep] {
        var steps: [SetupStep] = []
        let command = Self.quoted(executable) + " merge --git-path %P %O %A %B"
        if driver != command {
            try git.check(["config", "merge.workplan.name", "Workplan: merge plans task by task"])
            try git.check(["config", "merge.workplan.driver", command])
            steps.append(.driver(command: command))
        }
        let pattern = "/" + planPath.replacingOccurrences(of: " ", with: "[[:space:]]")
        let attribute = pattern + " merge=workplan"
        if try addLines([attribute], to: ".gitattributes") { steps.append(.attributes(line: attribute)) }
        let ignored = [".*.lock", ".*.lock.held", ".*.workplan-*"]
        if try addLines(ignored, to: ".gitignore") { steps.append(.ignored(patterns: ignored)) }
        return steps
    }

    /// Adds the lines a file at the root lacks, at its end; true when it added any.
    private func addLines(_ lines: [String], to name: String) throws(SyncError) -> Bool {
        let path = root + "/" + name
        let store = PlanStore()
        let existing: [UInt8]
        do {
            existing = try store.read(path).bytes
        } catch {
            guard case .notFound = error else { throw .gitFailed(command: "read \(name)", said: error.message(.en)) }
            existing = []
        }
        let text = String(decoding: existing, as: UTF8.self)
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return false }
        let joined = (text.isEmpty || text.hasSuffix("\n") ? text : text + "\n") + missing.joined(separator: "\n") + "\n"
        do {
            _ = try store.withLock(path, failure: { $0 }) { _ throws(StoreError) in
                try store.write(Array(joined.utf8), to: path, expecting: nil)
            }
        } catch {
            throw .gitFailed(command: "write \(name)", said: error.message(.en))
        }
        return true
    }

    /// A word for a shell command line, quoted when it needs to be.
    static func quoted(_ word: String) -> String {
        guard word.contains(where: { !$0.isLetter && !$0.isNumber && !"/._-+".contains($0) }) else { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The tasks of `plan` (by index) added or changed since a moment (`2021-03-15 08:00`, in
    /// git's words for `--before`): against the plan as the last commit before then left it,
    /// so that uncommitted changes count too. Every task, when no commit came before.
    public func changedTasks(since moment: String, in plan: Plan) throws(SyncError) -> Set<Int> {
        let commit = try git.check(["rev-list", "-1", "--before=" + moment, "HEAD"]).text
        let before = commit.isEmpty ? nil : try git.run(["show", commit + ":" + planPath])
        let old = before.flatMap { $0.succeeded ? MergeTree(Plan(bytes: $0.output)) : nil }
        let now = MergeTree(plan)
        var changed = Set<Int>()
        for (index, key) in now.orderedKeys.filter({ now.nodes[$0]?.isTask == true }).enumerated() {
            guard let node = now.nodes[key], let was = old?.nodes[key], was.line == node.line, was.body == node.body else {
                changed.insert(index)
                continue
            }
        }
        return changed
    }
}
