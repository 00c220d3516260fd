import WorkplanCore

/// What `workplan import` read, as the officer checks it before and after writing: the sheet and
/// its rows, the tracks and tasks, the units matched and added (each with its row), the persons
/// added, and every cell that could not be read, each with its row and column.
struct ImportSummary {
    let imported: PlanImport
    let table: String
    /// The plan the units were matched against, if any.
    let units: String?
    /// The file to be written; nil for a dry run.
    let target: String?

    init(_ imported: PlanImport, table: String, units: String?, target: String?) {
        self.imported = imported
        self.table = table
        self.units = units
        self.target = target
    }

    func text(_ language: Language) -> String {
        var lines: [String] = []
        let sheet = imported.sheet.isEmpty ? "" : language.pick(vi: ", trang “\(imported.sheet)”", en: ", sheet “\(imported.sheet)”")
        lines.append(language.pick(
            vi: "\(table)\(sheet): tiêu đề ở dòng \(imported.headerRow), \(language.count(imported.rows, vi: "dòng", en: "row")), "
                + "\(imported.tracks) mảng, \(language.count(imported.tasks, vi: "nhiệm vụ", en: "task")).",
            en: "\(table)\(sheet): header on row \(imported.headerRow), \(language.count(imported.rows, vi: "dòng", en: "row")), "
                + "\(language.count(imported.tracks, vi: "mảng", en: "track")), \(language.count(imported.tasks, vi: "nhiệm vụ", en: "task"))."))
        if let units {
            lines.append(language.pick(vi: "Đơn vị đối chiếu với \(units) (\(imported.knownUnits) đơn vị).",
                                       en: "Units matched against \(units) (\(language.count(imported.knownUnits, vi: "", en: "unit")))."))
        }
        if !imported.newUnits.isEmpty {
            lines.append(language.pick(vi: "Đơn vị mới (\(imported.newUnits.count)), mã đề xuất:",
                                       en: "New units (\(imported.newUnits.count)), with the codes proposed:"))
            lines += imported.newUnits.map { unit in
                language.pick(vi: "  dòng \(unit.row): \(unit.name) → \(unit.code)", en: "  row \(unit.row): \(unit.name) → \(unit.code)")
            }
        }
        if !imported.newPersons.isEmpty {
            lines.append(language.pick(vi: "Người theo dõi mới (\(imported.newPersons.count)):",
                                       en: "New persons (\(imported.newPersons.count)):"))
            lines += imported.newPersons.map { "  " + $0 }
        }
        if imported.problems.isEmpty {
            lines.append(language.pick(vi: "Đọc được mọi ô.", en: "Every cell was read."))
        } else {
            lines.append(language.pick(vi: "Ô không đọc được (\(imported.problems.count)):",
                                       en: "Cells not read (\(imported.problems.count)):"))
            lines += imported.problems.map { "  " + $0.message(language) }
        }
        if target == nil {
            lines.append(language.pick(vi: "Chạy thử: chưa ghi tệp nào.", en: "Dry run: nothing written."))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
