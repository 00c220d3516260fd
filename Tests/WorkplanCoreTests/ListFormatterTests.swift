import Foundation
import Testing

@testable import WorkplanCore

/// Listings of tasks: an outline for people, JSON and CSV for programs.
@Suite("Task list formatter")
struct ListFormatterTests {
    static let sample = """
        # Danh sách
        - [ ] Việc trước mảng
        ## Mảng một
        - [/] Chuẩn bị hội trường  id:L1 lead:HC with:TH,CTDB start:2021-06-01 due:2021-06-30 owner:anh.Nam tag:hau-can
          - [?] Việc lạ  id:L1.1 due:2021-02-30
            Ghi chú dòng một.
            Ghi chú dòng hai.
        - [x] Xong sớm  id:L2 done:2021-05-02 progress:121/127
        - [ ] Họp "giao ban", tháng 3  id:L3 lead:TH with:HC,CTDB

        """

    func formatter(_ language: Language) throws -> TaskListFormatter {
        TaskListFormatter(language: language, today: try date("2021-07-01"))
    }

    @Test("the outline in Vietnamese")
    func outlineVietnamese() throws {
        let plan = Plan(Self.sample)
        let expected = """
            Danh sách

            ## (Không thuộc mảng nào)
            [ ] Việc trước mảng

            ## Mảng một
            [/] L1  Chuẩn bị hội trường  (HC, +TH, +CTDB; bắt đầu 01/06/2021; hạn 30/06/2021; QUÁ HẠN; owner:anh.Nam; tag:hau-can)
              [?] L1.1  Việc lạ  (due:2021-02-30)
            [x] L2  Xong sớm  (xong 02/05/2021; 121/127 (95,3%))
            [ ] L3  Họp "giao ban", tháng 3  (TH, +HC, +CTDB)

            5/5 nhiệm vụ.

            """
        #expect(try formatter(.vi).format(Array(plan.tasks.indices), of: plan, as: .text) == expected)
    }

    @Test("the outline in English")
    func outlineEnglish() throws {
        let plan = Plan(Self.sample)
        let expected = """
            Danh sách

            ## (No track)
            [ ] Việc trước mảng

            ## Mảng một
            [/] L1  Chuẩn bị hội trường  (HC, +TH, +CTDB; start 2021-06-01; due 2021-06-30; OVERDUE; owner:anh.Nam; tag:hau-can)
              [?] L1.1  Việc lạ  (due:2021-02-30)
            [x] L2  Xong sớm  (done 2021-05-02; 121/127 (95.3%))
            [ ] L3  Họp "giao ban", tháng 3  (TH, +HC, +CTDB)

            5 of 5 tasks.

            """
        #expect(try formatter(.en).format(Array(plan.tasks.indices), of: plan, as: .text) == expected)
    }

    @Test("a filtered outline names only the tracks it shows and counts what it shows")
    func filteredOutline() throws {
        let plan = Plan(Self.sample)
        let expected = """
            Danh sách

            ## Mảng một
              [?] L1.1  Việc lạ  (due:2021-02-30)
            [x] L2  Xong sớm  (xong 02/05/2021; 121/127 (95,3%))

            2/5 nhiệm vụ.

            """
        #expect(try formatter(.vi).format([2, 3], of: plan, as: .text) == expected)
        #expect(try formatter(.en).format([], of: plan, as: .text) == "Danh sách\n\n0 of 5 tasks.\n")
    }

