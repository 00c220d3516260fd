import Testing

@testable import WorkplanCore

/// A field's value as typed on the command line or in the interface's fields list, and as the
/// file stores it.
@Suite("Typed field values")
struct TypedFieldTests {
    static let plan = Plan("""
        # Kế hoạch 2021
        ## Đơn vị
        - TH: Phòng Tổng hợp
        - HC: Phòng Hành chính
        ## Người theo dõi
        - nam: Lê Văn Nam
        ## Mảng
        - [ ] A  id:A
        """)
    static let today = PlanDate(year: 2026, month: 12, day: 7) ?? PlanDate(dayNumber: 0)!

    func value(_ key: String, _ typed: String) throws -> String? {
        try TypedField.value(key: key, typed: typed, today: Self.today, in: Self.plan)
    }

    @Test("dates are read in the plan's year; codes and handles as declared; lists with commas; words with _")
    func values() throws {
        #expect(try value("start", "5/7") == "2021-07-05")
        #expect(try value("doc-date", "2021-01-05") == "2021-01-05")
        #expect(try value("with", "hc th") == "HC,TH")
        #expect(try value("lead", "th") == "TH")
        #expect(try value("person", "NAM") == "nam")
        #expect(try value("tag", "kỳ họp, giữa năm") == "kỳ_họp,giữa_năm")
        #expect(try value("product", "  Báo cáo   thẩm tra ") == "Báo_cáo_thẩm_tra")
        #expect(try value("progress", "3/4") == "3/4")
        #expect(try value("due", "  ") == nil)
    }

    @Test("what cannot be stored says why, in the words of the command line")
    func refusals() {
        #expect(throws: TypedFieldError.unreadableDate(UnreadableDate("31/2"))) { try value("due", "31/2") }
        #expect(throws: TypedFieldError.undeclaredUnit(code: "VP", known: ["TH", "HC"])) { try value("with", "TH, VP") }
        #expect(throws: TypedFieldError.undeclaredPerson(handle: "hoa", known: ["nam"])) { try value("person", "hoa") }
        #expect(throws: TypedFieldError.severalLeads(["th", "hc"]), "one unit leads") { try value("lead", "th hc") }
    }

    @Test("letters typed as a base and combining marks are stored precomposed, byte for byte")
    func precomposed() throws {
        let typed = try value("product", "Nghi\u{0323} quye\u{0302}\u{0301}t")
        #expect(typed.map { Array($0.utf8) } == Array("Ngh\u{1ECB}_quy\u{1EBF}t".utf8))
    }

    @Test("a stored value is shown as it is typed again")
    func shown() {
        #expect(TypedField.shown(key: "due", value: "2021-07-05", .vi) == "05/07/2021")
        #expect(TypedField.shown(key: "tag", value: "kỳ_họp,giữa_năm", .vi) == "kỳ họp, giữa năm")
        #expect(TypedField.shown(key: "product", value: "Nghị_quyết", .vi) == "Nghị quyết")
        #expect(TypedField.shown(key: "doc", value: "12/TB-HĐND", .vi) == "12/TB-HĐND")
    }

    @Test("a name: value is a status, a title or a field, read alike by set and the fields list")
    func assignments() throws {
        let read = { (key: String, typed: String) throws in
            try TypedAssignment.read(key: key, typed: typed, today: Self.today, in: Self.plan)
        }
        #expect(try read("status", " done") == .status(.done))
        #expect(try read("title", " Họp giao ban ") == .title("Họp giao ban"))
        #expect(try read("due", "10/11") == .field(FieldUpdate(key: "due", value: "2021-11-10")))
        #expect(try read("owner", "") == .field(FieldUpdate(key: "owner", value: nil)))
        #expect(throws: TypedFieldError.unknownStatus("maybe")) { try read("status", "maybe") }
    }
}
