import Testing
import WorkplanCore

@testable import WorkplanTUI

/// The detail pane names what the plan's lines only code: the persons following, the
/// assigning document and the expected output.
@Suite("Detail pane")
struct DetailPaneTests {
    @Test("persons by name and title, the document with its date, the output with spaces; none left under “Khác”")
    func namedFields() {
        var state = TUITestSupport.state("""
            # Kế hoạch thử năm 2021
            ## Người theo dõi
            - nam: Nguyễn Văn Nam, Chuyên viên
            ## Kỳ họp
            - [/] Thẩm tra dự thảo  id:K1 person:nam,lan doc:12/TB-HĐND doc-date:2021-01-05 product:Nghị_quyết room:P2
            """, rows: 30, columns: 100)
        state.select(.task(TUITestSupport.task("K1", in: state)))
        let lines = TUITestSupport.lines(state)
        #expect(lines.contains { $0.contains("Theo dõi: Nguyễn Văn Nam, Chuyên viên (nam); lan") })
        #expect(lines.contains { $0.contains("Văn bản giao: 12/TB-HĐND ngày 05/01/2021") })
        #expect(lines.contains { $0.contains("Sản phẩm: Nghị quyết") })
        #expect(lines.contains { $0.contains("Khác: room:P2") })
        #expect(!lines.contains { $0.contains("Khác:") && $0.contains("doc:") })
    }
}
