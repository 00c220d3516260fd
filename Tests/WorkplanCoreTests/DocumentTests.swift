import Testing

@testable import WorkplanCore

/// The document that assigned a task and its expected output: read, checked, listed, filtered
/// and searched.
@Suite("Documents and products")
struct DocumentTests {
    static let plan = Plan("""
        # Kế hoạch thử năm 2021
        ## Kỳ họp
        - [/] Thẩm tra dự thảo  id:K1 doc:12/TB-HĐND doc-date:2021-01-05 product:Nghị_quyết due:2021-11-10
        - [ ] Biên soạn tài liệu  id:K2 doc:05/KH-VP doc-date:2021-13-01 product:Sổ_tay_đại_biểu
        - [ ] Việc khác  id:K3
        """)

    @Test("the document's number and date and the output are read; a bad doc-date is reported at its column like any date")
    func read() throws {
        let first = Self.plan.tasks[0]
        #expect(first.document == "12/TB-HĐND")
        #expect(first.documentDate == (try date("2021-01-05")))
        #expect(first.product == "Nghị quyết")
        let second = Self.plan.tasks[1]
        #expect(second.documentDate == nil)
        #expect(Self.plan.problems.map(\.kind) == [.invalidDate(key: "doc-date", value: "2021-13-01")])
        #expect(Self.plan.problems.first?.line == 4)
        #expect(FieldCheck.valueProblem(key: "doc-date", value: "2021-02-30") != nil, "set refuses it too")
    }

    @Test("filtered by document and by output, diacritics ignored; search finds the output with its spaces")
    func filters() {
        func ids(_ change: (inout TaskFilter) -> Void) -> [String] { filteredIds(Self.plan, change) }
        #expect(ids { $0.document = "tb-hdnd" } == ["K1"])
        #expect(ids { $0.product = "so tay" } == ["K2"])
        #expect(ids { $0.search = "so tay dai bieu" } == ["K2"])
        #expect(ids { $0.search = "12/tb" } == ["K1"])
    }

    @Test("the outline writes them in words: văn bản 12/TB-HĐND ngày 05/01/2021; sản phẩm Nghị quyết")
    func outline() throws {
        var written = ""
        TaskListFormatter(language: .vi, today: try date("2021-10-29")).write([0, 1], of: Self.plan, as: .text) {
            written += String(decoding: $0, as: UTF8.self)
        }
        #expect(written.contains("[/] K1  Thẩm tra dự thảo  (hạn 10/11/2021; văn bản 12/TB-HĐND ngày 05/01/2021; sản phẩm Nghị quyết)\n"))
        #expect(written.contains("[ ] K2  Biên soạn tài liệu  (văn bản 05/KH-VP; sản phẩm Sổ tay đại biểu; doc-date:2021-13-01)\n"))
    }
}
