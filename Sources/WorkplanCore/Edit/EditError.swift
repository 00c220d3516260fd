/// Why an edit cannot be made.
public enum EditError: UserFacingError, Equatable {
    /// No task has this id.
    case unknownTask(id: String)
    /// A field value that the format cannot hold (a space, an empty value, a bad date).
    case invalidValue(key: String, value: String)
    /// A key that is not ASCII letters, digits, `_` or `-`.
    case invalidKey(key: String)
    /// A title that is empty.
    case emptyTitle
    /// An id that another task already has, on the line given (1-based).
    case duplicateId(id: String, line: Int)
    /// An attempt to take away a task's id, which others may refer to.
    case cannotRemoveId(id: String)
    /// The lines an edit changes are no longer in the file as they were (or occur several times).
    case linesChanged
    /// A task moved up that has no sibling above it.
    case noSiblingBefore
    /// A task moved down that has no sibling below it.
    case noSiblingAfter
    /// A task indented that has no sibling above it to go under.
    case cannotIndent
    /// A task outdented that is already at the top of its track.
    case cannotOutdent
    /// A note line that would read as a task (it is given without its indentation).
    case noteLooksLikeTask(line: String)
    /// A note line that would read as a dated entry (it is given without its indentation).
    case noteLooksLikeEntry(line: String)
    /// An entry with nothing to say.
    case emptyEntry
    /// An entry with a part that starts like a count and is not one.
    case unreadableEntryCount(part: String)
    /// Entry words that would read as an extension of the deadline (`gia hạn …`).
    case entryLooksLikeExtension
    /// An extension of a task that has no deadline.
    case noDeadlineToExtend
    /// An extension of a task done or cancelled.
    case extendingClosedTask(status: TaskStatus)
    /// An extension to a day not after the deadline in force.
    case extensionNotLater(due: PlanDate)
    /// An extension without a reason.
    case extensionWithoutReason
    /// A note that opens a code block and does not close it.
    case noteOpensCodeBlock
    /// An edit that the lines around the task (a code block, text at the margin) would turn
    /// into a change of other tasks; nothing was changed.
    case wouldDisturbOtherTasks
    /// A change of the track that tasks before the first heading belong to, which has no heading.
    case unnamedTrack
    /// A track moved up that is the first.
    case noTrackBefore
    /// A track moved down that is the last.
    case noTrackAfter
    /// A track's title that is empty.
    case emptyTrackTitle
    /// A track's title that names a declaration section (`Đơn vị`), which would stop it being a track.
    case trackTitleNamesSection(title: String)
    /// A task moved to the track it is in.
    case alreadyInTrack
    /// A declaration typed without the colon after its code.
    case declarationWithoutColon(kind: Plan.DeclarationKind)
    /// A unit code or person handle with other characters than ASCII letters, digits, `_`, `-`, `.`.
    case invalidCode(code: String)
    /// A unit code or person handle already declared, on the line given (1-based).
    case codeTaken(code: String, line: Int)
    /// A declaration without a name after the code.
    case emptyName

    /// The keys of the interface that a sentence points to instead of a command: the
    /// interface's own keymap names them, the command line leaves them out.
    public struct Keys: Sendable {
        /// The key that adds a dated entry.
        public var logEntry: String?
        /// The key that extends a deadline.
        public var extend: String?

        /// Keys as the interface binds them.
        public init(logEntry: String?, extend: String?) {
            self.logEntry = logEntry
            self.extend = extend
        }
    }

    /// The sentence shown on the command line.
    public func message(_ language: Language) -> String {
        message(language, keys: Keys(logEntry: nil, extend: nil))
    }

