/// A plan begun from nothing (`workplan init --empty`): the title for its year and the
/// sections an office fills first, ready for the units, the persons and the first track's tasks.
public enum EmptyPlan {
    /// The text of an empty plan for `year`, its headings in `language`.
    public static func text(year: Int, language: Language) -> String {
        [
            "# " + language.pick(vi: "Kế hoạch công tác năm \(year)", en: "Work plan \(year)"),
            "",
            "## " + language.pick(vi: "Đơn vị", en: "Units"),
            "",
            "## " + language.pick(vi: "Người theo dõi", en: "Persons"),
            "",
            "## " + language.pick(vi: "Nhiệm vụ thường xuyên", en: "Standing duties"),
            "",
        ].joined(separator: "\n")
    }
}
