import Foundation
import Glibc
import Testing

/// The whole story as a new user lives it: the built-in plan, a review of the election
/// track's overdue tasks, the terminal window closed mid-meeting, the meeting resumed and
/// finished; then the plan, the minutes and the report.
@Suite("A new user's first review meeting", .enabled(if: Tmux.isAvailable, Tmux.missingNote))
struct NewUserMeetingTests {
    @Test("the election track's overdue tasks: two recorded, the window closed in the third, resumed from M, finished")
    func electionReview() throws {
        let folder = try TemporaryFolder()
        let environment = ["WORKPLAN_TODAY": "2021-10-29", "WORKPLAN_NOW": "08:00", "XDG_CONFIG_HOME": "/nonexistent",
                           "HOME": folder.path, "XDG_DATA_HOME": folder.path + "/data"]
        let binary = try Fixtures.workplanBinary()
        let planPath = folder.path + "/data/workplan/plan.md"
        let meetings = folder.path + "/data/workplan/plan.meetings"

        let first = try TmuxSession(command: [binary], environment: environment, folder: folder)
        try first.waitFor("Kế hoạch công tác năm 2021")
        try first.keys("M")
        let menu = try first.waitFor("Quá hạn · mảng Bầu cử")
        #expect(menu.contains("3  Quá hạn · mảng Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ"))
        #expect(menu.contains("… (3) │"), "the count stays when the track's name is cut")
        try first.keys("3")
        let agenda = try first.waitFor("BC16 Quyết toán kinh phí")
        #expect(agenda.contains("1  BC15 Tổng kết công tác bầu cử") && agenda.contains("2  BC15.2 Chỉnh lý"))
        try first.keys("Enter")
        try first.waitFor("Cuộc họp mới")
        try first.keys("Enter")
        try first.type("Phòng họp số 2")
        try first.keys("Enter")
        try first.type("Nguyễn Văn An")
        try first.keys("Enter")
        try first.type("Chánh Văn phòng")
        try first.keys("Enter")
        try first.type("Phạm Thị Phương")
        try first.keys("Enter")
        try first.type("Phòng CTDB, Phòng HC")
        try first.keys("Enter")
        try first.waitFor("mục 1/3")
        let recorded = [("Đã gửi báo cáo tổng kết; hồ sơ chưa bàn giao xong", "Hoàn thành bàn giao hồ sơ trước 30/11/2021",
                         "30/11/2021"),
                        ("Đã chỉnh lý 90% hồ sơ", "Phòng HC chỉnh lý xong, bàn giao Lưu trữ lịch sử tỉnh", "15/11/2021")]
        for (outcome, decision, due) in recorded {
            try first.keys("o")
            try first.type(outcome)
            try first.keys("Enter", "c")
            try first.type(decision)
            try first.keys("Enter", "d", "C-u")
            try first.type(due)
            try first.keys("Enter")
            try first.waitFor("hạn \(due)")
            try first.keys("Right")
        }
        try first.waitFor("mục 3/3")
        try first.keys("o")
        try first.type("Còn 3 huyện chưa nộp chứng từ")
        try first.waitFor("Kết quả: Còn 3 huyện chưa nộp chứng từ")
        try first.closeWindow()

        let names = try FileManager.default.contentsOfDirectory(atPath: meetings).filter { !$0.hasSuffix(".lock") }
        #expect(names == ["2021-10-29-hop-giao-ban-ngay-29-10-2021.md"])
        let minutesPath = meetings + "/" + (names.first ?? "")
        let cut = try String(contentsOfFile: minutesPath, encoding: .utf8)
        #expect(cut.contains("- Địa điểm: Phòng họp số 2\n- Chủ trì: Nguyễn Văn An\n- Chức vụ chủ trì: Chánh Văn phòng\n"
                             + "- Thư ký: Phạm Thị Phương\n"))
        #expect(cut.contains("## 1. BC15 — ") && cut.contains("- Hạn: 30/09/2021 → 30/11/2021\n"))
        #expect(cut.contains("## 2. BC15.2 — ") && cut.contains("- Kết quả: Đã chỉnh lý 90% hồ sơ\n"))
        #expect(cut.contains("## 3. BC16 — ") && cut.contains("- Kết quả: Còn 3 huyện chưa nộp chứng từ\n"),
                "the outcome being typed when the window closed is in the minutes")
        #expect(!cut.contains("Kết thúc"))

        let second = try TmuxSession(command: [binary], environment: environment)
        try second.waitFor("bị ngắt ở mục 3/3 · M để họp tiếp")
        try second.keys("M")
        let offer = try second.waitFor("Họp tiếp: Họp giao ban ngày 29/10/2021")
        let offered = offer.split(separator: "\n").first { $0.contains("1  Họp tiếp: Họp giao ban ngày 29/10/2021") }
        #expect(offered?.contains("(đã xét 3/3) │") == true, "how far the meeting went, at the list's right edge")
        try second.keys("1")
        try second.waitFor("mục 3/3")
        try second.waitFor("Kết quả: Còn 3 huyện chưa nộp chứng từ")
        try second.keys("c")
        try second.type("Đôn đốc 3 huyện nộp trước 10/11/2021")
        try second.keys("Enter", "f", "Right")
        try second.waitFor("Đã xét hết chương trình")
        try second.keys("q")
        let summary = try second.waitFor("Đã xét: 3/3 nhiệm vụ")
        #expect(summary.contains("30/09/2021 → 30/11/2021") && summary.contains("30/09/2021 → 15/11/2021"))
        try second.keys("Enter")
        try second.waitFor("? trợ giúp")
        try second.keys("q")
        #expect(try second.waitForExit() == 0)

        let minutes = try String(contentsOfFile: minutesPath, encoding: .utf8)
        #expect(minutes.hasPrefix(cut.components(separatedBy: "## 3.")[0]), "nothing recorded before the window closed is lost")
        #expect(minutes.components(separatedBy: "\n## ").count == 4, "one item per task")
        #expect(minutes.contains("## 3. BC16 — Quyết toán kinh phí phục vụ cuộc bầu cử đại biểu HĐND tỉnh\n"))
        #expect(minutes.contains("- Kết quả: Còn 3 huyện chưa nộp chứng từ\n- Kết luận, chỉ đạo: Đôn đốc 3 huyện nộp trước 10/11/2021\n- Theo dõi tiếp: có\n"))
        #expect(minutes.hasSuffix("- Kết thúc: 08:00\n"))
        let plan = try String(contentsOfFile: planPath, encoding: .utf8)
        #expect(plan.contains("id:BC15 lead:CTDB with:UBBC,HC person:phuong due:2021-11-30\n"))
        #expect(plan.contains("id:BC15.2 lead:HC with:CTDB person:tuan due:2021-11-15 progress:80%\n"))
        #expect(plan.contains("id:BC16 lead:HC with:VP,UBBC person:tuan due:2021-10-15 progress:7/10\n"))

        let tool = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"].merging(environment) { $1 }
        let printed = try Spawn.run(binary, ["minutes"], environment: tool, capture: true)
        #expect(printed.status == 0)
        #expect(printed.output.contains("BIÊN BẢN"))
        #expect(printed.output.contains("Hoàn thành bàn giao hồ sơ trước 30/11/2021"))
        let report = try Spawn.run(binary, ["report"], environment: tool, capture: true)
        #expect(report.status == 0)
        #expect(report.output.contains("Tổng số 32 nhiệm vụ: hoàn thành 28, đang thực hiện 3, hủy bỏ 1; hoàn thành 90,3% tổng số.\n"
            + "   Theo hạn: hoàn thành đúng hạn 28, hoàn thành quá hạn 0, chưa đến hạn 2, quá hạn 1 (không xét hạn: hủy bỏ 1); "
            + "tỷ lệ hoàn thành nhiệm vụ đến hạn 96,6% (28/29), đúng hạn 96,6%.\n"), "the meeting's new due dates count")
        #expect(report.output.contains("Họp giao ban ngày 29/10/2021"))
        #expect(report.output.contains("Kết luận, chỉ đạo: Hoàn thành bàn giao hồ sơ trước 30/11/2021\n"))
        #expect(report.output.contains("- BC15 Tổng kết công tác bầu cử, lưu trữ hồ sơ (chủ trì CTDB; hạn 30/11/2021; đang thực hiện)"))
    }
}
