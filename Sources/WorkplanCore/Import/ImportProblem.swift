/// A cell of an imported table that could not be read as what its column holds. The import
/// goes on: the cell's words are kept (in the task's note or `due-words:`), and the dry run and
/// the summary name the row and the column so that the officer can look.
public struct ImportProblem: Sendable, Equatable {
    /// What could not be read.
    public enum Kind: Sendable, Equatable {
        /// A time that names no date and no recurring time ("Sau kỳ họp"), kept in `due-words:`.
        case due
        /// A date of another column (start, done, the document's).
        case date
        /// A status not among the six.
        case status
        /// An id that cannot be an id, or one already used: the task got a new one.
        case id
        /// A count or progress that is not a number.
        case number
        /// A row with words but no task text: its words went into the note of the task above.
        case noTask
        /// A written line that the plan's reader reports (never expected: the import checks its output).
        case written
    }

    /// The row in the sheet (or the line in the written plan, for `.written`).
    public let row: Int
    /// The column's header as the table wrote it.
    public let column: String
    /// The cell's text.
    public let text: String
    /// What could not be read.
    public let kind: Kind

    /// One line for the user.
    public func message(_ language: Language) -> String {
        let place = language.pick(vi: "dòng \(row), cột “\(column)”", en: "row \(row), column “\(column)”")
        switch kind {
        case .due:
            return place + language.pick(vi: ": không đọc được “\(text)” thành một hạn; giữ nguyên chữ ở due-words",
                                         en: ": “\(text)” names no date; its words are kept in due-words")
        case .date:
            return place + language.pick(vi: ": “\(text)” không phải một ngày; giữ ở ghi chú",
                                         en: ": “\(text)” is not a date; kept in the note")
        case .status:
            return place + language.pick(vi: ": không có trạng thái “\(text)”; để chưa thực hiện, giữ ở ghi chú",
                                         en: ": no status “\(text)”; left not started, kept in the note")
        case .id:
            return place + language.pick(vi: ": mã “\(text)” không dùng được (sai ký tự hoặc trùng); đã cấp mã mới",
                                         en: ": the id “\(text)” cannot be used (bad characters or taken); a new one was given")
        case .number:
            return place + language.pick(vi: ": “\(text)” không phải một số; giữ ở ghi chú",
                                         en: ": “\(text)” is not a number; kept in the note")
        case .noTask:
            return language.pick(vi: "dòng \(row): không có nội dung nhiệm vụ; chữ của dòng đưa vào ghi chú của nhiệm vụ trên",
                                 en: "row \(row): no task text; the row's words went into the note of the task above")
        case .written:
            return language.pick(vi: "dòng \(row) của kế hoạch ghi ra: \(text)", en: "line \(row) of the written plan: \(text)")
        }
    }
}
