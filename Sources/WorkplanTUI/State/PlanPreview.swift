import Terminal
import WorkplanCore

extension AppState {
    /// The screen to show while a large file is read: its first lines only (enough rows for the
    /// screen), with no counts, rollups or details until the whole plan is there.
    public static func preview(of bytes: [UInt8], fileName: String, language: Language, today: PlanDate,
                               size: TerminalSize) -> AppState {
        let wanted = max(1, size.rows * 4)
        var lines = 0
        var end = bytes.count
        for (offset, byte) in bytes.enumerated() where byte == 10 {
            lines += 1
            if lines == wanted {
                end = offset + 1
                break
            }
        }
        var state = AppState(plan: Plan(bytes: Array(bytes[..<end])), fileName: fileName, language: language,
                             today: today, size: size)
        state.isLoading = true
        state.message = nil
        return state
    }
}
