import Foundation

/// The Vietnamese words and phrases the generated plans are made of: the language of a
/// provincial People's Council office (Văn phòng HĐND tỉnh). Every string is NFC.
enum Vocabulary {
    /// A unit of the office: its code and full name.
    struct Unit {
        /// The code used in `lead:` and `with:`.
        let code: String
        /// The full name.
        let name: String
    }

    /// A track (mảng công tác): its heading and the prefix of its task ids.
    struct Track {
        /// The level-2 heading's text.
        let title: String
        /// The id prefix of its top-level tasks (`KH` → `KH12`).
        let idPrefix: String
    }

    /// The ten units declared in every plan.
    static let units: [Unit] = [
        Unit(code: "TH", name: "Phòng Tổng hợp"),
        Unit(code: "HC", name: "Phòng Hành chính - Tổ chức - Quản trị"),
        Unit(code: "CTDB", name: "Phòng Công tác đại biểu"),
        Unit(code: "PC", name: "Ban Pháp chế"),
        Unit(code: "KTNS", name: "Ban Kinh tế - Ngân sách"),
        Unit(code: "VHXH", name: "Ban Văn hóa - Xã hội"),
        Unit(code: "DT", name: "Ban Dân tộc"),
        Unit(code: "TTDN", name: "Tổ Thông tin - Dân nguyện"),
        Unit(code: "QT", name: "Bộ phận Quản trị - Tài vụ"),
        Unit(code: "LT", name: "Bộ phận Lưu trữ"),
    ].map { Unit(code: $0.code, name: nfc($0.name)) }

    /// A person who follows tasks (chuyên viên theo dõi): handle, name, title and unit.
    struct Person {
        /// The handle used in `person:`.
        let handle: String
        /// The full name, title and unit code, as the persons section writes them.
        let declaration: String
    }

    /// The twelve persons declared in every plan.
    static let persons: [Person] = [
        ("nam", "Nguyễn Văn Nam, Chánh Văn phòng, TH"), ("hoa", "Trần Thị Hoa, Phó Chánh Văn phòng, TH"),
        ("tuan", "Hoàng Minh Tuấn, Chuyên viên, HC"), ("linh", "Võ Thị Linh, Chuyên viên, TTDN"),
        ("binh", "Lê Văn Bình, Chuyên viên, CTDB"), ("mai", "Phạm Thị Mai, Chuyên viên, PC"),
        ("hung", "Đặng Quốc Hùng, Chuyên viên, KTNS"), ("lan", "Ngô Thị Lan, Chuyên viên, VHXH"),
        ("son", "Bùi Thanh Sơn, Chuyên viên, DT"), ("thu", "Huỳnh Thị Thu, Chuyên viên, TTDN"),
        ("long", "Trương Văn Long, Chuyên viên, QT"), ("ha", "Phan Thị Hà, Chuyên viên, LT"),
    ].map { Person(handle: $0.0, declaration: nfc($0.1)) }

    /// The tracks a plan draws its four to eight tracks from, in this order.
    static let tracks: [Track] = [
        Track(title: "Chuẩn bị các kỳ họp năm 2021", idPrefix: "KH"),
        Track(title: "Hoạt động giám sát, khảo sát", idPrefix: "GS"),
        Track(title: "Tiếp xúc cử tri, tiếp công dân và xử lý đơn thư", idPrefix: "DT"),
        Track(title: "Thẩm tra báo cáo, đề án, dự thảo nghị quyết", idPrefix: "TT"),
        Track(title: "Công tác tổ chức, hành chính, quản trị", idPrefix: "HC"),
        Track(title: "Thông tin, tuyên truyền và chuyển đổi số", idPrefix: "TS"),
        Track(title: "Công tác thi đua, khen thưởng", idPrefix: "TD"),
        Track(title: "Nhiệm vụ thường xuyên", idPrefix: "TX"),
    ].map { Track(title: nfc($0.title), idPrefix: $0.idPrefix) }

    /// How a title starts: what is to be done.
    static let verbs = nfcAll([
        "Tham mưu", "Xây dựng", "Tổ chức", "Chuẩn bị", "Tổng hợp", "Theo dõi", "Rà soát", "Hoàn thiện",
        "Triển khai", "Phối hợp xây dựng", "Báo cáo", "Kiểm tra", "Giám sát", "Thẩm tra", "Dự thảo",
        "Hướng dẫn", "Đôn đốc thực hiện", "Tiếp nhận", "Cập nhật", "Lập", "Trình", "Đánh giá", "Sơ kết",
        "Tổng kết", "Khảo sát", "Góp ý", "Biên soạn", "Thực hiện", "Bố trí", "Gửi",
    ])

