import Foundation
import WorkplanCore

/// The floor `done`'s save is measured against (issue 9, §6): a child that does what `done`
/// does to the file without the lock and the checks, read whole, parsed, the task ticked, the
/// bytes written to a temporary file beside it, fsync, rename, fsync of the folder; no lock, no
/// fingerprint check, no settled re-read, no merge. `workplan-bench --rewrite FILE ID` runs it.
enum PlainRewrite {
    /// Ticks the task and rewrites the file; 0 when it worked.
    static func run(_ path: String, taskId: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path),
              let today = PlanDate(year: 2021, month: 10, day: 29) else { return 1 }
        var plan = Plan(bytes: [UInt8](data))
        guard let task = plan.taskIndex(id: taskId) else { return 1 }
        plan.setStatus(ofTask: task, to: .done, today: today)
        let temporary = path + ".plain-rewrite"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return 1 }
        for piece in plan.text.pieces {
            let written = piece.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
            guard written == piece.count else { return 1 }
        }
        guard fsync(descriptor) == 0, close(descriptor) == 0, rename(temporary, path) == 0 else { return 1 }
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else { return 1 }
        defer { close(folder) }
        return fsync(folder) == 0 ? 0 : 1
    }
}
