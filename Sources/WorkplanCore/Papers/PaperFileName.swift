/// Where a paper goes when the officer does not say: a name after the paper (`ke-hoach-2021.docx`,
/// `bao-cao-2021-10-29.docx`, `bien-ban-2021-10-05.docx`) in a folder, numbered (`ke-hoach-2021-2.docx`)
/// rather than written over a file already there, which may be last week's paper edited by hand.
public enum PaperFileName {
    /// The name of a plan's paper, by the plan's year.
    public static func plan(year: Int) -> String { "ke-hoach-\(year)" }

    /// The name of a list of tasks made on a day.
    public static func list(on day: PlanDate) -> String { "danh-sach-" + day.iso }

    /// The name of a report as of a day.
    public static func report(asOf day: PlanDate) -> String { "bao-cao-" + day.iso }

    /// The name of a meeting's minutes, by its day.
    public static func minutes(on day: PlanDate) -> String { "bien-ban-" + day.iso }

    /// The first of `stem.ext`, `stem-2.ext`, … `stem-999.ext` in `folder` (empty: the current
    /// folder) that names no file; nil when all are taken.
    public static func free(_ stem: String, extension fileExtension: String, in folder: String,
                            store: PlanStore = PlanStore()) throws(StoreError) -> String? {
        let prefix = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        for attempt in 1...999 {
            let path = prefix + stem + (attempt == 1 ? "" : "-\(attempt)") + "." + fileExtension
            if try store.fingerprint(of: path) == nil { return path }
        }
        return nil
    }
}
