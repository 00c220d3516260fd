import WorkplanCore

/// A paper or a workbook saved as the officer asked: at `-o`, or under the paper's name in the
/// current folder, never over a file already there; the bytes made first, so that a failure
/// leaves no file behind.
enum DocumentFile {
    /// Makes the file's bytes, saves them and returns where they went.
    static func save(_ make: () throws(WordPackage.Failure) -> [UInt8], output: String?, name: String, format: String,
                     _ language: Language) throws(CommandFailure) -> String {
        let bytes: [UInt8]
        do {
            bytes = try make()
        } catch {
            throw CommandFailure.failed(vi: "không tạo được tệp \(format): \(error.reason)",
                                        en: "could not make the \(format) file: \(error.reason)", language)
        }
        let target: String
        if let output { target = output } else { target = try PaperFileName.free(name, extension: format, language) }
        do {
            try PlanStore().write(bytes, to: target, expecting: nil)
        } catch {
            throw CommandFailure.failed(error, language)
        }
        return target
    }

    /// Checks a `--format` that prints (`printed`, nil when it is no such format) or is `xlsx`,
    /// and that `-o` comes only with `xlsx`; `choices` names the formats in each language.
    static func checkFormat(_ format: String, printed: (some Any)?, output: String?, choices: (vi: String, en: String),
                            _ language: Language) throws(CommandFailure) {
        guard printed != nil || format == "xlsx" else {
            throw CommandFailure.usage(vi: "định dạng \"\(format)\" không có; dùng \(choices.vi)",
                                       en: "no format \"\(format)\"; use \(choices.en)", language)
        }
        guard output == nil || format == "xlsx" else {
            throw CommandFailure.usage(vi: "-o chỉ dùng với --format xlsx; các định dạng khác in ra màn hình",
                                       en: "-o goes with --format xlsx; the other formats print", language)
        }
    }
}
