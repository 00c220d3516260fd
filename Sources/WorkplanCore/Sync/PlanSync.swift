/// One sync of a plan's clone with its remote, as `workplan sync` and the interface run it:
/// finish a merge the officer has resolved; commit the plan and its minutes with a message that
/// names the changes; merge the remote's commits (Workplan's driver merges the plan task by
/// task); push, merging again when someone pushed meanwhile. On a conflict it stops with the
/// merge under way and the plan holding the markers, for the interface to resolve.
public struct PlanSync: Sendable {
    public let clone: PlanClone
    public let language: Language

    public init(clone: PlanClone, language: Language) {
        self.clone = clone
        self.language = language
    }

    /// What a sync did.
    public struct Outcome: Equatable, Sendable {
        /// The message of the commit made of this clone's changes, if there were any.
        public var committed: String?
        /// How many commits came from the remote, and went to it.
        public var received = 0
        public var sent = 0
        /// False when the clone has no remote: the changes were committed only.
        public var hasRemote = true
        /// The files left with conflicts (the merge is under way), with the plan's conflict lines.
        public var conflicts: [String] = []
        public var conflictLines: [Int] = []
    }

    /// Runs the sync holding the plan's lock (`PlanStore.withLock`): git reads, commits and
    /// rewrites the plan, so no other Workplan saves it meanwhile.
    public func run(message: String? = nil) throws(SyncError) -> Outcome {
        guard clone.driver != nil else { throw .driverMissing }
        return try PlanStore().withLock(clone.planFile, failure: { SyncError.locked(reason: $0.message(language)) }) {
            _ throws(SyncError) in try synced(message: message)
        }
    }

    private func synced(message: String?) throws(SyncError) -> Outcome {
        var outcome = Outcome()
        try finishMerge()
        outcome.committed = try commit(message: message)
        if try upstream() == nil {
            let remotes = try clone.git.check(["remote"]).text
            guard let remote = remotes.split(separator: "\n").first.map(String.init) else {
                outcome.hasRemote = false
                return outcome
            }
            // A clone without an upstream branch: made from an empty repository, or a branch
            // of its own. It follows the remote's branch of its name once there is one.
            try clone.git.check(["fetch", "--quiet", remote])
            let branch = try clone.git.check(["rev-parse", "--abbrev-ref", "HEAD"]).text
            if try clone.git.run(["rev-parse", "--verify", "-q", "refs/remotes/\(remote)/\(branch)"]).succeeded {
                try clone.git.check(["branch", "--quiet", "--set-upstream-to=\(remote)/\(branch)"])
            } else {
                outcome.sent = try count("HEAD")
                try clone.git.check(["push", "--quiet", "-u", remote, "HEAD"])
                return outcome
            }
        }
        for _ in 0..<3 {
            try clone.git.check(["fetch", "--quiet"])
            outcome.received += try count("HEAD..@{u}")
            // A clone begun before the plan was shared has a history of its own: merged all the same.
            let merged = try clone.git.run(["merge", "--no-edit", "--allow-unrelated-histories", "@{u}"])
            if !merged.succeeded {
                let unmerged = try clone.git.check(["diff", "--name-only", "--diff-filter=U"]).text
                guard !unmerged.isEmpty else {
                    throw .gitFailed(command: "git merge", said: merged.errorText.isEmpty ? merged.text : merged.errorText)
                }
                outcome.conflicts = unmerged.split(separator: "\n").map(String.init)
                outcome.conflictLines = conflictLines()
                return outcome
            }
            let ahead = try count("@{u}..HEAD")
            guard ahead > 0 else { return outcome }
            let pushed = try clone.git.run(["push", "--quiet"])
            if pushed.succeeded {
                outcome.sent += ahead
                return outcome
            }
        }
        throw .gitFailed(command: "git push", said: language.pick(vi: "kho chung vẫn đổi trong lúc gửi; đồng bộ lại sau ít phút",
                                                                   en: "the shared repository kept changing while sending; sync again in a few minutes"))
    }

    /// A merge left under way by an earlier sync: refused while the plan holds conflict
    /// markers, committed once the officer has chosen.
    private func finishMerge() throws(SyncError) {
        guard try clone.git.run(["rev-parse", "-q", "--verify", "MERGE_HEAD"]).succeeded else { return }
        let lines = conflictLines()
        guard lines.isEmpty else { throw .conflictsLeft(path: clone.planPath, lines: lines) }
        // Any other file git left conflicted (a meeting's minutes) must be free of markers too.
        let unmerged = try clone.git.check(["diff", "--name-only", "--diff-filter=U"]).text.split(separator: "\n").map(String.init)
        for path in unmerged where path != clone.planPath {
            let bytes = (try? PlanStore().read(clone.root + "/" + path).bytes) ?? []
            let marked = PlanText(bytes: bytes).markerLines
            guard marked.isEmpty else { throw .conflictsLeft(path: path, lines: marked) }
        }
        try clone.git.check(["add", "-A", "--"] + clone.keptPaths)
        try clone.git.check(["commit", "--no-edit", "--quiet"])
    }

    /// Commits the plan and its minutes when they changed; the message names the tasks.
    private func commit(message: String?) throws(SyncError) -> String? {
        let paths = clone.keptPaths
        guard !paths.isEmpty, !(try clone.git.check(["status", "--porcelain", "--"] + paths).text.isEmpty) else { return nil }
        let text = message ?? changes()
        try clone.git.check(["add", "-A", "--"] + paths)
        try clone.git.check(["commit", "--quiet", "-m", text])
        return text
    }

    /// The message that names what changed in the plan since the last commit.
    private func changes() -> String {
        let old = (try? clone.git.run(["show", "HEAD:" + clone.planPath])).flatMap { $0.succeeded ? Plan(bytes: $0.output) : nil }
        guard let bytes = try? PlanStore().read(clone.planFile).bytes else {
            return language.pick(vi: "Cập nhật kế hoạch", en: "Update the plan")
        }
        return PlanChanges(from: old, to: Plan(bytes: bytes)).message(language)
    }

    private func upstream() throws(SyncError) -> String? {
        let result = try clone.git.run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}"])
        return result.succeeded && !result.text.isEmpty ? result.text : nil
    }

    private func count(_ range: String) throws(SyncError) -> Int {
        Int(try clone.git.check(["rev-list", "--count", range]).text) ?? 0
    }

    /// The lines of the plan with git's conflict markers, as `check` reports them.
    private func conflictLines() -> [Int] {
        guard let bytes = try? PlanStore().read(clone.planFile).bytes else { return [] }
        return Plan(bytes: bytes).problems.filter { $0.kind == .conflictMarker }.map(\.line)
    }

    /// How many commits this clone has that the remote has not, and the other way round; nil
    /// without a remote branch. Read from what the last fetch brought.
    public static func aheadBehind(_ clone: PlanClone) -> (ahead: Int, behind: Int)? {
        guard let result = try? clone.git.run(["rev-list", "--left-right", "--count", "HEAD...@{u}"]), result.succeeded
        else { return nil }
        let numbers = result.text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }
}
