import Terminal
import WorkplanCore

/// Questions in a box: deleting a task, and a task changed both here and on disk.
enum DialogView {
    /// Asks whether to delete a task and its subtasks.
    static func drawDelete(_ state: AppState, row: RowRef, theme: Theme, into grid: inout Grid) {
        let language = state.language
        var lines: [String]
        switch row {
        case let .task(task):
            let title = TextForm.visible(state.plan.tasks[task].title)
            let subtasks = state.plan.descendantCount(ofTask: task)
            lines = [language.pick(vi: "Xoá nhiệm vụ “\(title)”", en: "Delete the task “\(title)”")
                + (subtasks > 0 ? language.pick(vi: " cùng \(subtasks) nhiệm vụ con?", en: " and its \(subtasks) subtasks?") : "?")]
        case let .track(track):
            let title = TextForm.visible(state.plan.tracks[track].title)
            let tasks = state.plan.tracks[track].tasks.count
            lines = [language.pick(vi: "Xoá mảng công tác “\(title)”", en: "Delete the track “\(title)”")
                + (tasks > 0 ? language.pick(vi: " cùng \(tasks) nhiệm vụ của mảng?", en: " and its \(tasks) tasks?") : "?")]
        }
        let yes = state.keymap.keys(for: .confirm, in: .confirm).map(\.label).joined(separator: "/")
        let no = state.keymap.keys(for: .cancel, in: .confirm).map(\.label).joined(separator: "/")
        lines.append("")
        lines.append(language.pick(vi: "\(yes): xoá · \(no): không (xoá rồi vẫn hoàn tác được bằng \(state.keyName(.undo)))",
                                   en: "\(yes): delete · \(no): keep (\(state.keyName(.undo)) undoes a delete)"))
        drawText(lines, title: language.pick(vi: "Xoá", en: "Delete"), theme: theme, into: &grid)
    }

    /// Shows both versions of a task changed here and on disk, and the keys to choose.
    static func drawConflict(_ state: AppState, conflict: PlanConflict, theme: Theme, into grid: inout Grid) {
        let language = state.language
        var lines = [language.pick(vi: "Nhiệm vụ này vừa được sửa ở nơi khác (tệp trên đĩa đã đổi).",
                                   en: "This task was just changed elsewhere (the file on disk changed).")]
        lines.append("")
        lines.append(language.pick(vi: "Trên đĩa:", en: "On disk:"))
        lines += conflict.theirs.isEmpty ? [language.pick(vi: "  (đã bị xoá)", en: "  (deleted)")] : conflict.theirs.map { "  " + TextForm.visible($0) }
        lines.append(language.pick(vi: "Của bạn:", en: "Yours:"))
        lines += conflict.mine.new.isEmpty ? [language.pick(vi: "  (xoá)", en: "  (delete)")] : conflict.mine.new.map { "  " + TextForm.visible($0) }
        lines.append("")
        let (mine, theirs) = (state.keymap.name(of: .keepMine, in: .conflict), state.keymap.name(of: .keepTheirs, in: .conflict))
        lines.append(language.pick(vi: "\(mine): giữ bản của tôi · \(theirs): giữ bản trên đĩa",
                                   en: "\(mine): keep mine · \(theirs): keep the one on disk"))
        drawText(lines, title: language.pick(vi: "Tệp đã đổi", en: "File changed"), theme: theme, into: &grid)
    }

    /// Shows both sides of a conflict a merge left in the file, and the keys to choose.
    static func drawMarkers(_ state: AppState, conflict: MarkerConflict, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let count = MarkerConflict.all(in: state.plan).count
        var lines = [language.pick(vi: "Hai nơi đã sửa khác nhau «\(conflict.subject)» (dòng \(conflict.start + 1); \(count) xung đột trong tệp).",
                                   en: "Two places changed «\(conflict.subject)» differently (line \(conflict.start + 1); \(count) conflicts in the file).")]
        lines.append("")
        // A side's heading: its word, and the marker's name unless the name says the same.
        let heading = { (side: String, label: String) -> String in
            guard !label.isEmpty else { return side }
            guard TextFolding.fold(label).hasPrefix(TextFolding.fold(side)) else { return side + " — " + label }
            return label.prefix(1).uppercased() + label.dropFirst()
        }
        lines.append(heading(language.pick(vi: "Bản này", en: "Mine"), conflict.mineLabel) + ":")
        lines += conflict.mine.isEmpty ? [language.pick(vi: "  (không có)", en: "  (nothing)")] : conflict.mine.map { "  " + TextForm.visible($0) }
        lines.append(heading(language.pick(vi: "Bản kia", en: "Theirs"), conflict.theirsLabel) + ":")
        lines += conflict.theirs.isEmpty ? [language.pick(vi: "  (không có)", en: "  (nothing)")] : conflict.theirs.map { "  " + TextForm.visible($0) }
        lines.append("")
        let key = { (action: Action) in state.keymap.name(of: action, in: .conflict) }
        lines.append(language.pick(
            vi: "\(key(.keepMine)): giữ bản này · \(key(.keepTheirs)): giữ bản kia · \(key(.openEditor)): sửa trong trình soạn thảo · \(key(.cancel)): để sau",
            en: "\(key(.keepMine)): keep mine · \(key(.keepTheirs)): keep theirs · \(key(.openEditor)): edit in the editor · \(key(.cancel)): later"))
        drawText(lines, title: language.pick(vi: "Xung đột khi hợp nhất", en: "Merge conflict"), theme: theme, into: &grid)
    }

    private static func drawText(_ lines: [String], title: String, theme: Theme, into grid: inout Grid) {
        let width = min(grid.columns - 6, max(30, lines.map { TextWidth.of($0) }.max() ?? 30))
        let wrapped = lines.flatMap { $0.isEmpty ? [""] : TextWrap.lines($0, width: width) }
        let box = Box.draw(title: title, innerWidth: width + 2, innerHeight: wrapped.count, style: theme[.dialog],
                           titleStyle: theme[.dialogTitle], into: &grid)
        for (offset, line) in wrapped.prefix(box.rows.count).enumerated() {
            grid.put(TextWidth.truncate(line, to: box.columns.count), row: box.rows.lowerBound + offset,
                     column: box.columns.lowerBound, style: theme[.dialog])
        }
    }
}
