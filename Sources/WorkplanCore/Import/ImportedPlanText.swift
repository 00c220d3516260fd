/// The text of an imported plan in the plain-file format (docs/format.md): the title, a line that
/// says where it came from, the units and persons, then each track and its tasks, two spaces a
/// level, each task with its id (the table's, else a new one: the parent's id and `.N`, or `TN`
/// at the top) and its note lines under it.
struct ImportedPlanText {
    let text: String

    init(title: String, source: String, sheet: String, units: [ImportedUnits.Unit], persons: [ImportedPersons.Person],
         tracks: [ImportedRows.Track], language: Language) {
        var lines = ["# " + title, ""]
        lines.append(language.pick(vi: "Nhập từ bảng \(source)" + (sheet.isEmpty ? "" : " (trang “\(sheet)”)") + ".",
                                   en: "Imported from the table \(source)" + (sheet.isEmpty ? "" : " (sheet “\(sheet)”)") + "."))
        if !units.isEmpty {
            lines += ["", language.pick(vi: "## Đơn vị", en: "## Units")]
            lines += units.map { "- \($0.code): \(ImportedRows.oneLine($0.name))" }
        }
        if !persons.isEmpty {
            lines += ["", language.pick(vi: "## Người theo dõi", en: "## Persons")]
            lines += persons.map { "- \($0.handle): \(ImportedRows.oneLine($0.declaration))" }
        }
        var ids = Self.ids(tracks).makeIterator()
        for track in tracks {
            let heading = track.title.map(ImportedRows.oneLine).flatMap { $0.isEmpty ? nil : $0 }
            lines += ["", "## " + (heading ?? language.pick(vi: "Nhiệm vụ", en: "Tasks"))]
            for task in track.tasks {
                let indent = String(repeating: "  ", count: task.depth)
                let id = ids.next() ?? ""
                let fields = [Field(key: Field.Key.id, value: id)] + task.fields
                lines.append(indent + "- [\(task.mark)] " + TaskTitle.escape(task.title) + "  "
                             + fields.map(\.token).joined(separator: " "))
                lines += task.note.map { $0.trimmed.isEmpty ? "" : indent + "  " + Self.noteLine($0) }
            }
        }
        text = lines.joined(separator: "\n") + "\n"
    }

    /// A note line that the reader takes as a note: a line shaped like a task (`- [ ] …`) gets
    /// `\[`, and a fence gets `\`, so that a cell's words never open a task or a code block.
    static func noteLine(_ line: String) -> String {
        let bare = line.drop { $0 == " " }
        if bare.hasPrefix("```") || bare.hasPrefix("~~~") { return "\\" + line }
        if let first = bare.first, "-*+".contains(first), bare.dropFirst().hasPrefix(" [") {
            let bracket = line.firstIndex(of: "[") ?? line.endIndex
            return String(line[..<bracket]) + "\\" + String(line[bracket...])
        }
        return line
    }

    /// Each task's id, in file order: the table's when it gave one, else a new one that no other
    /// task has: under a parent with an id, that id and the first free `.N`; at the top, `T` and
    /// the first free number.
    private static func ids(_ tracks: [ImportedRows.Track]) -> [String] {
        var taken = Set(tracks.flatMap { $0.tasks.compactMap(\.id) })
        var result: [String] = []
        var nextTop = 1
        for track in tracks {
            var parents: [(depth: Int, id: String, next: Int)] = []
            for task in track.tasks {
                while let last = parents.last, last.depth >= task.depth { parents.removeLast() }
                let id: String
                if let given = task.id {
                    id = given
                } else if !parents.isEmpty {
                    var number = parents[parents.count - 1].next
                    while taken.contains(parents[parents.count - 1].id + ".\(number)") { number += 1 }
                    id = parents[parents.count - 1].id + ".\(number)"
                    parents[parents.count - 1].next = number + 1
                } else {
                    while taken.contains("T\(nextTop)") { nextTop += 1 }
                    id = "T\(nextTop)"
                    nextTop += 1
                }
                taken.insert(id)
                result.append(id)
                parents.append((task.depth, id, 1))
            }
        }
        return result
    }
}
