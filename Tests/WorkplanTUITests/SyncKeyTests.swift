#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// `Y` syncs the plan's git clone from the interface, with the real git and the real merge
/// driver (the `workplan` binary built beside the tests).
@Suite("Sync key")
@MainActor
struct SyncKeyTests {
    /// The `workplan` binary built beside this test program.
    static func workplanBinary() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let executable = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            : Bundle.main.bundlePath
        var folder = URL(fileURLWithPath: executable).deletingLastPathComponent()
        while folder.path != "/", !FileManager.default.fileExists(atPath: folder.appendingPathComponent("workplan").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("workplan").path
    }

    @Test("Y commits, merges the other clone's change and pushes; the status line tells how the clone stands")
    func syncKey() throws {
        _ = TUITestSupport.locale
        let folder = try TestFolder()
        defer { folder.remove() }
        let environment = ["HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1"]
        let root = Git(folder: folder.path, environment: environment)
        try root.check(["init", "-q", "--bare", "-b", "main", "shared.git"])
        for name in ["here", "there"] {
            try root.check(["clone", "-q", "shared.git", name])
            let git = Git(folder: folder.path + "/" + name, environment: environment)
            try git.check(["config", "user.name", name])
            try git.check(["config", "user.email", name + "@vp.example"])
        }
        let here = try folder.write("here/plan.md", TUITestSupport.smallPlan)
        let hereClone = try PlanClone(planFile: here, environment: environment)
        _ = try hereClone.setup(workplan: Self.workplanBinary())
        _ = try PlanSync(clone: hereClone, language: .vi).run()
        let there = folder.path + "/there/plan.md"
        let thereClone = try PlanClone(planFile: there, environment: environment)
        _ = try thereClone.setup(workplan: Self.workplanBinary())
        _ = try PlanSync(clone: thereClone, language: .vi).run()
        let changed = TUITestSupport.smallPlan.replacing("id:BC1 lead:HC due:2021-02-07", with: "id:BC1 lead:HC due:2021-03-01")
        #expect(changed != TUITestSupport.smallPlan)
        try PlanStore().write(Array(changed.utf8), to: there, expecting: nil)
        _ = try PlanSync(clone: thereClone, language: .vi).run()

        // The officer here ticks a task, then syncs from the interface.
        let terminal = VirtualTerminal(size: TerminalSize(rows: 24, columns: 100))
        let file = try PlanFile(path: here)
        let state = AppState(plan: file.plan, fileName: "plan.md", language: .vi, today: TUITestSupport.today, size: terminal.size)
        let runtime = AppRuntime(file: file, state: state, backend: terminal, theme: BuiltinTheme.default.theme, idleMilliseconds: nil)
        setenv("GIT_CONFIG_NOSYSTEM", "1", 1)
        setenv("HOME", folder.path, 1)
        runtime.handle(.text("j"))
        runtime.handle(.text(" "))
        runtime.handle(.text("Y"))
        let text = try folder.read(here)
        #expect(text.contains("id:BC1 lead:HC due:2021-03-01"), "the other clone's change is here")
        #expect(text.contains("[x]"), "the tick made here is kept")
        #expect(runtime.state.message?.text == "Đã đồng bộ: nhận 3, gửi 2", "\(String(describing: runtime.state.message))")
        #expect(runtime.state.gitStatus == GitStatus(ahead: 0, behind: 0, hasDriver: true))
        #expect(terminal.screen.lines.last?.contains("git ↑0 ↓0") == true, "\(terminal.screen.lines.suffix(3))")
        _ = try PlanSync(clone: thereClone, language: .vi).run()
        #expect(try folder.read(there) == text, "both clones hold one plan")
    }
}
