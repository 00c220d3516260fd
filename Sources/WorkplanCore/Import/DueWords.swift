/// The time a plan table gives a task, as offices write it, turned into a due date: a real date
/// ("30/6/2021", an Excel date), "Trước 30/6/2021", "Quý II/2021", "Tháng 6/2021", "Tháng 5, 6
/// năm 2021", "6 tháng đầu năm 2021", "Năm 2021". The words are kept beside the date (`due-words:`)
/// unless they were the date alone; recurring times ("Thường xuyên", "Hằng tháng", "Định kỳ",
/// "Theo yêu cầu") become a tag. When several times are named, the task is due at the latest.
struct DueWords: Equatable, Sendable {
    /// The due date found.
    var due: PlanDate?
    /// The words as the table wrote them, when they say more than the date.
    var words: String?
    /// A recurring time, as a tag.
    var tag: String?

    /// True when there were words and neither a date nor a recurring time could be read in them.
    var isUnreadable: Bool { due == nil && tag == nil && words != nil }

    /// The times that recur rather than fall due, folded.
    private static let recurring = ["thuong xuyen", "hang thang", "hang quy", "hang tuan", "hang nam", "hang ngay",
                                    "hang ky", "dinh ky", "theo yeu cau", "khi co yeu cau", "theo chi dao",
                                    "theo ke hoach", "ca nam", "quanh nam"]

    /// Reads a cell; `year` is the table's year, for times written without one ("Quý II").
    init(cell: ImportTable.Cell, year: Int?) {
        if let serial = cell.number, let day = Self.excelDate(serial) {
            due = day
            return
        }
        let text = cell.text.split(whereSeparator: \.isNewline).map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
        guard !text.isEmpty else { return }
        if let day = PlanDate(written: text) {
            due = day
            return
        }
        words = text
        let folded = TableColumns.key(text)
        if let phrase = Self.recurring.first(where: { (" " + folded + " ").contains(" " + $0 + " ") }) {
            tag = Self.originalWords(of: phrase, in: text)
        }
        due = Self.dates(in: folded, year: year).max()
    }

    /// The day of an Excel date serial (days since 1899-12-30), for the years a plan can have.
    static func excelDate(_ serial: Double) -> PlanDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let day = PlanDate(dayNumber: Int(serial.rounded(.down)) - 25_569)
        return day.flatMap { (1950...2200).contains($0.year) ? $0 : nil }
    }

    /// The words of the text that a folded phrase came from: "Thường xuyên" for `thuong xuyen`.
    private static func originalWords(of phrase: String, in text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "(" || $0 == ")" })
        let count = phrase.split(separator: " ").count
        guard words.count >= count else { return phrase }
        for start in 0...(words.count - count) {
            let run = words[start..<(start + count)].joined(separator: " ")
            if TableColumns.key(run) == phrase { return run }
        }
        return phrase
    }

    /// Every time named in folded words, each as the day it ends.
    static func dates(in folded: String, year: Int?) -> [PlanDate] {
        var found: [PlanDate] = []
        var rest = folded
        // Whole dates first, taken out so that their numbers are not read again.
        for match in rest.matches(of: /(\d{1,2}) (\d{1,2}) (\d{4})/) {
            if let day = Int(match.1), let month = Int(match.2), let year = Int(match.3),
               let date = PlanDate(year: year, month: month, day: day) { found.append(date) }
        }
        for match in rest.matches(of: /(\d{4}) (\d{1,2}) (\d{1,2})/) {
            if let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
               let date = PlanDate(year: year, month: month, day: day) { found.append(date) }
        }
        rest.replace(/\d{1,2} \d{1,2} \d{4}|\d{4} \d{1,2} \d{1,2}/, with: " ")
        // "6 tháng đầu năm 2021", "9 tháng đầu năm", "6 tháng cuối năm".
        for match in rest.matches(of: /(\d{1,2}) thang (dau|cuoi) nam(?: (\d{4}))?/) {
            guard let months = Int(match.1), (1...12).contains(months), let year = match.3.flatMap({ Int($0) }) ?? year else { continue }
            let month = match.2 == "dau" ? months : 12
            found.append(contentsOf: Self.lastDay(year: year, month: month))
        }
        rest.replace(/\d{1,2} thang (dau|cuoi) nam( \d{4})?/, with: " ")
        // "Quý II/2021", "Quý I, II năm 2021", "quý 3".
        for match in rest.matches(of: /quy ((?:(?:[ivx]+|[1-4])(?= |$)(?: va | )?)+)(?:nam )?(\d{4})?/) {
            let quarters = match.1.split(separator: " ").compactMap { Self.quarter(String($0)) }
            guard let quarter = quarters.max(), let year = match.2.flatMap({ Int($0) }) ?? year else { continue }
            found.append(contentsOf: Self.lastDay(year: year, month: quarter * 3))
        }
        rest.replace(/quy ((?:(?:[ivx]+|[1-4])(?= |$)(?: va | )?)+)(?:nam )?(\d{4})?/, with: " ")
        // "Tháng 6/2021", "Tháng 5, 6 năm 2021", "tháng 12".
        for match in rest.matches(of: /thang ((?:\d{1,2}(?= |$)(?: va | )?)+)(?:nam )?(\d{4})?/) {
            let months = match.1.split(separator: " ").compactMap { Int($0) }.filter { (1...12).contains($0) }
            guard let month = months.max(), let year = match.2.flatMap({ Int($0) }) ?? year else { continue }
            found.append(contentsOf: Self.lastDay(year: year, month: month))
        }
        rest.replace(/thang ((?:\d{1,2}(?= |$)(?: va | )?)+)(?:nam )?(\d{4})?/, with: " ")
        // "6/2021" (a month), "30/6" (a day of the table's year), "năm 2021", "2021".
        for match in rest.matches(of: /(?:^| )(\d{1,2}) (\d{4})(?: |$)/) {
            if let month = Int(match.1), (1...12).contains(month), let year = Int(match.2) {
                found.append(contentsOf: Self.lastDay(year: year, month: month))
            }
        }
        rest.replace(/(?:^| )\d{1,2} \d{4}(?: |$)/, with: " ")
        if let year {
            for match in rest.matches(of: /(?:^| )(\d{1,2}) (\d{1,2})(?: |$)/) {
                if let day = Int(match.1), let month = Int(match.2), let date = PlanDate(year: year, month: month, day: day) {
                    found.append(date)
                }
            }
            rest.replace(/(?:^| )\d{1,2} \d{1,2}(?: |$)/, with: " ")
        }
        for match in rest.matches(of: /(?:^| )(\d{4})(?: |$)/) {
            if let year = Int(match.1), (1950...2200).contains(year) { found.append(contentsOf: Self.lastDay(year: year, month: 12)) }
        }
        return found
    }

    private static func quarter(_ word: String) -> Int? {
        switch word {
        case "i", "1": 1
        case "ii", "2": 2
        case "iii", "3": 3
        case "iv", "4": 4
        default: nil
        }
    }

    /// The last day of a month, as a list of one day (none for a year no plan has).
    private static func lastDay(year: Int, month: Int) -> [PlanDate] {
        guard (1950...2200).contains(year) else { return [] }
        return PlanDate(year: year, month: month, day: PlanDate.daysIn(month: month, year: year)).map { [$0] } ?? []
    }
}
