import Testing

@testable import WorkplanCore

/// Persons declared once, like units, and named on tasks with `person:`: read, checked,
/// filtered, searched and counted in the report.
@Suite("Persons")
struct PersonTests {
    static let plan = Plan("""
        # Kế hoạch thử năm 2021

        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính

        ## Người theo dõi
        - nam: Nguyễn Văn Nam, Chuyên viên, TH
        - hoa: Trần Thị Hoa, Phó Trưởng phòng, Phụ trách, HC
        - lan: Lê Thị Lan
        - [ ] Không phải nhiệm vụ

        ## Kỳ họp
        - [x] Dự thảo chương trình  id:A1 lead:TH person:nam due:2021-06-20 done:2021-06-18 tag:kyhop
        - [/] Chuẩn bị hội trường  id:A2 lead:HC with:TH person:hoa person:nam due:2021-07-05
        - [ ] Gửi tài liệu  id:A3 lead:TH person:lan due:2021-11-20
          Đã báo Văn phòng Tỉnh ủy.
        - [ ] Việc chưa giao  id:A4 lead:HC due:2021-12-01
        - [ ] Người lạ  id:A5 lead:TH person:minh,nam,nam

        """)

    @Test("the persons section: handle, name, title and unit (the last part when it is a declared unit); a task line there does not count")
    func declared() {
        let persons = Self.plan.persons
        #expect(persons.map(\.handle) == ["nam", "hoa", "lan"])
        #expect(persons[0] == PlanPerson(handle: "nam", name: "Nguyễn Văn Nam", title: "Chuyên viên", unit: "TH", line: 7))
        #expect(persons[1].title == "Phó Trưởng phòng, Phụ trách")
        #expect(persons[1].unit == "HC")
        #expect(persons[2].title == nil && persons[2].unit == nil)
        #expect(Self.plan.tracks.map(\.title) == ["Kỳ họp"])
        #expect(Self.plan.taskCount == 5)
        #expect(Self.plan.problems.contains { $0.line == 11 && $0.kind == .taskInUnitsSection })
        #expect(Self.plan.person(handle: "NAM")?.name == "Nguyễn Văn Nam")
        let english = Plan("## People\n- an: Phạm An, Officer\n## Persons\n- binh: Vũ Bình\n")
        #expect(english.persons.map(\.handle) == ["an", "binh"])
        #expect(english.persons[0].title == "Officer")
        #expect(english.tracks.isEmpty)
    }

    @Test("a handle that is not declared is reported at its column; with no persons declared none is checked; person: may repeat")
    func checked() throws {
        let unknown = Self.plan.problems.filter { if case .unknownPerson = $0.kind { true } else { false } }
        #expect(unknown.count == 1)
        let problem = try #require(unknown.first)
        #expect(problem.kind == .unknownPerson(handle: "minh"))
        #expect(problem.line == 19)
        #expect(problem.column == 38)
        #expect(problem.message(.vi) == "người theo dõi \"minh\" chưa được khai báo trong mục Người theo dõi")
        #expect(!Self.plan.problems.contains { if case .repeatedKey = $0.kind { true } else { false } })
        #expect(Plan("## A\n- [ ] Việc  person:ai\n").problems.isEmpty)
        let task = Self.plan.tasks[try #require(Self.plan.taskIndex(id: "A2"))]
        #expect(task.persons == ["hoa", "nam"])
    }

    @Test("the filter by person, by a unit that leads or coordinates; search finds tags, person and unit names, notes")
    func filters() {
        func ids(_ change: (inout TaskFilter) -> Void) -> [String] { filteredIds(Self.plan, change) }
        #expect(ids { $0.person = "nam" } == ["A1", "A2", "A5"])
        #expect(ids { $0.person = "HOA" } == ["A2"])
        #expect(ids { $0.unit = "th" } == ["A1", "A2", "A3", "A5"])
        #expect(ids { $0.lead = "HC" } == ["A2", "A4"])
        #expect(ids { $0.search = "tran thi hoa" } == ["A2"])
        #expect(ids { $0.search = "kyhop" } == ["A1"])
        #expect(ids { $0.search = "phong hanh chinh" } == ["A2", "A4"])
        #expect(ids { $0.search = "van phong tinh uy" } == ["A3"])
        #expect(ids { $0.search = "minh" } == ["A5"])
    }

    @Test("the report counts each task under each person who follows it (once), then the undeclared handles, then the tasks no one follows")
    func report() throws {
        let report = PlanReport(plan: Self.plan, asOf: try date("2021-10-29"))
        #expect(report.persons.map(\.code) == ["nam", "hoa", "lan", "minh", nil])
        #expect(report.persons.map(\.counts.total) == [3, 1, 1, 1, 1])
        #expect(report.persons.map(\.counts.deadlines.overdue) == [1, 1, 0, 0, 0])
        let text = ReportFormatter(language: .vi).format(report, as: .text)
        #expect(text.contains("""

            Theo người theo dõi
               - Nguyễn Văn Nam (nam): 3 nhiệm vụ; hoàn thành đúng hạn 1, hoàn thành quá hạn 0, chưa đến hạn 0, quá hạn 1 \
            (không xét hạn: không có hạn 1); tỷ lệ hoàn thành nhiệm vụ đến hạn 50% (1/2), đúng hạn 50%.
               - Trần Thị Hoa (hoa): 1 nhiệm vụ; 
            """))
        #expect(text.contains("\n   - minh: 1 nhiệm vụ; không có nhiệm vụ nào để xét (không có hạn 1).\n"))
        #expect(text.contains("\n   - (Chưa có người theo dõi): 1 nhiệm vụ; "))
        let json = ReportFormatter(language: .en).format(report, as: .json)
        #expect(json.contains("\"persons\": [\n    {\n      \"code\": \"nam\",\n      \"name\": \"Nguyễn Văn Nam\",\n"))
        let csv = ReportFormatter(language: .en).format(report, as: .csv)
        #expect(csv.contains("\r\nperson,,nam,Nguyễn Văn Nam,3,"))
        let markdown = ReportFormatter(language: .en).format(report, as: .markdown)
        #expect(markdown.contains("### By person following\n\n| Person | Total |"))
        let nobody = PlanReport(plan: Plan("## A\n- [ ] Việc  due:2021-11-01\n"), asOf: try date("2021-10-29"))
        #expect(!ReportFormatter(language: .vi).format(nobody, as: .text).contains("Theo người theo dõi"))
    }
}
