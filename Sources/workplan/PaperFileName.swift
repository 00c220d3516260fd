import WorkplanCore

/// Where a paper goes when the officer does not say: a name after the paper in the current
/// folder, numbered (`ke-hoach-2021-2.docx`) rather than written over a file already there,
/// which may be last week's paper edited by hand.
enum PaperFileName {
    /// The first of `stem.ext`, `stem-2.ext`, `stem-3.ext`… that names no file.
    static func free(_ stem: String, extension fileExtension: String, _ language: Language) throws(CommandFailure) -> String {
        let store = PlanStore()
        for attempt in 1...999 {
            let name = stem + (attempt == 1 ? "" : "-\(attempt)") + "." + fileExtension
            do {
                if try store.fingerprint(of: name) == nil { return name }
            } catch {
                throw CommandFailure.failed(error, language)
            }
        }
        throw CommandFailure.failed(vi: "đã có 999 tệp \(stem)…\(fileExtension) ở thư mục này; hãy chỉ rõ tệp bằng -o",
                                    en: "there are already 999 files \(stem)…\(fileExtension) here; name the file with -o",
                                    language)
    }
}
