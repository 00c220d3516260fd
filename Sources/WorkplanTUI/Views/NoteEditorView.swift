import Terminal
import WorkplanCore

/// The note being typed, in a box over the tree: the task it belongs to, its lines (the one
/// with the cursor scrolled sideways to keep the cursor in view, the box scrolled down to keep
/// that line in view), and the keys, from the keymap.
enum NoteEditorView {
    /// Draws the box.
    static func draw(_ state: AppState, _ note: NoteEditState, theme: Theme, into grid: inout Grid) {
        let language = state.language
        let task = note.task < state.plan.taskCount ? state.plan.tasks[note.task] : nil
        let title = language.pick(vi: "Ghi chú: ", en: "Note: ")
            + TextForm.visible([task?.id, task?.title].compactMap { $0 }.joined(separator: " "))
        let lines = note.editor.lines
        let box = Box.draw(title: title, innerWidth: min(grid.columns - 4, 100),
                           innerHeight: max(4, min(lines.count + 3, grid.rows - 6)), style: theme[.dialog],
                           titleStyle: theme[.dialogTitle], into: &grid)
        let height = max(1, box.rows.count - 2)
        let top = note.editor.row < height ? 0 : note.editor.row - height + 1
        for (offset, index) in (top..<min(lines.count, top + height)).enumerated() {
            let row = box.rows.lowerBound + offset
            if index == note.editor.row {
                lines[index].draw(into: &grid, row: row, column: box.columns.lowerBound, width: box.columns.count,
                                  style: theme[.editor])
            } else {
                grid.put(TextWidth.truncate(TextForm.visible(lines[index].text), to: box.columns.count), row: row,
                         column: box.columns.lowerBound, style: theme[.dialog])
            }
        }
        let keys = language.pick(vi: "Enter xuống dòng · ", en: "Enter new line · ")
            + KeyHints.line([.confirm, .cancel], in: .note, keymap: state.keymap, language)
        grid.put(TextWidth.truncate(keys, to: box.columns.count), row: box.rows.upperBound - 1,
                 column: box.columns.lowerBound, style: theme[.dialog].adding(.dim))
    }
}
