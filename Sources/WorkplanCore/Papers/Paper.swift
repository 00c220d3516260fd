/// One of the office's papers as Decree 30/2020/NĐ-CP lays it out, before it is written in any
/// file format: the header (issuer, number, national title, place and date), the kind and
/// subject, the body, the closing block, and for a plan the appendix table.
public struct Paper: Sendable, Equatable {
    /// What kind of paper it is.
    public enum Kind: Sendable, Equatable {
        /// A plan (kế hoạch).
        case plan
        /// A report (báo cáo).
        case report
        /// A meeting's minutes (biên bản).
        case minutes

        /// The kind as the paper's title prints it.
        public var title: String {
            switch self {
            case .plan: "KẾ HOẠCH"
            case .report: "BÁO CÁO"
            case .minutes: "BIÊN BẢN"
            }
        }

        /// The kind's abbreviation in the paper's number: `KH`, `BC`, `BB`.
        public var abbreviation: String {
            switch self {
            case .plan: "KH"
            case .report: "BC"
            case .minutes: "BB"
            }
        }
    }

    /// One block of the body, in reading order.
    public enum Block: Sendable, Equatable {
        /// A numbered section's heading, bold capitals at the margin: `I. MỤC ĐÍCH, YÊU CẦU`.
        case section(String)
        /// A numbered heading within a section, bold: `1. Chuẩn bị các kỳ họp`.
        case heading(String)
        /// A paragraph, justified, its first line indented.
        case paragraph(String)
        /// A paragraph that starts with a label in bold: `Thời gian bắt đầu: 08 giờ 00 phút …`.
        case labelled(label: String, text: String)
        /// An item of a list, `- text`, `level` steps further in.
        case item(String, level: Int)
        /// A line set apart, centred in italics: the closing line of minutes.
        case closingLine(String)
    }

    /// One row of a table.
    public struct Row: Sendable, Equatable {
        /// The cells' texts, a cell's lines separated by newlines.
        public var cells: [String]
        /// True for a group row (a track: `I`, its title across the other cells), in bold.
        public var isGroup: Bool
    }

    /// A table: its columns' titles and widths, and its rows.
    public struct Table: Sendable, Equatable {
        /// The columns' titles, in the header row, which repeats on every page.
        public var columns: [String]
        /// Each column's share of the table's width, in any unit.
        public var weights: [Int]
        /// The rows under the header.
        public var rows: [Row]
    }

    /// A plan's appendix: its title, the line naming the plan it goes with, and its task table.
    public struct Appendix: Sendable, Equatable {
        /// `PHỤ LỤC` and what it lists.
        public var title: [String]
        /// `(Kèm theo Kế hoạch số 05/KH-VP ngày 24/12/2020 của Văn phòng)`.
        public var reference: String
        /// The table.
        public var table: Table
    }

    /// How the paper closes.
    public enum Closing: Sendable, Equatable {
        /// The recipients on the left; the signer's authority, title and name on the right.
        case signer(recipients: [String], authority: String?, title: String?, name: String?)
        /// Minutes: the secretary on the left and the chair on the right, each with a name, then
        /// the recipients.
        case secretaryAndChair(secretary: String?, chair: String?, recipients: [String])
    }

    /// The kind.
    public var kind: Kind
    /// Who issues it.
    public var identity: OfficeIdentity
    /// Its number, when the records clerk has given one; left blank otherwise.
    public var number: Int?
    /// The day in the header's place-and-date line; nil for minutes, whose template has none.
    public var date: PlanDate?
    /// The subject under the kind, in bold.
    public var subject: [String]
    /// The body.
    public var body: [Block]
    /// The closing block.
    public var closing: Closing
    /// The appendix of a plan.
    public var appendix: Appendix?

    /// `Số: 05/KH-VP`: the number with a leading zero below 10, the kind and the office's
    /// abbreviation; blank before the number where there is none yet.
    public var numberLine: String {
        let number = self.number.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "      "
        let office = identity.abbreviation.map { "-" + $0 } ?? ""
        return "Số: \(number)/\(kind.abbreviation)\(office)"
    }

    /// `Quảng Nam, ngày 24 tháng 12 năm 2020`, as the decree writes a date: days below 10 and the
    /// months January and February with a leading zero.
    public static func placeAndDate(_ place: String?, _ date: PlanDate) -> String {
        let words = dateInWords(date)
        return place.map { "\($0), \(words)" } ?? words.prefix(1).uppercased() + words.dropFirst()
    }

    /// `ngày 05 tháng 02 năm 2021`.
    public static func dateInWords(_ date: PlanDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 3 ? "0\(date.month)" : "\(date.month)"
        return "ngày \(day) tháng \(month) năm \(date.year)"
    }
}
