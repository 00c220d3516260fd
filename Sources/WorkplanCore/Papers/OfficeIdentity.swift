/// Who issues the office's papers, as their header and signature block print it: written once in
/// the plan's `## Cơ quan` section, so that every officer who prints from the plan prints the same
/// header, and laid over by an officer's own config file where it names a value.
///
/// ```
/// ## Cơ quan
/// - cấp trên: HĐND TỈNH QUẢNG NAM
/// - cơ quan: VĂN PHÒNG
/// - viết tắt: VP
/// - địa danh: Quảng Nam
/// - thẩm quyền: TM. VĂN PHÒNG
/// - chức vụ: CHÁNH VĂN PHÒNG
/// - người ký: Nguyễn Văn Hùng
/// - nơi nhận: Thường trực HĐND tỉnh; Các Ban HĐND tỉnh; Lãnh đạo Văn phòng
/// - số tiếp theo: 5
/// ```
public struct OfficeIdentity: Sendable, Equatable {
    /// The superior body, as the header's first line: `HĐND TỈNH QUẢNG NAM`.
    public var superior: String?
    /// The issuing office, in bold under it: `VĂN PHÒNG`.
    public var office: String?
    /// The office's abbreviation in a paper's number and filing line: `VP` (`Số: 05/KH-VP`).
    public var abbreviation: String?
    /// The place in the date line: `Quảng Nam`.
    public var place: String?
    /// The signer's authority over the title, when the signer signs for a body: `TM. VĂN PHÒNG`.
    public var authority: String?
    /// The signer's title: `CHÁNH VĂN PHÒNG`.
    public var signerTitle: String?
    /// The signer's name.
    public var signer: String?
    /// The recipients, in order, without the filing line (`Lưu: VT, VP.`), which every paper gets.
    public var recipients: [String] = []
    /// The number the next paper takes, until the records clerk gives another.
    public var nextNumber: Int?

    /// An identity with nothing set: a paper then leaves those places blank to be written by hand.
    public init() {}

    /// The identity with each value `other` sets put in place of this one's.
    public func overlaid(with other: OfficeIdentity) -> OfficeIdentity {
        var result = self
        result.superior = other.superior ?? superior
        result.office = other.office ?? office
        result.abbreviation = other.abbreviation ?? abbreviation
        result.place = other.place ?? place
        result.authority = other.authority ?? authority
        result.signerTitle = other.signerTitle ?? signerTitle
        result.signer = other.signer ?? signer
        result.recipients = other.recipients.isEmpty ? recipients : other.recipients
        result.nextNumber = other.nextNumber ?? nextNumber
        return result
    }

    /// The keys a line of the section may start with, in Vietnamese or English, each folded.
    enum Key: CaseIterable {
        case superior, office, abbreviation, place, authority, signerTitle, signer, recipients, nextNumber

        /// The words that name the key, folded (case and diacritics left out).
        var names: [String] {
            switch self {
            case .superior: ["cap tren", "co quan cap tren", "superior"]
            case .office: ["co quan", "ten co quan", "office", "name"]
            case .abbreviation: ["viet tat", "ky hieu", "abbreviation"]
            case .place: ["dia danh", "place"]
            case .authority: ["tham quyen", "authority"]
            case .signerTitle: ["chuc vu", "title"]
            case .signer: ["nguoi ky", "signer"]
            case .recipients: ["noi nhan", "recipients"]
            case .nextNumber: ["so tiep theo", "next number"]
            }
        }

        /// The key its words name, in any case, with or without diacritics.
        init?(words: String) {
            let folded = TextFolding.fold(TaskTitle.trimmed(words))
            guard let key = Key.allCases.first(where: { $0.names.contains(folded) }) else { return nil }
            self = key
        }
    }

    /// The identity the lines of an office section write, and a problem for each line it cannot
    /// read (at its line and column); a key written twice takes its last value.
    static func reading(_ lines: [(line: Int, text: String)]) -> (identity: OfficeIdentity, problems: [Problem]) {
        var identity = OfficeIdentity()
        var problems: [Problem] = []
        for (line, text) in lines {
            let start = text.prefix(while: { $0 == " " || $0 == "\t" })
            let rest = text.dropFirst(start.count)
            guard let bullet = rest.first, "-*+".contains(bullet) else {
                if !TaskTitle.trimmed(rest).isEmpty {
                    problems.append(Problem(line: line + 1, column: start.count + 1, kind: .officeLine(.notAnItem)))
                }
                continue
            }
            let item = rest.dropFirst()
            let column = start.count + 2 + item.prefix(while: { $0 == " " }).count
            guard let colon = item.firstIndex(of: ":") else {
                problems.append(Problem(line: line + 1, column: column, kind: .officeLine(.noColon)))
                continue
            }
            let words = String(item[..<colon])
            let value = TaskTitle.trimmed(String(item[item.index(after: colon)...]))
            guard let key = Key(words: words) else {
                problems.append(Problem(line: line + 1, column: column,
                                        kind: .officeLine(.unknownKey(TaskTitle.trimmed(words)))))
                continue
            }
            switch key {
            case .superior: identity.superior = value
            case .office: identity.office = value
            case .abbreviation: identity.abbreviation = value
            case .place: identity.place = value
            case .authority: identity.authority = value
            case .signerTitle: identity.signerTitle = value
            case .signer: identity.signer = value
            case .recipients:
                identity.recipients = value.split(separator: ";").map { TaskTitle.trimmed(String($0)) }.filter { !$0.isEmpty }
            case .nextNumber:
                guard let number = Int(value), number > 0, number < 100_000 else {
                    problems.append(Problem(line: line + 1, column: column, kind: .officeLine(.badNumber(value))))
                    continue
                }
                identity.nextNumber = number
            }
        }
        return (identity, problems)
    }
}

/// What is wrong with a line of the office section.
public enum OfficeLineFault: Hashable, Sendable {
    /// A line that is not an item `- key: value`.
    case notAnItem
    /// An item without a colon.
    case noColon
    /// A key that is not one of the section's.
    case unknownKey(String)
    /// A next number that is not a whole number from 1.
    case badNumber(String)

    /// The message, in the language asked for.
    func message(_ language: Language) -> String {
        let keys = "cấp trên, cơ quan, viết tắt, địa danh, thẩm quyền, chức vụ, người ký, nơi nhận, số tiếp theo"
        switch self {
        case .notAnItem:
            return language.pick(vi: "mục Cơ quan chỉ gồm các dòng \"- khóa: giá trị\"",
                                 en: "the office section holds only lines \"- key: value\"")
        case .noColon:
            return language.pick(vi: "dòng của mục Cơ quan thiếu dấu \":\" giữa khóa và giá trị",
                                 en: "a line of the office section needs \":\" between its key and its value")
        case let .unknownKey(key):
            return language.pick(vi: "mục Cơ quan không có khóa \"\(key)\"; dùng: \(keys)",
                                 en: "the office section has no key \"\(key)\"; use: superior, office, abbreviation, place, "
                                    + "authority, title, signer, recipients, next number")
        case let .badNumber(value):
            return language.pick(vi: "số tiếp theo \"\(value)\" phải là một số nguyên từ 1",
                                 en: "the next number \"\(value)\" must be a whole number from 1")
        }
    }
}

extension Plan {
    /// The office's identity as the plan's `## Cơ quan` section writes it (empty without one).
    public var office: OfficeIdentity {
        OfficeIdentity.reading(DeclarationScan(text).officeLines).identity
    }
}
