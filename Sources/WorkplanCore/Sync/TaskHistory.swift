/// A task's history, read from git's: each commit that changed the task (its line, its note or
/// its entries), who made it and when, and what it changed. The plan keeps no log of its own;
/// git's history is the one record of who changed what.
public struct TaskHistory: Sendable {
    /// One commit's change of the task.
    public struct Change: Equatable, Sendable {
        public let commit: String
        public let author: String
        /// The author's date, as git gives it (`2021-10-29T10:15:00+07:00`).
        public let date: String
        public let subject: String
        public let parts: [Part]
    }

    /// One part of a change.
    public enum Part: Equatable, Sendable {
        case created(title: String)
        case deleted
        case status(from: String, to: String)
        case title(from: String, to: String)
        /// A field's values before and after (empty when it had none).
        case field(key: String, from: String, to: String)
        case note
        /// A dated entry added (a result, a progress note, an extension).
        case entry(String)
    }

    public let id: String
    /// The changes, oldest first.
    public let changes: [Change]

    /// Reads the history of the task `id` in the clone's plan: one `git log` and one
    /// `git cat-file --batch` for every version of the file at once.
    public init(of id: String, in clone: PlanClone) throws(SyncError) {
        self.id = id
        let separator = "\u{1F}"
        // With -m a merge comes once per parent; a merge counts when it left the task unlike
        // every parent (a conflict resolved there), and is told against its first parent.
        let log = try clone.git.check(["log", "--reverse", "-m", "--no-abbrev", "--raw", "--no-renames",
                                       "--format=%x1e%H\(separator)%an\(separator)%aI\(separator)%s\(separator)%P",
                                       "--", clone.planPath])
        var commits: [(fields: [String], olds: [String], new: String)] = []
        for record in log.text.split(separator: "\u{1E}") {
            let lines = record.split(separator: "\n")
            guard let header = lines.first else { continue }
            let fields = header.split(separator: Character(separator), omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5,
                  let raw = lines.dropFirst().first(where: { $0.hasPrefix(":") }) else { continue }
            let words = raw.split(separator: " ")
            guard words.count >= 4 else { continue }
            if let last = commits.last, last.fields[0] == fields[0] {
                commits[commits.count - 1].olds.append(String(words[2]))
            } else {
                commits.append((fields, [String(words[2])], String(words[3])))
            }
        }
        let zero = String(repeating: "0", count: 40)
        let blobs = Array(Set(commits.flatMap { $0.olds + [$0.new] }).subtracting([zero]))
        let contents = try Self.contents(of: blobs, in: clone.git)
        let key = "id:" + TextForm.nfc(id)
        var trees: [String: MergeTree.Node?] = [:]
        let node = { (blob: String) -> MergeTree.Node? in
            if blob == zero { return nil }
            if let known = trees[blob] { return known }
            let found = contents[blob].flatMap { MergeTree(Plan(bytes: $0)).nodes[key] }
            trees[blob] = found
            return found
        }
        var changes: [Change] = []
        for commit in commits {
            let after = node(commit.new)
            let befores = commit.olds.map(node)
            var parts = Self.parts(befores.first ?? nil, after)
            if befores.count > 1 {
                // A merge: what its other parent brought is that parent's commits' to tell; the
                // merge tells only what it decided, a part both parents changed from where they
                // parted, or a part it left unlike both.
                let parents = commit.fields[4].split(separator: " ").map(String.init)
                let base = try Self.mergeBase(parents, clone: clone, key: key)
                let other = befores[1]
                parts = parts.filter { part in
                    let (was, mine, theirs, now) = (Self.value(of: part, in: base), Self.value(of: part, in: befores[0]),
                                                    Self.value(of: part, in: other), Self.value(of: part, in: after))
                    return now != theirs || (mine != was && theirs != was)
                }
            }
            guard !parts.isEmpty else { continue }
            changes.append(Change(commit: commit.fields[0], author: commit.fields[1], date: commit.fields[2],
                                  subject: commit.fields[3], parts: parts))
        }
        guard !changes.isEmpty else { throw .unknownTask(id: id) }
        self.changes = changes
    }

    /// The task as the two parents' merge base had it.
    private static func mergeBase(_ parents: [String], clone: PlanClone, key: String) throws(SyncError) -> MergeTree.Node? {
        guard parents.count >= 2 else { return nil }
        let base = try clone.git.run(["merge-base", parents[0], parents[1]])
        guard base.succeeded, !base.text.isEmpty else { return nil }
        let shown = try clone.git.run(["show", base.text + ":" + clone.planPath])
        return shown.succeeded ? MergeTree(Plan(bytes: shown.output)).nodes[key] : nil
    }

    /// What a version of the task holds of the aspect a part is about: its status, title, a
    /// field's values, its note, whether it has an entry, whether it exists.
    private static func value(of part: Part, in node: MergeTree.Node?) -> String {
        guard let node else { return "\u{0}absent" }
        let text = { (line: MergeTree.Line) in String(decoding: line.content, as: UTF8.self) }
        let parts = TaskLineParts(text(node.line))
        switch part {
        case .created, .deleted: return "present"
        case .status: return parts?.mark ?? ""
        case .title: return parts.map { String(decoding: $0.title, as: UTF8.self) } ?? ""
        case let .field(key, _, _): return (parts?.valuesByKey[key] ?? []).joined(separator: ",")
        case .note:
            return node.body.filter { EntryLine.read($0.line.content[...]) == nil }.map { text($0.line) }.joined(separator: "\n")
        case let .entry(entry):
            return node.body.contains { text($0.line).trimmingCharacters(in: .whitespaces) == entry } ? "yes" : "no"
        }
    }

    /// Every blob's bytes, read by one `git cat-file --batch`.
    private static func contents(of blobs: [String], in git: Git) throws(SyncError) -> [String: [UInt8]] {
        guard !blobs.isEmpty else { return [:] }
        let output = try git.check(["cat-file", "--batch"], input: Array((blobs.joined(separator: "\n") + "\n").utf8)).output
        var result: [String: [UInt8]] = [:]
        var at = 0
        while at < output.count {
            guard let end = output[at...].firstIndex(of: 10) else { break }
            let header = String(decoding: output[at..<end], as: UTF8.self).split(separator: " ")
            at = end + 1
            guard header.count == 3, let size = Int(header[2]), at + size <= output.count else { break }
            result[String(header[0])] = Array(output[at..<(at + size)])
            at += size + 1
        }
        return result
    }

    /// What changed between two versions of the task's block.
    static func parts(_ before: MergeTree.Node?, _ after: MergeTree.Node?) -> [Part] {
        let text = { (line: MergeTree.Line) in String(decoding: line.content, as: UTF8.self) }
        switch (before, after) {
        case (nil, nil): return []
        case let (nil, now?): return [.created(title: TaskLineParts(text(now.line)).map { TaskTitle.unescape($0.title[...]) } ?? text(now.line))]
        case (_?, nil): return [.deleted]
        case let (was?, now?):
            var parts: [Part] = []
            if let old = TaskLineParts(text(was.line)), let new = TaskLineParts(text(now.line)) {
                if old.mark != new.mark { parts.append(.status(from: old.mark, to: new.mark)) }
                if old.title != new.title {
                    parts.append(.title(from: TaskTitle.unescape(old.title[...]), to: TaskTitle.unescape(new.title[...])))
                }
                let (oldValues, newValues) = (old.valuesByKey, new.valuesByKey)
                var seen = Set<String>()
                for key in (old.fields + new.fields).map(\.key) where seen.insert(key).inserted && key != Field.Key.id {
                    let from = (oldValues[key] ?? []).joined(separator: ","), to = (newValues[key] ?? []).joined(separator: ",")
                    if from != to { parts.append(.field(key: key, from: from, to: to)) }
                }
            }
            let added = now.body.filter { !was.body.contains($0) }
            let entries = added.filter { EntryLine.read($0.line.content[...]) != nil }
            parts += entries.map { .entry(text($0.line).trimmingCharacters(in: .whitespaces)) }
            let noteBefore = was.body.filter { EntryLine.read($0.line.content[...]) == nil }
            let noteAfter = now.body.filter { EntryLine.read($0.line.content[...]) == nil }
            if noteBefore != noteAfter { parts.append(.note) }
            return parts
        }
    }
}
