/// Why a file could not be imported as a plan: one sentence naming the file, and nothing written.
public enum ImportFailure: UserFacingError, Equatable {
    /// The file could not be read at all (missing, a folder, no permission).
    case unreadable(StoreError)
    /// Neither an Excel workbook nor a CSV file (judged by its name and its first bytes).
    case notATable(path: String)
    /// A workbook in Excel's old binary format (.xls), which Workplan does not read.
    case oldExcel(path: String)
    /// A workbook whose zip or XML cannot be read.
    case damaged(path: String, detail: String)
    /// A CSV file in an encoding other than UTF-8 or UTF-16.
    case notUTF8(path: String)
    /// A table without a row of column names that has a task column.
    case noTaskColumn(path: String)
    /// A table with a task column but no task under it.
    case noTasks(path: String)

    public func message(_ language: Language) -> String {
        switch self {
        case let .unreadable(error):
            error.message(language)
        case let .notATable(path):
            language.pick(vi: "\(path) không phải là bảng Excel (.xlsx) hay CSV",
                          en: "\(path) is not an Excel workbook (.xlsx) nor a CSV file")
        case let .oldExcel(path):
            language.pick(vi: "\(path) là bảng Excel định dạng cũ (.xls); hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx",
                          en: "\(path) is an Excel workbook in the old format (.xls); open it in Excel or LibreOffice and save it as .xlsx")
        case let .damaged(path, detail):
            language.pick(vi: "không đọc được bảng tính \(path): tệp bị hỏng (\(detail))",
                          en: "cannot read the workbook \(path): the file is damaged (\(detail))")
        case let .notUTF8(path):
            language.pick(vi: "\(path) không phải văn bản UTF-8; trong Excel hãy lưu bằng \"CSV UTF-8\"",
                          en: "\(path) is not UTF-8 text; in Excel save it as \"CSV UTF-8\"")
        case let .noTaskColumn(path):
            language.pick(vi: "không thấy cột nhiệm vụ trong \(path) (một dòng tiêu đề có \"Nội dung nhiệm vụ\", \"Nội dung\" hoặc \"Nhiệm vụ\")",
                          en: "no task column in \(path) (a header row with \"Nội dung nhiệm vụ\", \"Nội dung\", \"Nhiệm vụ\" or \"Task\")")
        case let .noTasks(path):
            language.pick(vi: "bảng trong \(path) không có nhiệm vụ nào dưới dòng tiêu đề",
                          en: "the table in \(path) has no task under its header row")
        }
    }
}
