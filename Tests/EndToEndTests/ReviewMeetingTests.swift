import Foundation
import Glibc
import Testing

/// A review meeting with the real binary in tmux: cut off mid-meeting, resumed, finished.
@Suite("A review meeting in tmux", .enabled(if: Tmux.isAvailable, Tmux.missingNote))
struct ReviewMeetingTests {
    /// Starts `workplan review --agenda overdue` on the plan and names the meeting (the default
    /// title, or `title`), up to its first task on screen.
    private func openMeeting(_ binary: String, _ path: String, _ environment: [String: String],
                             folder: TemporaryFolder? = nil, title: String? = nil) throws -> TmuxSession {
        let session = try TmuxSession(command: [binary, "review", "--agenda", "overdue", path], environment: environment,
                                      folder: folder)
        try session.waitFor("Chương trình: ↑↓ chọn")
        try session.keys("Enter")
        try session.waitFor("Cuộc họp mới")
        if let title {
            try session.keys("C-u")
            try session.type(title)
        }
        try session.keys("Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
        try session.waitFor("mục 1/5")
        return session
    }

    @Test("a meeting on the overdue tasks: two items recorded, the window closed while the third is typed (kept), resumed and finished")
    func cutOffAndResumed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.copy(Fixtures.examplePlan2021, as: "plan.md")
        let environment = ["WORKPLAN_TODAY": "2021-10-29", "WORKPLAN_NOW": "08:00", "XDG_CONFIG_HOME": "/nonexistent"]
        let binary = try Fixtures.workplanBinary()
        let first = try openMeeting(binary, path, environment, folder: folder)
        for (outcome, due) in [("Hồ sơ đang chờ thẩm định", "30/11/2021"), ("Đã in xong bản thảo", "15/12/2021")] {
            try first.keys("o")
            try first.type(outcome)
            try first.keys("Enter", "d", "C-u")
            try first.type(due)
            try first.keys("Enter")
            try first.waitFor(due)
            try first.keys("Right")
        }
        try first.waitFor("mục 3/5")
        try first.keys("o")
        try first.type("đang gõ dở")
        try first.waitFor("đang gõ dở")
        try first.signal(SIGHUP)
        #expect(try first.waitForExit() == 128 + SIGHUP)

        let meetings = folder.path + "/plan.meetings"
        let names = try FileManager.default.contentsOfDirectory(atPath: meetings).filter { !$0.hasSuffix(".lock") }
        #expect(names == ["2021-10-29-hop-giao-ban-ngay-29-10-2021.md"])
        let minutesPath = meetings + "/" + (names.first ?? "")
        let cut = try String(contentsOfFile: minutesPath, encoding: .utf8)
        #expect(cut.contains("## 1. TK5.2") && cut.contains("- Hạn: 30/06/2021 → 30/11/2021"))
        #expect(cut.contains("## 2. TK6") && cut.contains("- Kết quả: Đã in xong bản thảo"))
        #expect(cut.contains("## 3. BC15") && cut.contains("- Kết quả: đang gõ dở\n"), "the line being typed is kept")
        #expect(!cut.contains("## 4.") && !cut.contains("Kết thúc"))

        let second = try TmuxSession(command: [binary, "review", "--resume", path], environment: environment)
        try second.waitFor("mục 4/5")
        try second.keys("Right", "Right")
        try second.keys("q")
        try second.waitFor("Đã xét: 5/5 nhiệm vụ")
        try second.keys("Enter", "q")
        #expect(try second.waitForExit() == 0)
        let done = try String(contentsOfFile: minutesPath, encoding: .utf8)
        #expect(done.hasPrefix(cut), "nothing recorded before the cut is lost")
        #expect(done.contains("## 3. BC15") && done.contains("## 4. BC15.2") && done.contains("## 5. BC16"))
        #expect(done.components(separatedBy: "\n## ").count == 6, "one item per task")
        #expect(done.hasSuffix("- Kết thúc: 08:00\n"))
        let plan = try String(contentsOfFile: path, encoding: .utf8)
        #expect(plan.contains("id:TK5.2 lead:HC with:SNV person:tuan due:2021-11-30"))
        #expect(plan.contains("due:2021-12-15"))
    }

