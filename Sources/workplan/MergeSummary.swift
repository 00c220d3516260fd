import WorkplanCore

/// What `workplan merge` tells its user on standard error: one line per conflict left in the
/// file and per choice made by rule, each at its line of the merged file (`FILE:LINE`, as
/// `check` writes, or `dòng N` of the merge printed on standard output).
struct MergeSummary {
    let merge: PlanMerge
    /// The file the merge was written to, if any.
    let file: String?

    init(_ merge: PlanMerge, file: String?) {
        self.merge = merge
        self.file = file
    }

    func lines(_ language: Language) -> [String] {
        merge.notes.map { note in
            (file.map { "\($0):\(note.line)" } ?? language.pick(vi: "dòng \(note.line)", en: "line \(note.line)"))
                + ": " + sentence(note, language)
        }
    }

    private func sentence(_ note: MergeNote, _ language: Language) -> String {
        let subject = note.subject
        switch note.kind {
        case let .taskLine(parts):
            let named = parts.map { Self.partName($0, language) }.joined(separator: ", ")
            return language.pick(vi: "xung đột ở \(subject): hai bên sửa khác nhau \(named)",
                                 en: "conflict in \(subject): both sides changed \(named) differently")
        case .note:
            return language.pick(vi: "xung đột ở ghi chú của \(subject): hai bên sửa cùng dòng",
                                 en: "conflict in the note of \(subject): both sides changed the same lines")
        case .text:
            return language.pick(vi: "xung đột ở phần \(subject): hai bên sửa cùng dòng",
                                 en: "conflict in \(subject): both sides changed the same lines")
        case let .keptDeleted(deletedByOurs):
            return deletedByOurs
                ? language.pick(vi: "giữ \(subject): bên ta đã xóa nhưng bên họ có sửa",
                                en: "kept \(subject): deleted on our side but changed on theirs")
                : language.pick(vi: "giữ \(subject): bên họ đã xóa nhưng bên ta có sửa",
                                en: "kept \(subject): deleted on their side but changed on ours")
        case let .renumbered(newId):
            return language.pick(vi: "hai bên cùng tạo mã \(subject): một nhiệm vụ đổi thành \(newId)",
                                 en: "both sides made \(subject): one of the two tasks is now \(newId)")
        case .movedBothWays:
            return language.pick(vi: "\(subject) được chuyển đi hai nơi khác nhau: giữ chỗ của bên ta",
                                 en: "\(subject) was moved to two different places: it stays where ours put it")
        }
    }

    private static func partName(_ part: String, _ language: Language) -> String {
        switch part {
        case "status": language.pick(vi: "trạng thái", en: "the status")
        case "title": language.pick(vi: "tên nhiệm vụ", en: "the title")
        case "line": language.pick(vi: "cả dòng", en: "the line")
        default: language.pick(vi: "trường " + part, en: "the field " + part)
        }
    }
}
