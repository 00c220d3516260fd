import WorkplanCore

extension PaperFileName {
    /// A free name for a paper in the current folder, or the sentence why there is none.
    static func free(_ stem: String, extension fileExtension: String, _ language: Language) throws(CommandFailure) -> String {
        let found: String?
        do {
            found = try free(stem, extension: fileExtension, in: "")
        } catch {
            throw CommandFailure.failed(error, language)
        }
        guard let found else {
            throw CommandFailure.failed(vi: "đã có 999 tệp \(stem)…\(fileExtension) ở thư mục này; hãy chỉ rõ tệp bằng -o",
                                        en: "there are already 999 files \(stem)…\(fileExtension) here; name the file with -o",
                                        language)
        }
        return found
    }
}
