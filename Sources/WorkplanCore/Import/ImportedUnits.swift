/// The units a table names, matched to the codes the office has declared and given codes when
/// they are new. A name matches a unit written in full ("Văn phòng HĐND tỉnh"), by its code
/// ("TH"), without the body it belongs to ("Ban Kinh tế - Ngân sách" for "Ban Kinh tế - Ngân
/// sách HĐND tỉnh"), or abbreviated as offices do ("Ban KT-NS"), with or without diacritics.
struct ImportedUnits {
    /// A unit: its code and its name.
    struct Unit: Equatable, Sendable {
        let code: String
        let name: String
    }

    /// The units known before the import, then those the import added, in order.
    private(set) var units: [Unit]
    /// How many of `units` were known before the import.
    let knownCount: Int
    /// The rows each new unit was first met on.
    private(set) var firstRows: [String: Int] = [:]
    private var byKey: [String: String] = [:]

    /// The units added by the import, with the row each was first met on.
    var added: [(unit: Unit, row: Int)] {
        units[knownCount...].map { ($0, firstRows[$0.code] ?? 0) }
    }

    init(known: [Unit]) {
        units = []
        knownCount = known.count
        for unit in known where !byKey.keys.contains(Self.foldedCode(unit.code)) { register(unit) }
        units = known
    }

    /// The codes found for each cell's text already read: a table names the same units on many rows.
    private var cellCodes: [String: [String]] = [:]

    /// The codes of a cell's units, separated by commas, semicolons or lines; a part that does not
    /// begin like a unit's name ("Thể thao và Du lịch" after "Sở Văn hóa") belongs to the one before.
    mutating func codes(in cell: String, row: Int) -> [String] {
        if let known = cellCodes[cell] { return known }
        let codes = readCodes(in: cell, row: row)
        cellCodes[cell] = codes
        return codes
    }

    private mutating func readCodes(in cell: String, row: Int) -> [String] {
        var names: [String] = []
        for part in cell.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isNewline }).map({ $0.trimmed }) where !part.isEmpty {
            let bare = part.hasPrefix("-") || part.hasPrefix("+") ? part.dropFirst().trimmed : part
            if let last = names.last, lookup(bare) == nil, lookup(last) == nil, !Self.startsLikeUnit(bare) {
                names[names.count - 1] = last + ", " + bare
            } else {
                names.append(bare)
            }
        }
        var codes: [String] = []
        for name in names where !name.isEmpty {
            let code = lookup(name) ?? add(name, row: row)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// The code of a known unit that a name stands for. Initials are compared only for a name
    /// that is abbreviated (has a word in capitals): two names in full never match by initials.
    func lookup(_ name: String) -> String? {
        if let code = byKey[Self.foldedCode(name)] { return code }
        let abbreviated = name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { word in
            let letters = word.filter(\.isLetter)
            return letters.count > 1 && letters.allSatisfy(\.isUppercase)
        }
        for key in Self.keys(of: name) where abbreviated || key.hasPrefix("=") {
            if let code = byKey[key] { return code }
        }
        return nil
    }

    /// Adds a unit under a new code: its initials without the body it belongs to (`Sở Tư pháp`
    /// → `STP`), else with it (`Văn phòng UBND tỉnh` → `VPUBNDT` when `VP` is taken), else
    /// the first with a number after it that is free.
    private mutating func add(_ name: String, row: Int) -> String {
        let keys = byKey
        let known = units
        let taken = { (code: String) in
            keys[Self.foldedCode(code)] != nil || known.contains { $0.code.lowercased() == code.lowercased() }
        }
        let stem = Self.proposedCode(name)
        var code = taken(stem) ? Self.proposedCode(name, keepingBody: true) : stem
        var number = 2
        while taken(code) {
            code = stem + String(number)
            number += 1
        }
        let unit = Unit(code: code, name: name)
        register(unit)
        units.append(unit)
        firstRows[code] = row
        return code
    }

    private mutating func register(_ unit: Unit) {
        byKey[Self.foldedCode(unit.code)] = unit.code
        for key in Self.keys(of: unit.name) where byKey[key] == nil { byKey[key] = unit.code }
    }

    private static func foldedCode(_ code: String) -> String {
        "#" + TextFolding.fold(code).filter { $0.isLetter || $0.isNumber }
    }

    /// The words that name the body a unit belongs to, left out when names are compared.
    private static let bodyWords: Set<String> = ["hdnd", "tinh", "thanh", "pho", "ubnd", "cua"]

    /// The forms a name is looked up by: its folded words, the same without the body it belongs
    /// to, and the initials of both (each abbreviation's letters counted as initials).
    static func keys(of name: String) -> [String] {
        let words = TableColumns.key(name).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var trimmed = words
        while trimmed.count > 1, let last = trimmed.last, bodyWords.contains(last) { trimmed.removeLast() }
        var keys = ["=" + words.joined(separator: " "), "=" + trimmed.joined(separator: " ")]
        keys.append("^" + initials(of: name, keepingBody: true))
        keys.append("^" + initials(of: name, keepingBody: false))
        return keys.filter { $0.count > 2 }
    }

    /// The initials of a name: one letter a word, every letter of a word written in capitals
    /// (`HĐND`, `KT-NS`), "và" and the like left out; without the body's words at its end unless
    /// asked. `Ban KT-NS` and `Ban Kinh tế - Ngân sách` both give `bktns`.
    private static func initials(of name: String, keepingBody: Bool) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "," || $0 == "(" || $0 == ")" })
            .map(String.init)
        if !keepingBody {
            while words.count > 1, let last = words.last, bodyWords.contains(TableColumns.key(last)) { words.removeLast() }
        }
        var result = ""
        for word in words {
            let folded = TableColumns.key(word)
            guard !folded.isEmpty, !["va", "cac", "voi"].contains(folded) else { continue }
            let letters = word.filter(\.isLetter)
            if letters.count > 1, letters.allSatisfy(\.isUppercase) {
                result += folded.filter(\.isLetter)
            } else if let first = folded.first {
                result.append(first)
            }
        }
        return result
    }

    /// A code for a new unit: its initials in capitals (`Sở Giáo dục và Đào tạo` → `SGDĐT` is
    /// written `SGDDT`), at most 8 letters.
    static func proposedCode(_ name: String, keepingBody: Bool = false) -> String {
        let code = String(initials(of: name, keepingBody: keepingBody).uppercased().prefix(8))
        return code.isEmpty ? "DV" : code
    }

    /// The first words of unit names: a part of a cell that starts with none of them continues
    /// the name before it.
    private static let unitHeads: Set<String> = [
        "so", "ban", "phong", "van", "uy", "ubnd", "hdnd", "cong", "thuong", "toa", "vien", "cuc", "chi", "doan", "hoi",
        "mat", "mttq", "trung", "dai", "bao", "huyen", "thanh", "thi", "xa", "cac", "to", "bo", "lien", "kho", "ngan",
        "tinh", "dang", "quan", "bch", "kiem", "hoc", "truong", "benh", "nha", "chinh", "lanh", "tong",
    ]

    private static func startsLikeUnit(_ part: String) -> Bool {
        guard let first = TableColumns.key(part).split(separator: " ").first else { return false }
        if let letters = part.split(separator: " ").first, letters.count > 1, letters.filter(\.isLetter).allSatisfy(\.isUppercase) {
            return true
        }
        return unitHeads.contains(String(first))
    }
}