    /// The sentence shown to the user, naming the interface's keys when given, else the commands.
    public func message(_ language: Language, keys: Keys) -> String {
        switch self {
        case let .unknownTask(id):
            language.pick(vi: "không có nhiệm vụ nào mang mã \"\(id)\"", en: "no task has the id \"\(id)\"")
        case let .invalidValue(key, value):
            language.pick(vi: "giá trị \"\(value)\" không hợp lệ cho trường \(key)",
                          en: "\"\(value)\" is not a valid value for the field \(key)")
        case let .invalidKey(key):
            language.pick(vi: "tên trường \"\(key)\" không hợp lệ (chỉ dùng chữ cái, chữ số, _ và - không dấu)",
                          en: "\"\(key)\" is not a valid field name (use ASCII letters, digits, _ and -)")
        case .emptyTitle:
            language.pick(vi: "tên nhiệm vụ không được để trống", en: "a task's title cannot be empty")
        case let .duplicateId(id, line):
            language.pick(vi: "mã \"\(id)\" đã được dùng cho một nhiệm vụ khác (dòng \(line))",
                          en: "the id \"\(id)\" already belongs to another task (line \(line))")
        case let .cannotRemoveId(id):
            language.pick(vi: "không thể xóa mã của nhiệm vụ \(id)", en: "the id of task \(id) cannot be removed")
        case .linesChanged:
            language.pick(vi: "các dòng cần sửa không còn như trước trong tệp nên không thể áp dụng thay đổi",
                          en: "the lines to change are no longer as they were in the file, so the change cannot be applied")
        case .noSiblingBefore:
            language.pick(vi: "phía trên không có nhiệm vụ cùng cấp để đổi chỗ",
                          en: "there is no task at the same level above to swap with")
        case .noSiblingAfter:
            language.pick(vi: "phía dưới không có nhiệm vụ cùng cấp để đổi chỗ",
                          en: "there is no task at the same level below to swap with")
        case .cannotIndent:
            language.pick(vi: "không thể thụt vào vì phía trên không có nhiệm vụ cùng cấp để làm nhiệm vụ cha",
                          en: "the task cannot be indented: there is no task at the same level above it to go under")
        case .cannotOutdent:
            language.pick(vi: "nhiệm vụ đã ở cấp cao nhất của mảng công tác nên không thể lùi ra",
                          en: "the task is already at the top level of its track and cannot be outdented")
        case let .noteLooksLikeTask(line):
            language.pick(vi: "dòng ghi chú \"\(line)\" sẽ được đọc là một nhiệm vụ; hãy viết khác đi, ví dụ bỏ ô [ ]",
                          en: "the note line \"\(line)\" would read as a task; write it another way, for example without the [ ]")
        case let .noteLooksLikeEntry(line):
            language.pick(vi: "dòng ghi chú \"\(line)\" sẽ được đọc là một mục ghi theo ngày; hãy thêm mục ghi bằng "
                            + (keys.logEntry.map { "phím \($0)" } ?? "workplan log") + ", hoặc viết dòng này khác đi",
                          en: "the note line \"\(line)\" would read as a dated entry; add entries with "
                            + (keys.logEntry.map { "the \($0) key" } ?? "workplan log") + ", or write the line another way")
        case .emptyEntry:
            language.pick(vi: "mục ghi không được để trống", en: "an entry cannot be empty")
        case let .unreadableEntryCount(part):
            Problem(line: 1, column: 1, kind: .unreadableEntryCount(part: part)).message(language)
        case .entryLooksLikeExtension:
            language.pick(vi: "mục ghi bắt đầu bằng \"gia hạn\" sẽ được đọc là một lần gia hạn; hãy gia hạn bằng "
                            + (keys.extend.map { "phím \($0)" } ?? "workplan extend") + " để hạn mới được ghi cùng",
                          en: "an entry that starts with \"extended\" would read as an extension; extend with "
                            + (keys.extend.map { "the \($0) key" } ?? "workplan extend") + ", so that the new due date is written too")
        case .noDeadlineToExtend:
            language.pick(vi: "nhiệm vụ chưa có hạn nên không thể gia hạn; hãy đặt hạn (due:)",
                          en: "the task has no due date to extend; set one (due:)")
        case let .extendingClosedTask(status):
            language.pick(vi: "nhiệm vụ đã \(status.name(.vi)) nên không gia hạn", en: "the task is \(status.name(.en)), so it is not extended")
        case let .extensionNotLater(due):
            language.pick(vi: "hạn mới phải sau hạn hiện tại \(due.formatted(.vi))",
                          en: "the new due date must come after the present one, \(due.formatted(.en))")
        case .extensionWithoutReason:
            language.pick(vi: "cần ghi lý do gia hạn", en: "an extension needs a reason")
        case .noteOpensCodeBlock:
            language.pick(vi: "ghi chú mở một khối mã (``` hoặc ~~~) mà không đóng lại",
                          en: "the note opens a code block (``` or ~~~) and does not close it")
        case .wouldDisturbOtherTasks:
            language.pick(vi: "thay đổi này sẽ làm xáo trộn các nhiệm vụ khác (do khối mã hoặc văn bản xen giữa) nên chưa thực hiện; hãy sửa trực tiếp trong tệp",
                          en: "this change would disturb other tasks (a code block or text in between), so it was not made; edit the file directly")
        case .unnamedTrack:
            language.pick(vi: "các nhiệm vụ trước tiêu đề ## đầu tiên không thuộc mảng nào có tên, nên không đổi được; hãy thêm tiêu đề trong tệp",
                          en: "the tasks before the first ## heading belong to no named track, so it cannot be changed; add a heading in the file")
        case .noTrackBefore:
            language.pick(vi: "phía trên không còn mảng công tác nào để đổi chỗ", en: "there is no track above to swap with")
        case .noTrackAfter:
            language.pick(vi: "phía dưới không còn mảng công tác nào để đổi chỗ", en: "there is no track below to swap with")
        case .emptyTrackTitle:
            language.pick(vi: "tên mảng công tác không được để trống", en: "a track's title cannot be empty")
        case let .trackTitleNamesSection(title):
            language.pick(vi: "\"\(title)\" là tên của mục khai báo (đơn vị, người theo dõi, lịch nghỉ), không đặt cho mảng công tác được",
                          en: "\"\(title)\" names a declaration section (units, persons, days off), so a track cannot have it")
        case .alreadyInTrack:
            language.pick(vi: "nhiệm vụ đã ở mảng công tác này", en: "the task is already in this track")
        case let .declarationWithoutColon(kind):
            kind == .unit
                ? language.pick(vi: "hãy viết mã, dấu hai chấm rồi tên đơn vị, ví dụ TTDN: Phòng Thông tin - Dân nguyện",
                                en: "write the code, a colon and the unit's name, for example TTDN: Phòng Thông tin - Dân nguyện")
                : language.pick(vi: "hãy viết tên gọi tắt, dấu hai chấm rồi họ tên, chức vụ, đơn vị, ví dụ linh: Võ Thị Linh, Chuyên viên, TTDN",
                                en: "write the handle, a colon and the full name, title and unit, for example linh: Võ Thị Linh, Chuyên viên, TTDN")
        case let .invalidCode(code):
            language.pick(vi: "mã \"\(code)\" chỉ được dùng chữ cái, chữ số không dấu và _ - .",
                          en: "the code \"\(code)\" may only use ASCII letters, digits and _ - .")
        case let .codeTaken(code, line):
            language.pick(vi: "\"\(code)\" đã được khai báo (dòng \(line))", en: "\"\(code)\" is already declared (line \(line))")
        case .emptyName:
            language.pick(vi: "cần ghi tên sau dấu hai chấm", en: "write a name after the colon")
        }
    }
}
