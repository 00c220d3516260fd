/// Something wrong in a plan file, at a line and column. The file still opens; nothing is dropped.
public struct Problem: Hashable, Sendable {
    /// The line, counted from 1.
    public let line: Int
    /// The column in characters, counted from 1.
    public let column: Int
    /// What is wrong.
    public let kind: Kind

    /// Creates a problem.
    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    /// The kinds of problem a plan file can have.
    public enum Kind: Hashable, Sendable {
        /// A date field whose value is not a real `YYYY-MM-DD` date.
        case invalidDate(key: String, value: String)
        /// A `progress:` value that is neither `a/b` nor `N%`.
        case invalidProgress(value: String)
        /// A `progress:` count with more done than its whole (`6/5`).
        case progressAboveWhole(done: Int, total: Int)
        /// A key written a second time on one task line (only `with:` and `tag:` may repeat):
        /// the first valid value counts everywhere; `firstColumn` is where the key is first.
        case repeatedKey(key: String, firstColumn: Int)
        /// A start date after the due date.
        case startAfterDue(start: PlanDate, due: PlanDate)
        /// A `done:` date on a task that is not done nor cancelled.
        case doneOnOpenTask(status: TaskStatus)
        /// A `done:` date after the day the plan is checked on.
        case doneInFuture(done: PlanDate, today: PlanDate)
        /// A `received:`, `eligible:` or `handled:` value that is not a whole number written
        /// in 1 to 9 ASCII digits.
        case invalidCount(key: CountKey, value: String)
        /// A count above the count it is part of: eligible above received, handled above
        /// eligible (or above received when there is no eligible count).
        case countAboveBase(key: CountKey, count: Int, base: CountKey, baseCount: Int)
        /// A `unit:` on a task line with no `received:`, `eligible:` or `handled:`.
        case unitWithoutCount
        /// A `share:` value that is not two unit words with one `/` between them.
        case invalidShare(value: String)
        /// An entry line whose date is not a real day written `YYYY-MM-DD` or `DD/MM/YYYY`.
        case invalidEntryDate(value: String)
        /// An entry line with a date and nothing after it.
        case emptyEntry
        /// A part of an entry that starts like a count and is not one: a whole number, then the
        /// words of what it counts.
        case unreadableEntryCount(part: String)
        /// An entry that starts like an extension (`gia hạn`) and does not say `OLD → NEW; lý do: …`.
        case unreadableExtension(text: String)
        /// A line of the days-off section that cannot be read, or says something impossible.
        case calendarLine(CalendarLineFault)
        /// A line of the office section that cannot be read.
        case officeLine(OfficeLineFault)
        /// An id used before, on the line given.
        case duplicateId(id: String, firstLine: Int)
        /// A unit code that the units section does not declare.
        case unknownUnit(code: String)
        /// A person's handle that the persons section does not declare.
        case unknownPerson(handle: String)
        /// A status mark that is not one of the six.
        case unknownStatus(mark: Character)
        /// A task written inside the units or the persons section, where it does not count.
        case taskInUnitsSection
        /// Bytes that are not valid UTF-8.
        case invalidUTF8
        /// A NUL byte.
        case nulByte
        /// A line of git's conflict markers (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`): a
        /// merge left two versions of the lines between them for a person to choose.
        case conflictMarker
    }

