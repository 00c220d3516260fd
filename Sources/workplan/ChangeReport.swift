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

    /// One edit as a hunk: the first changed line's place, the lines taken away (`-`) and the
    /// lines written (`+`), without the lines it keeps at either end.
    private static func text(_ edit: LineBlockEdit, path: String, _ language: Language) -> String {
        if edit.changesNothing {
            return language.pick(vi: "\(path):\(edit.start + 1): không có gì thay đổi",
                                 en: "\(path):\(edit.start + 1): nothing changed") + "\n"
        }
        let same = { (left: String, right: String) in left.utf8.elementsEqual(right.utf8) }
        var head = 0
        while head < min(edit.old.count, edit.new.count), same(edit.old[head], edit.new[head]) { head += 1 }
        var tail = 0
        while tail < min(edit.old.count, edit.new.count) - head,
              same(edit.old[edit.old.count - 1 - tail], edit.new[edit.new.count - 1 - tail]) {
            tail += 1
        }
        var out = "\(path):\(edit.start + head + 1)\n"
        for line in edit.old[head..<(edit.old.count - tail)] { out += "- " + shown(line) + "\n" }
        for line in edit.new[head..<(edit.new.count - tail)] { out += "+ " + shown(line) + "\n" }
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
