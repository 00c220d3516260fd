/// Why the full-screen terminal could not be opened. Each case reads as one sentence in
/// English (`english`, also `description`) or Vietnamese (`vietnamese`); the program picks
/// the one in the user's language.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Standard input or standard output is not a terminal (it is a pipe or a file).
    case notATerminal
    /// curses does not know the terminal type in `TERM` (empty when `TERM` is not set).
    case cannotOpen(term: String)
    /// The terminal cannot move its cursor to a given cell (TERM=dumb), so a full-screen
    /// view cannot be drawn on it.
    case noCursorAddressing(term: String)
    /// The file that should receive error messages while the screen is in use could not be
    /// opened for appending.
    case errorLogUnavailable(path: String)

    /// The sentence in English.
    public var english: String {
        switch self {
        case .notATerminal:
            "the full-screen view needs a terminal: standard input and output must not be redirected"
        case let .cannotOpen(term) where term.isEmpty:
            "the terminal type is not set (TERM is empty), so the full-screen view cannot start"
        case let .cannotOpen(term):
            "the terminal TERM=\(term) cannot be used: its description is not installed"
        case let .noCursorAddressing(term):
            "the terminal TERM=\(term) cannot move the cursor, so the full-screen view cannot run on it"
        case let .errorLogUnavailable(path):
            "the error log \"\(path)\" cannot be opened for writing"
        }
    }

    /// The sentence in Vietnamese.
    public var vietnamese: String {
        switch self {
        case .notATerminal:
            "giao diện toàn màn hình cần một terminal: đầu vào và đầu ra chuẩn không được chuyển hướng"
        case let .cannotOpen(term) where term.isEmpty:
            "chưa đặt loại terminal (biến TERM trống) nên không mở được giao diện toàn màn hình"
        case let .cannotOpen(term):
            "không dùng được terminal TERM=\(term): máy này không có mô tả của loại terminal đó"
        case let .noCursorAddressing(term):
            "terminal TERM=\(term) không di chuyển được con trỏ nên không chạy được giao diện toàn màn hình"
        case let .errorLogUnavailable(path):
            "không mở được tệp nhật ký lỗi \"\(path)\" để ghi"
        }
    }

    /// The sentence in English.
    public var description: String { english }
}
