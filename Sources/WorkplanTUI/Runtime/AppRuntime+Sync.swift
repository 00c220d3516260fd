import WorkplanCore

extension AppRuntime {
    /// Syncs the plan's clone (`PlanSync`, as `workplan sync`), then reads the plan again: the
    /// others' changes appear, and a conflict is offered at once.
    func syncNow() {
        let language = state.language
        state.tell("Đang đồng bộ…", "Syncing…")
        drawNow()
        let message: String
        var isError = false
        do {
            let outcome = try PlanSync(clone: PlanClone(planFile: filePath), language: language).run()
            if !outcome.hasRemote {
                message = language.pick(vi: "Đã ghi tại máy (chưa có kho chung)", en: "Committed here (no shared repository)")
            } else if !outcome.conflicts.isEmpty {
                message = language.pick(vi: "Nhận \(outcome.received) thay đổi, có xung đột: chọn bản giữ lại rồi đồng bộ lại",
                                        en: "\(outcome.received) received, with conflicts: choose what to keep, then sync again")
                isError = true
            } else {
                message = language.pick(vi: "Đã đồng bộ: nhận \(outcome.received), gửi \(outcome.sent)",
                                        en: "Synced: \(outcome.received) received, \(outcome.sent) sent")
            }
        } catch {
            message = error.message(language)
            isError = true
        }
        reloadAfterSync(message: message, isError: isError)
        refreshGitStatus()
    }

    /// Asks git how the clone stands, for the status line.
    func refreshGitStatus() {
        state.gitStatus = GitStatus.of(planPath: filePath)
    }
}
