import Terminal
import WorkplanCore

@testable import WorkplanTUI

/// A runtime on a fresh copy of a plan.
@MainActor
struct RuntimeFixture {
    let folder: TestFolder
    let path: String
    let original: String
    let terminal: VirtualTerminal
    let runtime: AppRuntime

    init(_ text: String = TUITestSupport.smallPlan, rows: Int = 24, columns: Int = 80,
         environment: (String) -> [String: String] = { _ in [:] }) throws {
        _ = TUITestSupport.locale
        folder = try TestFolder()
        path = try folder.write("plan.md", text)
        original = text
        terminal = VirtualTerminal(size: TerminalSize(rows: rows, columns: columns))
        let file = try PlanFile(path: path)
        let state = AppState(plan: file.plan, fileName: "plan.md", language: .vi, today: TUITestSupport.today,
                             size: terminal.size)
        runtime = AppRuntime(file: file, state: state, backend: terminal, theme: BuiltinTheme.default.theme,
                             idleMilliseconds: nil, environment: environment(folder.path))
    }

    /// Presses keys one after another.
    func press(_ keys: Key...) {
        for key in keys { runtime.handle(key) }
    }

    /// Types text, one scalar a key.
    func type(_ text: String) {
        for scalar in text.unicodeScalars { runtime.handle(.text(scalar)) }
    }

    /// Selects the task with an id by searching for it.
    func go(to id: String) {
        press(.text("/"))
        type(id)
        press(.enter)
    }

    /// The screen's rows as one text, for `contains` checks.
    var screen: String { terminal.screen.lines.joined(separator: "\n") }

    /// The file's text now.
    func text() throws -> String { try folder.read(path) }

    /// The lines that differ between the original and the file now, as (before, after).
    func changedLines() throws -> [(String, String)] {
        let before = original.split(separator: "\n", omittingEmptySubsequences: false)
        let after = try text().split(separator: "\n", omittingEmptySubsequences: false)
        guard before.count == after.count else { return [("line count", "\(before.count) → \(after.count)")] }
        return zip(before, after).filter { !$0.0.utf8.elementsEqual($0.1.utf8) }.map { (String($0.0), String($0.1)) }
    }
}