    /// What the work is about.
    static let objects = nfcAll([
        "báo cáo kết quả giám sát", "kế hoạch tổ chức kỳ họp thường lệ", "nội dung, chương trình kỳ họp",
        "dự thảo nghị quyết", "hồ sơ trình kỳ họp", "ý kiến, kiến nghị của cử tri", "đơn thư khiếu nại, tố cáo",
        "chương trình giám sát", "báo cáo thẩm tra", "tài liệu phục vụ đại biểu", "lịch tiếp công dân định kỳ",
        "quy chế làm việc", "cơ sở vật chất, hậu cần", "kinh phí hoạt động", "dự toán ngân sách",
        "hội nghị tiếp xúc cử tri", "văn bản quy phạm pháp luật", "chuyên mục trên cổng thông tin điện tử",
        "hồ sơ lưu trữ", "phiên họp chuyên đề", "báo cáo tình hình kinh tế - xã hội",
        "kế hoạch đầu tư công trung hạn", "danh mục dự án đầu tư", "chế độ, chính sách cho đại biểu",
        "hồ sơ đề nghị khen thưởng", "phần mềm quản lý văn bản", "chương trình công tác năm",
        "biên bản phiên họp", "thông báo kết luận", "đề cương báo cáo", "câu hỏi chất vấn",
    ])

    /// What narrows the work down: a policy, a body, a field.
    static let qualifiers = nfcAll([
        "việc thực hiện chính sách hỗ trợ người dân", "về phát triển nông nghiệp bền vững",
        "về phòng, chống dịch COVID-19", "đối với các sở, ngành", "của Thường trực HĐND tỉnh",
        "của các Ban HĐND tỉnh", "về đầu tư xây dựng cơ bản", "về giáo dục và đào tạo", "về an toàn giao thông",
        "về quản lý, sử dụng đất đai", "về cải cách hành chính", "về bảo vệ môi trường",
        "về xây dựng nông thôn mới", "về chuyển đổi số", "về giảm nghèo bền vững", "về y tế cơ sở",
        "về quản lý, bảo vệ rừng", "về phát triển du lịch", "của Tổ đại biểu",
    ])

    /// Where the work happens.
    static let places = nfcAll([
        "tại huyện Đắk Glong", "tại huyện Cư Jút", "tại huyện Krông Nô", "tại thành phố Gia Nghĩa",
        "tại huyện Đắk Mil", "tại huyện Đắk Song", "tại huyện Tuy Đức", "trên địa bàn tỉnh",
        "ở các xã vùng sâu, vùng xa", "tại các cơ sở giáo dục",
    ])

    /// When the work is due or what period it covers.
    static let periods = nfcAll([
        "năm 2021", "quý I", "quý II", "quý III", "quý IV năm 2021", "6 tháng đầu năm",
        "giai đoạn 2021 - 2025", "nhiệm kỳ 2021 - 2026", "tháng 7", "trước kỳ họp cuối năm", "đợt 1", "đợt 2",
    ])

    /// Short endings that lengthen a title that came out too short.
    static let fillers = nfcAll(["năm 2021", "đợt 2", "theo kế hoạch", "kịp thời", "đúng hạn"])

    /// Lines of the notes under some tasks.
    static let notes = nfcAll([
        "Đã nhận báo cáo của 9/10 Tổ đại biểu.", "Còn thiếu ý kiến của Sở Tài chính.",
        "Chờ Thường trực HĐND tỉnh cho ý kiến trước khi trình.", "Đã gửi văn bản đôn đốc lần 2.",
        "Cần bố trí thêm kinh phí theo dự toán bổ sung.", "Liên hệ đồng chí phụ trách để thống nhất lịch.",
        "Tài liệu đã chuyển cho đại biểu qua hệ thống điện tử.", "Đề nghị lùi thời hạn do ảnh hưởng của dịch bệnh.",
    ])

    /// A paragraph of free text under the plan's title.
    static let preamble = nfc(
        "Kế hoạch này được tạo tự động để đo hiệu năng của Workplan; nội dung chỉ mang tính minh họa.")

    /// The precomposed (NFC) form of a text.
    private static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// The NFC form of each text.
    private static func nfcAll(_ texts: [String]) -> [String] {
        texts.map(nfc)
    }
}
