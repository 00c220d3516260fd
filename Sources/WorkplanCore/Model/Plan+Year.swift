extension Plan {
    /// The year the plan is for, so that dates and periods follow the plan rather than today:
    /// the year its title names (`Kế hoạch công tác năm 2021`: the first number from 1900 to
    /// 2100 in the title), else the year most of its due dates fall in (the earliest such year
    /// on a tie), else nil.
    public var year: Int? {
        if let title, let named = Self.firstYear(in: title) { return named }
        var counts: [Int: Int] = [:]
        for slot in slots {
            guard let due = slot.dueDate else { continue }
            counts[due.year, default: 0] += 1
        }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    /// The day a month, quarter or year named without a date is taken around (`--period year`):
    /// `day` itself when it falls in the plan's year or the plan has none, else the nearest day
    /// of the plan's year. So `--period year` on the 2021 plan reports 2021, whenever it is run.
    public func periodReference(near day: PlanDate) -> PlanDate {
        guard let year, year != day.year else { return day }
        let edge = day.year > year ? PlanDate(year: year, month: 12, day: 31) : PlanDate(year: year, month: 1, day: 1)
        return edge ?? day
    }

    /// The first whole number from 1900 to 2100 written in a text.
    private static func firstYear(in text: String) -> Int? {
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let number = Int(digits), (1900...2100).contains(number) { return number }
            digits = ""
        }
        return nil
    }
}
