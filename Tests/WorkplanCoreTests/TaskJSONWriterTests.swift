import Foundation
import Testing
@testable import WorkplanCore

/// The JSON listing is written by hand, streamed; every value must come back as it went in.
@Suite("JSON listing")
struct TaskJSONWriterTests {
    @Test("quotes, backslashes, control characters, Vietnamese and unknown fields survive a JSON parser")
    func roundTrip() throws {
        let plan = Plan("""
        ## Mảng "một"
        - [/] Tiêu đề có "ngoặc" và \\\\ và\ttab và \u{1}  id:A\\B room:P2 owner:anh.Nam tag:a,b with:HC
          Ghi chú: dòng một
          dòng hai

        """)
        let today = try #require(PlanDate(iso: "2021-07-01"))
        let text = TaskListFormatter(language: .vi, today: today).format([0], of: plan, as: .json)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let task = try #require(parsed.first)
        #expect(task["title"] as? String == plan.tasks[0].title)
        #expect(task["id"] as? String == "A\\B")
        #expect(task["track"] as? String == "Mảng \"một\"")
        #expect(task["note"] as? String == "Ghi chú: dòng một\ndòng hai")
        #expect(task["fields"] as? [String: String] == ["room": "P2", "owner": "anh.Nam"])
        #expect(task["tags"] as? [String] == ["a", "b"])
        #expect(task["with"] as? [String] == ["HC"])
        #expect(task["overdue"] as? Bool == false)
        #expect(task["line"] as? Int == 2)
        #expect(text.contains("\"fields\": {\n      \"owner\": \"anh.Nam\",\n      \"room\": \"P2\"\n    }"))
    }

    @Test("no tasks is an empty array")
    func empty() throws {
        let today = try #require(PlanDate(iso: "2021-07-01"))
        #expect(TaskListFormatter(language: .vi, today: today).format([], of: Plan(""), as: .json) == "[]\n")
    }
}
