import WorkplanCore

/// What a piece of the screen is, for colouring: views draw with roles, and a theme says
/// which style each role gets. The raw value is the role's name in theme files.
public enum Role: String, CaseIterable, Sendable {
    /// The bar at the top of the screen.
    case title
    /// A track's heading row.
    case track
    /// A task row in no particular state.
    case task
    /// A task's status mark, such as `[ ]` or `[x]`.
    case mark
    /// The selected row.
    case selection
    /// A task done on or before its deadline, or without one.
    case done
    /// A task done after its deadline (hoàn thành quá hạn).
    case doneLate = "done-late"
    /// A task that is cancelled.
    case cancelled
    /// A task that is postponed.
    case postponed
    /// A task that is blocked.
    case blocked
    /// A task that is in progress.
    case inProgress = "in-progress"
    /// A task past its due date and not finished.
    case overdue
    /// A task due within the next few days.
    case dueSoon = "due-soon"
    /// A date shown in a row.
    case date
    /// A unit code shown in a row.
    case unit
    /// A task's progress, such as `121/127`.
    case progress
    /// A parent's count of done subtasks out of all, such as `3/5`.
    case rollup
    /// The tree guides and the fold marks `▸` and `▾`.
    case tree
    /// The part of a title that matches the search.
    case searchMatch = "search-match"
    /// The text in the detail pane.
    case detail
    /// A field's name in the detail pane.
    case detailLabel = "detail-label"
    /// A task's note.
    case note
    /// The status line at the bottom of the screen.
    case statusLine = "status-line"
    /// A message that something went well, such as `Đã lưu`.
    case message
    /// An error message.
    case error
    /// The text of the help screen.
    case help
    /// A heading on the help screen.
    case helpHeading = "help-heading"
    /// A key on the help screen.
    case helpKey = "help-key"
    /// The line being edited.
    case editor
    /// A dialog's text and frame.
    case dialog
    /// A dialog's title.
    case dialogTitle = "dialog-title"
    /// The filter shown in the status line.
    case filter

    /// What the role colours, in a few words, for the docs and the list of roles.
    public func summary(_ language: Language) -> String {
        switch self {
        case .title: language.pick(vi: "thanh tiêu đề trên cùng", en: "the bar at the top")
        case .track: language.pick(vi: "dòng tiêu đề của mảng công tác", en: "a track's heading row")
        case .task: language.pick(vi: "dòng nhiệm vụ thông thường", en: "a task row in no particular state")
        case .mark: language.pick(vi: "dấu trạng thái như [ ] hoặc [x]", en: "the status mark such as [ ] or [x]")
        case .selection: language.pick(vi: "dòng đang chọn", en: "the selected row")
        case .done: language.pick(vi: "nhiệm vụ hoàn thành đúng hạn (hoặc không có hạn)", en: "a task done on time (or without a deadline)")
        case .doneLate: language.pick(vi: "nhiệm vụ hoàn thành quá hạn", en: "a task done after its deadline")
        case .cancelled: language.pick(vi: "nhiệm vụ đã hủy bỏ", en: "a task that is cancelled")
        case .postponed: language.pick(vi: "nhiệm vụ tạm hoãn", en: "a task that is postponed")
        case .blocked: language.pick(vi: "nhiệm vụ gặp vướng mắc", en: "a task that is blocked")
        case .inProgress: language.pick(vi: "nhiệm vụ đang thực hiện", en: "a task in progress")
        case .overdue: language.pick(vi: "nhiệm vụ quá hạn", en: "a task past its due date")
        case .dueSoon:
            language.pick(vi: "nhiệm vụ sắp đến hạn (trong số ngày làm việc đặt trước, mặc định 3)",
                          en: "a task due soon (within the set number of working days, 3 unless set)")
        case .date: language.pick(vi: "ngày tháng trong dòng", en: "a date in a row")
        case .unit: language.pick(vi: "mã đơn vị trong dòng", en: "a unit code in a row")
        case .progress: language.pick(vi: "tiến độ của nhiệm vụ, như 121/127", en: "a task's progress, such as 121/127")
        case .rollup:
            language.pick(vi: "số nhiệm vụ con đã xong trên tổng số, như 3/5",
                          en: "a parent's done subtasks out of all, such as 3/5")
        case .tree: language.pick(vi: "đường nối cây và dấu ▸ ▾", en: "the tree guides and the marks ▸ ▾")
        case .searchMatch: language.pick(vi: "phần khớp với từ tìm kiếm", en: "the part that matches the search")
        case .detail: language.pick(vi: "nội dung ô chi tiết", en: "the text of the detail pane")
        case .detailLabel: language.pick(vi: "tên trường trong ô chi tiết", en: "a field's name in the detail pane")
        case .note: language.pick(vi: "ghi chú của nhiệm vụ", en: "a task's note")
        case .statusLine: language.pick(vi: "dòng trạng thái dưới cùng", en: "the status line at the bottom")
        case .message: language.pick(vi: "thông báo như \"Đã lưu\"", en: "a message such as \"Saved\"")
        case .error: language.pick(vi: "thông báo lỗi", en: "an error message")
        case .help: language.pick(vi: "nội dung màn hình trợ giúp", en: "the text of the help screen")
        case .helpHeading: language.pick(vi: "tiêu đề trong màn hình trợ giúp", en: "a heading on the help screen")
        case .helpKey: language.pick(vi: "phím trong màn hình trợ giúp", en: "a key on the help screen")
        case .editor: language.pick(vi: "dòng đang sửa", en: "the line being edited")
        case .dialog: language.pick(vi: "nội dung và khung hộp thoại", en: "a dialog's text and frame")
        case .dialogTitle: language.pick(vi: "tiêu đề hộp thoại", en: "a dialog's title")
        case .filter: language.pick(vi: "bộ lọc hiện trên dòng trạng thái", en: "the filter shown in the status line")
        }
    }
}