    @Test("control characters in the outline are shown as pictures, a tab as a space")
    func visible() throws {
        let plan = Plan("# Kế\u{1B}[31mhoạch\n- [ ] Việc\u{0}lạ\tcó tab  id:V1\n")
        #expect(try formatter(.vi).format([0], of: plan, as: .text)
            == "Kế\u{241B}[31mhoạch\n\n## (Không thuộc mảng nào)\n[ ] V1  Việc\u{2400}lạ có tab\n\n1/1 nhiệm vụ.\n")
        #expect(try formatter(.en).format([0], of: plan, as: .text).hasSuffix("\n\n1 of 1 task.\n"))
    }

    @Test("JSON parses back with the expected fields")
    func json() throws {
        let plan = Plan(Self.sample)
        let text = try formatter(.vi).format(Array(plan.tasks.indices), of: plan, as: .json)
        #expect(text.hasSuffix("\n"))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        let records = try #require(parsed as? [[String: Any]])
        #expect(records.count == 5)

        let first = records[0]
        #expect(first["id"] == nil)
        #expect(first["title"] as? String == "Việc trước mảng")
        #expect(first["track"] as? String == "")
        #expect(first["status"] as? String == "not-started")

        let hall = records[1]
        #expect(hall["id"] as? String == "L1")
        #expect(hall["status"] as? String == "in-progress")
        #expect(hall["mark"] as? String == "/")
        #expect(hall["title"] as? String == "Chuẩn bị hội trường")
        #expect(hall["track"] as? String == "Mảng một")
        #expect(hall["depth"] as? Int == 0)
        #expect(hall["parent"] == nil)
        #expect(hall["lead"] as? String == "HC")
        #expect(hall["with"] as? [String] == ["TH", "CTDB"])
        #expect(hall["start"] as? String == "2021-06-01")
        #expect(hall["due"] as? String == "2021-06-30")
        #expect(hall["done"] == nil)
        #expect(hall["tags"] as? [String] == ["hau-can"])
        #expect(hall["fields"] as? [String: String] == ["owner": "anh.Nam"])
        #expect(hall["overdue"] as? Bool == true)
        #expect(hall["line"] as? Int == 4)
        #expect(hall["note"] == nil)

        let odd = records[2]
        #expect(odd["status"] as? String == "unknown")
        #expect(odd["mark"] as? String == "?")
        #expect(odd["parent"] as? String == "L1")
        #expect(odd["depth"] as? Int == 1)
        #expect(odd["due"] as? String == "2021-02-30")
        #expect(odd["overdue"] as? Bool == false)
        #expect(odd["note"] as? String == "Ghi chú dòng một.\nGhi chú dòng hai.")

        let done = records[3]
        #expect(done["status"] as? String == "done")
        #expect(done["done"] as? String == "2021-05-02")
        #expect(done["progress"] as? String == "121/127")
        #expect(done["with"] as? [String] == [])
        #expect(done["tags"] as? [String] == [])
    }

    @Test("JSON of no tasks is an empty array")
    func emptyJSON() throws {
        let plan = Plan(Self.sample)
        let text = try formatter(.en).format([], of: plan, as: .json)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        #expect((parsed as? [Any])?.isEmpty == true)
    }

    @Test("CSV starts with a byte-order mark, names its columns in the language, has every field, quotes commas, quotes and line breaks, and ends rows with CRLF")
    func csv() throws {
        let plan = Plan(Self.sample)
        let text = try formatter(.vi).format(Array(plan.tasks.indices), of: plan, as: .csv)
        #expect(text.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        let rows = String(text.dropFirst()).components(separatedBy: "\r\n")
        #expect(rows == [
            "Mã,Trạng thái,Mảng,Cấp,Nhiệm vụ,Chủ trì,Phối hợp,Người theo dõi,Bắt đầu,Hạn,Hoàn thành,Tiến độ,Quá hạn,Thẻ,"
                + "Văn bản giao,Ngày văn bản,Sản phẩm,Tiếp nhận,Đủ điều kiện,Đã xử lý,Đơn vị tính,Mục ghi,Ghi chú,Trường khác,Dòng",
            ",chưa thực hiện,,0,Việc trước mảng,,,,,,,,0,,,,,,,,,,,,2",
            "L1,đang thực hiện,Mảng một,0,Chuẩn bị hội trường,HC,\"TH, CTDB\",,2021-06-01,2021-06-30,,,1,hau-can,,,,,,,,,,owner:anh.Nam,4",
            "L1.1,không rõ,Mảng một,1,Việc lạ,,,,,2021-02-30,,,0,,,,,,,,,,\"Ghi chú dòng một.\nGhi chú dòng hai.\",,5",
            "L2,hoàn thành,Mảng một,0,Xong sớm,,,,,,2021-05-02,121/127,0,,,,,,,,,,,,8",
            "L3,chưa thực hiện,Mảng một,0,\"Họp \"\"giao ban\"\", tháng 3\",TH,\"HC, CTDB\",,,,,,0,,,,,,,,,,,,9",
            "",
        ])
        let english = try formatter(.en).format([], of: plan, as: .csv)
        #expect(english == "\u{FEFF}Id,Status,Track,Level,Task,Lead,With,Followed by,Start,Due,Done,Progress,Overdue,Tags,"
            + "Assigned by,Document's date,Output,Received,Eligible,Handled,Counted in,Entries,Note,Other fields,Line\r\n")
    }

    /// The records of a CSV text (RFC 4180: a quoted field may hold commas, quotes and line breaks).
    private func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append("\"")
                        characters = characters.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", characters.first == "\n" {
                characters = characters.dropFirst()
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return records
    }

    @Test("every fixture lists in every form and language; JSON parses and CSV has a row per task")
    func corpus() throws {
        for name in try Fixtures.names() {
            let plan = try Fixtures.plan(name)
            let all = Array(plan.tasks.indices)
            for language in Language.allCases {
                let formatter = TaskListFormatter(language: language, today: try date("2021-07-01"))
                let outline = formatter.format(all, of: plan, as: .text)
                #expect(outline.hasSuffix(".\n"), "\(name)")
                #expect(!outline.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(name)")
                let json = formatter.format(all, of: plan, as: .json)
                let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [Any]
                #expect(parsed?.count == plan.tasks.count, "\(name)")
                let csv = formatter.format(all, of: plan, as: .csv)
                #expect(csv.hasPrefix("\u{FEFF}"), "\(name)")
                let records = csvRecords(String(csv.dropFirst()))
                #expect(records.count == plan.tasks.count + 1, "\(name): a header and a row per task")
                #expect(Set(records.map(\.count)) == [25], "\(name): every row has every column")
                let report = PlanReport(plan: plan, asOf: try date("2021-07-01"))
                #expect(report.total.total == plan.tasks.count, "\(name)")
                for form in ReportFormatter.Format.allCases {
                    #expect(ReportFormatter(language: language).format(report, as: form).utf8.last == 10, "\(name)")
                }
            }
        }
    }

    @Test("CSV quoting of single fields")
    func csvField() {
        #expect(CSVField.quote("đơn giản") == "đơn giản")
        #expect(CSVField.quote("a,b") == "\"a,b\"")
        #expect(CSVField.quote("nói \"có\"") == "\"nói \"\"có\"\"\"")
        #expect(CSVField.quote("hai\ndòng") == "\"hai\ndòng\"")
        #expect(CSVField.quote("cr\rx") == "\"cr\rx\"")
        #expect(CSVField.quote("") == "")
    }
}