    /// The story: back and forth, quit in the middle, resumed. Every typed word ends in
    /// the minutes, with exactly one item per task, in the agenda's order.
    @Test("a meeting walked back and forth, quit and resumed writes exactly one item per task with everything typed")
    func backAndForthQuitResumed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.copy(Fixtures.examplePlan2021, as: "plan.md")
        let environment = ["WORKPLAN_TODAY": "2021-10-29", "WORKPLAN_NOW": "08:00", "XDG_CONFIG_HOME": "/nonexistent"]
        let binary = try Fixtures.workplanBinary()
        let first = try openMeeting(binary, path, environment, folder: folder)
        try first.waitFor("? trợ giúp")
        try first.keys("o")
        try first.type("Kết quả một")
        try first.keys("Enter", "Right")
        try first.waitFor("mục 2/5")
        try first.keys("o")
        try first.type("Kết quả hai")
        try first.keys("Enter", "Left")
        try first.waitFor("mục 1/5")
        try first.waitFor("Kết quả một")
        try first.keys("c")
        try first.type("Kết luận một")
        try first.keys("Enter", "Right")
        try first.waitFor("Kết quả hai")
        try first.keys("Right")
        try first.waitFor("mục 3/5")
        try first.keys("Left", "Left", "Right")
        try first.waitFor("mục 3/5")
        try first.keys("o")
        try first.type("Kết quả ba")
        try first.keys("Enter", "q")
        try first.waitFor("những gì đã gõ cho")
        try first.keys("q")
        try first.waitFor("Đã xét: 2/5 nhiệm vụ")
        try first.keys("Enter", "q")
        #expect(try first.waitForExit() == 0)

        let meetings = folder.path + "/plan.meetings"
        let names = try FileManager.default.contentsOfDirectory(atPath: meetings).filter { $0.hasSuffix(".md") }
        let minutesPath = meetings + "/" + (names.first ?? "")
        let minutes = try String(contentsOfFile: minutesPath, encoding: .utf8)
        let headings = minutes.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.count == 2, "one item per task: \(headings)")
        #expect(headings.first?.hasPrefix("## 1. TK5.2") == true && headings.last?.hasPrefix("## 2. TK6") == true)
        #expect(minutes.contains("- Kết quả: Kết quả một\n- Kết luận, chỉ đạo: Kết luận một\n"))
        #expect(minutes.contains("- Kết quả: Kết quả hai\n"))

        // The same story, quit by closing the window in the middle and resumed.
        let again = try openMeeting(binary, path, environment, title: "Họp lần hai")
        try again.keys("o")
        try again.type("Lần hai, mục một")
        try again.keys("Enter", "Right", "Left", "Right")
        try again.waitFor("mục 2/5")
        try again.keys("o")
        try again.type("Lần hai, mục hai")
        try again.keys("Enter", "Right")
        try again.waitFor("mục 3/5")
        try again.signal(SIGHUP)
        #expect(try again.waitForExit() == 128 + SIGHUP)
        let resumed = try TmuxSession(command: [binary, "review", "--resume", path], environment: environment)
        try resumed.waitFor("mục 3/5")
        try resumed.keys("Left")
        try resumed.waitFor("Lần hai, mục hai")
        try resumed.keys("c")
        try resumed.type("Bổ sung sau khi họp tiếp")
        try resumed.keys("Enter", "Right", "Right", "Right", "Right", "q")
        try resumed.waitFor("Đã xét: 5/5 nhiệm vụ")
        try resumed.keys("Enter", "q")
        #expect(try resumed.waitForExit() == 0)
        let second = try FileManager.default.contentsOfDirectory(atPath: meetings).filter { $0.contains("hop-lan-hai") && $0.hasSuffix(".md") }
        let text = try String(contentsOfFile: meetings + "/" + (second.first ?? ""), encoding: .utf8)
        let secondHeadings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(secondHeadings.count == 5, "one item per task: \(secondHeadings)")
        #expect(secondHeadings.enumerated().allSatisfy { $0.element.hasPrefix("## \($0.offset + 1). ") })
        #expect(text.contains("- Kết quả: Lần hai, mục một\n"))
        #expect(text.contains("- Kết quả: Lần hai, mục hai\n- Kết luận, chỉ đạo: Bổ sung sau khi họp tiếp\n"))
        #expect(text.hasSuffix("- Kết thúc: 08:00\n"))
    }
}
