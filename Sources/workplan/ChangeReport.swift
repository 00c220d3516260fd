import WorkplanCore

/// Shows what an edit changed, line by line, like a diff: `plan.md:12` then `-` old and `+` new,
/// made safe for the terminal (a title cannot send escapes through the change report).
enum ChangeReport {
    /// The lines describing what the edits of one command changed, in order: edits of one line,
    /// one after the other (`set` changes a title, fields and a status), are shown as one change
    /// of that line; an edit that changes nothing says so.
    static func text(_ edits: [LineBlockEdit], path: String, _ language: Language) -> String {
        var out = ""
        var index = edits.startIndex
        while index < edits.endIndex {
            var edit = edits[index]
            index += 1
            while index < edits.endIndex, edit.old.count == 1, edit.new.count == 1, edits[index].start == edit.start,
                  edits[index].old.count == 1, edits[index].new.count == 1 {
                edit.new = edits[index].new
                index += 1
            }
            out += text(edit, path: path, language)
        }
        return out
    }

    /// One edit as hunks: each run of changed lines with its place (`plan.md:12`, counted in
    /// the file as saved), the lines taken away (`-`) and the lines written (`+`); the lines the
    /// edit keeps, at its ends or between two changes (a note between a task's line and a new
    /// entry), are left out.
    private static func text(_ edit: LineBlockEdit, path: String, _ language: Language) -> String {
        if edit.changesNothing {
            return language.pick(vi: "\(path):\(edit.start + 1): không có gì thay đổi",
                                 en: "\(path):\(edit.start + 1): nothing changed") + "\n"
        }
        let (removed, inserted) = edit.new.difference(from: edit.old) { $0.utf8.elementsEqual($1.utf8) }.offsets
        var out = ""
        var old = 0
        var new = 0
        while old < edit.old.count || new < edit.new.count {
            guard removed.contains(old) || inserted.contains(new) else {
                old += 1
                new += 1
                continue
            }
            out += "\(path):\(edit.start + new + 1)\n"
            while removed.contains(old) {
                out += "- " + shown(edit.old[old]) + "\n"
                old += 1
            }
            while inserted.contains(new) {
                out += "+ " + shown(edit.new[new]) + "\n"
                new += 1
            }
        }
        return out
    }

    /// A line as the terminal may show it; tabs stay tabs, so the diff shows the line's spacing.
    private static func shown(_ line: String) -> String {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { TextForm.visible(String($0)) }
            .joined(separator: "\t")
    }
}

extension PlanFile {
    /// Makes the operations a command built through the one edit path, turning failures into
    /// the command's failure; returns the edits as saved.
    mutating func commit(_ operations: [PlanOperation], today: PlanDate,
                         _ language: Language) throws(CommandFailure) -> [LineBlockEdit] {
        do {
            let edits = try perform(operations, today: today).map(\.edit)
            if let holder = recoveredLock { Console.error("workplan: " + holder.recoveryNotice(language)) }
            return edits
        } catch .edit(let error) {
            if case .unknownTask = error { throw .failed(error, language) }
            throw CommandFailure(text: "workplan: " + error.message(language), exitCode: 2)
        } catch {
            throw .failed(error, language)
        }
    }
}

extension Plan {
    /// The index of the task with this id (or `@LINE`), or an edit error naming it.
    func requireTask(id: String, _ language: Language) throws(CommandFailure) -> Int {
        guard let index = taskIndex(reference: id) else { throw .failed(EditError.unknownTask(id: id), language) }
        return index
    }
}
