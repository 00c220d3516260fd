#if canImport(Glibc)
import Glibc
#endif
import Terminal
import Testing
import WorkplanCore

@testable import WorkplanTUI

/// Plans, states and screens for the interface's tests. The clock is fixed: today is 29/10/2021.
enum TUITestSupport {
    /// The fixed today.
    static let today = PlanDate(year: 2021, month: 10, day: 29) ?? PlanDate(dayNumber: 0)!

    /// A small Vietnamese plan: two tracks, a parent with subtasks, every kind of row.
    static let smallPlan = """
    # Kế hoạch thử năm 2021

    ## Đơn vị
    - TH: Phòng Tổng hợp
    - HC: Phòng Hành chính - Tổ chức - Quản trị

    ## Chuẩn bị kỳ họp
    - [ ] Tham mưu nội dung kỳ họp thường lệ giữa năm  id:KH1 lead:TH with:HC due:2021-07-10
      - [x] Dự thảo chương trình kỳ họp  id:KH1.1 lead:TH due:2021-06-20 done:2021-06-18
      - [/] Chuẩn bị hội trường, tài liệu  id:KH1.2 lead:HC due:2021-11-02 progress:3/4
        Liên hệ Sở Văn hóa về hội trường.
    - [!] Tổng hợp ý kiến cử tri  id:KH2 lead:TH due:2021-12-01

    ## Bầu cử
    - [ ] Tham mưu thành lập Ủy ban bầu cử tỉnh  id:BC1 lead:HC due:2021-02-07
    - [-] In phiếu bầu  id:BC2 lead:HC

    """

    /// Makes sure widths are measured in a UTF-8 locale (test processes start in "C").
    static let locale: Bool = TerminalLocale.useUTF8()

    /// A state of a plan at a size.
    static func state(_ text: String = smallPlan, rows: Int = 24, columns: Int = 80,
                      language: Language = .vi, today: PlanDate = today) -> AppState {
        _ = locale
        return AppState(plan: Plan(text), fileName: "plan.md", language: language, today: today,
                        size: TerminalSize(rows: rows, columns: columns))
    }

    /// The screen's rows of text for a state, in the default theme.
    static func lines(_ state: AppState, theme: Theme = BuiltinTheme.default.theme) -> [String] {
        Screen.render(state, theme: theme).lines
    }

    /// The rows the virtual terminal shows for a state, trailing spaces removed.
    @MainActor
    static func screen(_ state: AppState, theme: Theme = BuiltinTheme.default.theme) -> [String] {
        let terminal = VirtualTerminal(size: state.size)
        terminal.present(Screen.render(state, theme: theme))
        return terminal.screen.lines
    }

    /// The rows of a screen that covers the tree, between its title bar and its status line.
    @MainActor
    static func body(_ state: AppState) -> [String] {
        Array(screen(state).dropFirst().dropLast())
    }

    /// Compares the screen of a state with the expected rows (missing rows at the end are
    /// blank), and shows the whole screen at the first difference.
    @MainActor
    static func expectScreen(_ state: AppState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = screen(state)
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(actual.count == state.size.rows, sourceLocation: sourceLocation)
        let padded = wanted + Array(repeating: "", count: max(0, actual.count - wanted.count))
        for (row, (got, want)) in zip(actual, padded).enumerated() where got != want {
            Issue.record("row \(row):\n got: \(got)\nwant: \(want)\nscreen:\n\(actual.joined(separator: "\n"))",
                         sourceLocation: sourceLocation)
            return
        }
    }

    /// Runs actions on a state and returns every effect they asked for.
    @discardableResult
    static func run(_ actions: [Action], on state: inout AppState) -> [Effect] {
        actions.flatMap { state.update($0) }
    }

    /// Types text into whatever line is open, one scalar a keystroke.
    static func type(_ text: String, into state: inout AppState) {
        run(text.unicodeScalars.map { .input(.text($0)) }, on: &state)
    }

    /// The small plan with a meeting walking its tasks, begun at 08:00 on the first agenda the
    /// meeting offers, with no name, place, chair, chair's title, secretary or attendees typed;
    /// nil (recorded) when none began.
    static func meetingUnderWay() -> AppState? {
        var state = state()
        state.now = ClockTime(hour: 8, minute: 0) ?? .midnight
        run([.startReview, .confirm, .confirm] + Array(repeating: .confirm, count: 6), on: &state)
        guard case let .review(review) = state.mode, review.stage == .walking else {
            Issue.record("no meeting under way")
            return nil
        }
        return state
    }

    /// Hands the state what the runtime hands back once a change is saved, for update tests
    /// without a file (the plan stays as it is).
    static func saved(_ state: inout AppState) {
        state.apply(.changed(plan: state.plan, edit: LineBlockEdit(start: 0, old: [""], new: [""], taskId: nil),
                             select: nil, kind: .new, message: "Đã lưu"))
    }

    /// The index of the track with a title in a state's plan.
    static func track(_ title: String, in state: AppState) -> Int {
        state.plan.tracks.firstIndex { $0.title == title } ?? -1
    }

    /// The index of the task with an id in a state's plan.
    static func task(_ id: String, in state: AppState) -> Int {
        state.plan.taskIndex(id: id) ?? -1
    }
}

/// A folder of its own under /tmp for a test's files, removed by `remove()`.
struct TestFolder {
    /// The folder's path.
    let path: String

    /// Makes a new empty folder.
    init() throws {
        var template = Array("/tmp/workplan-tui-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TestFolderError.cannotCreate }
        path = String(cString: made)
    }

    /// Writes a file in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try PlanStore().create(Array(text.utf8), at: file, makeFolders: false)
        return file
    }

    /// Reads a file's text.
    func read(_ file: String) throws -> String {
        String(decoding: try PlanStore().read(file).bytes, as: UTF8.self)
    }

    /// Removes the folder and what is in it, folders within (a plan's meetings) included.
    func remove() {
        Self.removeTree(path)
    }

    private static func removeTree(_ path: String) {
        if let folder = opendir(path) {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                guard name != "." && name != ".." else { continue }
                if unlink(path + "/" + name) != 0 { removeTree(path + "/" + name) }
            }
            closedir(folder)
        }
        rmdir(path)
    }
}

/// Why a test folder could not be made.
enum TestFolderError: Error {
    /// mkdtemp failed.
    case cannotCreate
}
