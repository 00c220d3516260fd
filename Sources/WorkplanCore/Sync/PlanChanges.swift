/// What changed in a plan between two versions, task by task, in the words of a commit
/// message an office reads in its history: "Hoàn thành KH1.2; gia hạn BC16; thêm T7".
public struct PlanChanges: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case added, done, extended, logged, changed, deleted
    }

    /// Each task changed (by id, or by title when it has none), in the new file's order, then
    /// the deleted ones.
    public let tasks: [(id: String, kind: Kind)]

    public static func == (one: PlanChanges, other: PlanChanges) -> Bool {
        one.tasks.map(\.id) == other.tasks.map(\.id) && one.tasks.map(\.kind) == other.tasks.map(\.kind)
    }

    public init(from old: Plan?, to new: Plan) {
        let before = old.map(MergeTree.init)
        let after = MergeTree(new)
        var tasks: [(id: String, kind: Kind)] = []
        var seen = Set<String>()
        for key in after.orderedKeys {
            guard let node = after.nodes[key], node.isTask else { continue }
            seen.insert(key)
            let name = node.id ?? String(String(decoding: node.line.content, as: UTF8.self).prefix(40))
            guard let was = before?.nodes[key] else {
                tasks.append((name, .added))
                continue
            }
            guard was.line != node.line || was.body != node.body else { continue }
            tasks.append((name, Self.kind(was, node)))
        }
        for key in before?.orderedKeys ?? [] where !seen.contains(key) {
            guard let node = before?.nodes[key], node.isTask else { continue }
            tasks.append((node.id ?? String(String(decoding: node.line.content, as: UTF8.self).prefix(40)), .deleted))
        }
        self.tasks = tasks
    }

    private static func kind(_ was: MergeTree.Node, _ now: MergeTree.Node) -> Kind {
        let added = Set(now.body).subtracting(was.body).compactMap { EntryLine.read($0.line.content[...]) }
        if added.contains(where: { if case .entry(_, _, _, _?) = $0 { true } else { false } }) { return .extended }
        let mark = { (node: MergeTree.Node) in TaskLineParts(String(decoding: node.line.content, as: UTF8.self))?.mark }
        if mark(now).map({ $0.lowercased() == "x" }) == true, mark(was).map({ $0.lowercased() == "x" }) == false { return .done }
        if !added.isEmpty, was.line == now.line { return .logged }
        return .changed
    }

    /// The commit message: at most six tasks named, then how many more.
    public func message(_ language: Language) -> String {
        guard !tasks.isEmpty else { return language.pick(vi: "Cập nhật kế hoạch", en: "Update the plan") }
        let words = tasks.prefix(6).map { task in
            let verb: String = switch task.kind {
            case .added: language.pick(vi: "thêm", en: "add")
            case .done: language.pick(vi: "hoàn thành", en: "finish")
            case .extended: language.pick(vi: "gia hạn", en: "extend")
            case .logged: language.pick(vi: "ghi kết quả", en: "log")
            case .changed: language.pick(vi: "sửa", en: "edit")
            case .deleted: language.pick(vi: "xóa", en: "delete")
            }
            return verb + " " + task.id
        }
        var text = words.joined(separator: "; ")
        if tasks.count > 6 {
            text += language.pick(vi: "; và \(tasks.count - 6) nhiệm vụ khác", en: "; and \(tasks.count - 6) more tasks")
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