    /// The message alone, without position.
    public func message(_ language: Language) -> String {
        switch kind {
        case let .invalidDate(key, value):
            language.pick(vi: "ngày không hợp lệ \"\(value)\" ở trường \(key) (cần dạng NNNN-TT-NN có thật)",
                          en: "invalid date \"\(value)\" in field \(key) (expected a real YYYY-MM-DD date)")
        case let .invalidProgress(value):
            language.pick(vi: "tiến độ không hợp lệ \"\(value)\" (cần dạng a/b hoặc N%)",
                          en: "invalid progress \"\(value)\" (expected a/b or N%)")
        case let .progressAboveWhole(done, total):
            language.pick(vi: "tiến độ \(done)/\(total): số đã làm lớn hơn tổng số",
                          en: "progress \(done)/\(total): more done than the whole")
        case let .repeatedKey(key, firstColumn):
            language.pick(vi: "trường \(key): được ghi lần nữa (lần đầu ở cột \(firstColumn)); chỉ giá trị hợp lệ đầu tiên được dùng",
                          en: "field \(key): written again (first at column \(firstColumn)); only the first valid value counts")
        case let .startAfterDue(start, due):
            language.pick(vi: "ngày bắt đầu \(start.formatted(language)) sau hạn hoàn thành \(due.formatted(language))",
                          en: "start date \(start.formatted(language)) is after the due date \(due.formatted(language))")
        case let .doneOnOpenTask(status):
            language.pick(vi: "có ngày hoàn thành (done:) nhưng nhiệm vụ đang ở trạng thái \(status.name(language))",
                          en: "a done: date on a task that is \(status.name(language))")
        case let .doneInFuture(done, today):
            language.pick(vi: "ngày hoàn thành \(done.formatted(language)) còn sau hôm nay (\(today.formatted(language)))",
                          en: "done date \(done.formatted(language)) is after today (\(today.formatted(language)))")
        case let .invalidCount(key, value):
            language.pick(vi: "số đếm không hợp lệ \"\(value)\" ở trường \(key.rawValue) (cần số nguyên từ 0, chỉ gồm chữ số, không dấu ngăn cách, tối đa 9 chữ số)",
                          en: "invalid count \"\(value)\" in field \(key.rawValue) (expected a whole number from 0, digits only, no separators, at most 9 digits)")
        case let .countAboveBase(key, count, base, baseCount):
            language.pick(vi: "\(key.name(language)) \(count) lớn hơn \(base.name(language)) \(baseCount)",
                          en: "\(key.name(language)) \(count) is more than \(base.name(language)) \(baseCount)")
        case .unitWithoutCount:
            language.pick(vi: "unit: chỉ có nghĩa khi dòng có received:, eligible: hoặc handled:",
                          en: "unit: means something only on a line with received:, eligible: or handled:")
        case let .invalidShare(value):
            language.pick(vi: "share:\(value) không hợp lệ: cần hai đơn vị tính cách nhau bởi /, ví dụ share:đơn_đã_xử_lý/đơn",
                          en: "share:\(value) is not valid: write two units of count with a / between them, such as share:đơn_đã_xử_lý/đơn")
        case let .invalidEntryDate(value):
            language.pick(vi: "ngày \"\(value)\" của mục ghi không hợp lệ (viết 2021-03-15 hoặc 15/03/2021)",
                          en: "the entry's date \"\(value)\" is not valid (write 2021-03-15 or 15/03/2021)")
        case .emptyEntry:
            language.pick(vi: "mục ghi có ngày mà không có nội dung", en: "the entry has a date and nothing after it")
        case let .unreadableEntryCount(part):
            language.pick(vi: "không đọc được số liệu \"\(part)\" của mục ghi: cần một số nguyên (1234 hoặc 1.234) rồi đến cái được đếm, ví dụ \"5 lượt công dân\"",
                          en: "cannot read \"\(part)\" in the entry: write a whole number (1234 or 1.234), then what it counts, such as \"5 lượt công dân\"")
        case let .calendarLine(fault):
            fault.message(language)
        case let .officeLine(fault):
            fault.message(language)
        case let .unreadableExtension(text):
            language.pick(vi: "không đọc được mục gia hạn \"\(text)\": viết gia hạn 2021-07-10 → 2021-07-20; lý do: …; theo: …",
                          en: "cannot read the extension \"\(text)\": write extended 2021-07-10 → 2021-07-20; reason: …; by: …")
        case let .duplicateId(id, firstLine):
            language.pick(vi: "mã \"\(id)\" bị trùng, đã dùng ở dòng \(firstLine)",
                          en: "duplicate id \"\(id)\", already used on line \(firstLine)")
        case let .unknownUnit(code):
            language.pick(vi: "đơn vị \"\(code)\" chưa được khai báo trong mục Đơn vị",
                          en: "unit \"\(code)\" is not declared in the Units section")
        case let .unknownPerson(handle):
            language.pick(vi: "người theo dõi \"\(handle)\" chưa được khai báo trong mục Người theo dõi",
                          en: "person \"\(handle)\" is not declared in the Persons section")
        case let .unknownStatus(mark):
            language.pick(vi: "trạng thái \"[\(mark)]\" không hợp lệ (dùng [ ], [/], [x], [-], [>] hoặc [!])",
                          en: "unknown status \"[\(mark)]\" (use [ ], [/], [x], [-], [>] or [!])")
        case .taskInUnitsSection:
            language.pick(vi: "nhiệm vụ nằm trong mục Đơn vị hoặc Người theo dõi sẽ không được tính",
                          en: "a task inside the Units or Persons section does not count")
        case .invalidUTF8:
            language.pick(vi: "byte không hợp lệ theo UTF-8; tệp sẽ không được ghi lại",
                          en: "invalid UTF-8 bytes; the file will not be written back")
        case .nulByte:
            language.pick(vi: "ký tự NUL trong tệp", en: "NUL byte in the file")
        case .conflictMarker:
            language.pick(vi: "dấu xung đột của git: giữ một trong hai bản (trong giao diện, hoặc sửa tệp) rồi xóa các dấu",
                          en: "a git conflict marker: keep one of the two versions (in the interface, or in the file) and remove the markers")
        }
    }

    /// The problem as `FILE:LINE:COLUMN: message`.
    public func formatted(file: String, _ language: Language) -> String {
        TextForm.visible("\(file):\(line):\(column): \(message(language))")
    }
}
