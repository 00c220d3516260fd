#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SystemPackage

/// Why reading or writing a plan file failed.
///
/// Every case names the path the caller asked for (not the resolved target of a
/// symlink), so the message shows the user the name they typed.
public enum StoreError: UserFacingError, Equatable {
    /// The file, or a folder on its path, does not exist.
    case notFound(path: String)
    /// The system refused access: no permission, or a read-only file system.
    case permissionDenied(path: String)
    /// Something already exists at the path (a file, a folder or a symlink, even a dangling one).
    case alreadyExists(path: String)
    /// The file changed on disk since it was read, so it was not overwritten.
    case changedOnDisk(path: String)
    /// The path names a folder or a special file, not a regular file.
    case notARegularFile(path: String)
    /// The disk (or the user's quota) is full.
    case noSpace(path: String)
    /// The file is larger than a plan file can be (2 GiB).
    case tooLarge(path: String)
    /// Any other system failure: which operation failed, and its `errno`.
    case ioFailure(path: String, operation: String, errno: Int32)
    /// Another writer held the file's lock for longer than the store waits; nothing was written.
    case locked(path: String, holder: LockHolder?)
    /// The file has several names (hard links); a save would give only this one the new
    /// contents, so nothing was written.
    case hardLinked(path: String, names: Int)
    /// The new contents took the file's name, but a step after that failed (the flush of the
    /// folder): they are saved, and may not survive a crash of the machine.
    case savedButNotFlushed(path: String, operation: String, errno: Int32)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .notFound(let path), .permissionDenied(let path), .alreadyExists(let path),
            .changedOnDisk(let path), .notARegularFile(let path), .noSpace(let path), .tooLarge(let path),
            .ioFailure(let path, _, _), .locked(let path, _), .savedButNotFlushed(let path, _, _), .hardLinked(let path, _):
            path
        }
    }

    /// One sentence for the user, naming the path.
    public func message(_ language: Language) -> String {
        let name = "\"\(path)\""
        switch self {
        case .notFound:
            return language.pick(
                vi: "không tìm thấy tệp \(name) hoặc thư mục chứa nó",
                en: "the file \(name) or its folder does not exist")
        case .permissionDenied:
            return language.pick(
                vi: "không có quyền truy cập tệp \(name)",
                en: "permission denied for the file \(name)")
        case .alreadyExists:
            return language.pick(
                vi: "đã có tệp hoặc thư mục tại \(name); không ghi đè",
                en: "something already exists at \(name); it was not overwritten")
        case .changedOnDisk:
            return language.pick(
                vi: "tệp \(name) đã bị thay đổi từ bên ngoài sau khi đọc; chưa ghi gì, hãy đọc lại rồi thử lại",
                en: "the file \(name) was changed by someone else after it was read; nothing was written, read it again and retry")
        case .notARegularFile:
            return language.pick(
                vi: "\(name) không phải là một tệp thông thường",
                en: "\(name) is not a regular file")
        case .noSpace:
            return language.pick(
                vi: "không đủ dung lượng đĩa để ghi tệp \(name); chưa có gì bị thay đổi",
                en: "there is not enough disk space to write the file \(name); nothing was changed")
        case .tooLarge:
            return language.pick(
                vi: "tệp \(name) quá lớn để là một tệp kế hoạch (tối đa 2 GiB)",
                en: "the file \(name) is too large to be a plan file (2 GiB at most)")
        case .locked(_, let holder):
            let who = holder.map { $0.describe(language) } ?? language.pick(vi: "một chương trình khác", en: "another program")
            return language.pick(
                vi: "tệp \(name) đang được \(who) ghi và chưa nhả khóa sau \(Int(PlanStore.defaultLockWait)) giây; chưa ghi gì, hãy thử lại sau",
                en: "the file \(name) is being saved by \(who), which has held its lock for over \(Int(PlanStore.defaultLockWait)) seconds; nothing was written, try again later")
        case .hardLinked(_, let names):
            return language.pick(
                vi: "tệp \(name) có \(names) tên (liên kết cứng) nên Workplan không ghi, vì ghi sẽ tách nó thành hai bản khác nhau; hãy dùng một bản sao riêng hoặc liên kết mềm (ln -s) rồi thử lại",
                en: "the file \(name) has \(names) names (hard links), so Workplan does not write it, since a save would split it into two different files; use a copy of its own or a symbolic link (ln -s) and try again")
        case .savedButNotFlushed(_, let operation, let code):
            let reason = Self.systemText(code)
            return language.pick(
                vi: "đã ghi tệp \(name) nhưng bước sau đó (\(operation)) lỗi: \(reason), errno \(code); nội dung mới đã ở trên đĩa nhưng có thể mất nếu máy tắt đột ngột",
                en: "the file \(name) was written, but the step after it (\(operation)) failed: \(reason), errno \(code); the new contents are on disk but may not survive a crash")
        case .ioFailure(_, let operation, let code):
            let reason = Self.systemText(code)
            return language.pick(
                vi: "lỗi hệ thống với tệp \(name) (\(operation)): \(reason), errno \(code)",
                en: "system error with the file \(name) (\(operation)): \(reason), errno \(code)")
        }
    }

    /// The C library's text for an `errno` value.
    static func systemText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}

extension StoreError {
    /// Maps a system error to the case the user should see.
    init(_ error: Errno, path: String, operation: String) {
        switch error {
        case .permissionDenied, .notPermitted, .readOnlyFileSystem:
            self = .permissionDenied(path: path)
        case .noSpace, .diskQuotaExceeded:
            self = .noSpace(path: path)
        case .noSuchFileOrDirectory:
            self = .notFound(path: path)
        case .fileExists:
            self = .alreadyExists(path: path)
        case .isDirectory:
            self = .notARegularFile(path: path)
        default:
            self = .ioFailure(path: path, operation: operation, errno: error.rawValue)
        }
    }
}
