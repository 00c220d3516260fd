/// Why a sync, a history or the setup of a clone could not be done.
public enum SyncError: Error, Equatable, Sendable {
    /// No `git` program on this machine.
    case gitMissing
    /// The plan's folder is not in a git clone.
    case notAClone(folder: String)
    /// A git step failed; what git said.
    case gitFailed(command: String, said: String)
    /// The clone does not have Workplan's merge driver in its config.
    case driverMissing
    /// A merge is under way and the plan still holds conflict markers.
    case conflictsLeft(path: String, lines: [Int])
    /// The history of a task not in the plan nor in its history.
    case unknownTask(id: String)
    /// The plan's lock could not be had (another Workplan is saving it): why.
    case locked(reason: String)
}

extension SyncError: UserFacingError {
    public func message(_ language: Language) -> String {
        switch self {
        case .gitMissing:
            language.pick(vi: "không tìm thấy chương trình git; cài git (apt install git) rồi thử lại",
                          en: "the git program was not found; install git (apt install git) and try again")
        case let .notAClone(folder):
            language.pick(vi: "\(folder) không nằm trong kho git; xem docs/sync.md để tạo kho chung của văn phòng",
                          en: "\(folder) is not in a git clone; see docs/sync.md to set up the office's shared repository")
        case let .gitFailed(command, said):
            language.pick(vi: "\(command) không thành công: \(said)", en: "\(command) failed: \(said)")
        case .driverMissing:
            language.pick(vi: "bản sao này chưa cài bộ hợp nhất của Workplan, git sẽ trộn theo dòng và có thể lẫn nhiệm vụ; chạy workplan git setup một lần rồi đồng bộ lại",
                          en: "this clone lacks Workplan's merge driver, so git would merge line by line and could mix tasks; run workplan git setup once and sync again")
        case let .conflictsLeft(path, lines):
            language.pick(vi: "\(path) còn xung đột ở dòng \(lines.map(String.init).joined(separator: ", ")): chọn bản giữ lại trong giao diện (hoặc sửa tệp) rồi chạy lại workplan sync",
                          en: "\(path) still has conflicts at lines \(lines.map(String.init).joined(separator: ", ")): choose the version to keep in the interface (or edit the file) and run workplan sync again")
        case let .locked(reason): reason
        case let .unknownTask(id):
            language.pick(vi: "không có nhiệm vụ \(id) trong kế hoạch hay lịch sử của nó", en: "no task \(id) in the plan or its history")
        }
    }
}
