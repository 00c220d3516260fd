/// What the government announced for one year's days off, beyond the Labour Code's rules:
/// which days Tết takes, which day goes with 2/9, the days added to join a holiday to a
/// weekend, and the weekend days worked to make them up. A year with no announcement follows
/// the rules alone (`OfficeCalendar`).
public struct AnnouncedYear: Sendable {
    /// The year.
    public let year: Int
    /// The days off of Tết Nguyên Đán, weekends among them included; nil to follow the rule.
    public let lunarNewYear: [PlanDate]?
    /// The day off that goes with 2/9 (1/9 or 3/9); nil to follow the rule (3/9).
    public let nationalDayCompanion: PlanDate?
    /// Days off added for the year (reason `.announced`, with the office's name for them when
    /// it wrote one).
    public let extraDaysOff: [DayOff]
    /// The compensatory days off (nghỉ bù) as announced, in place of those the rule gives for a
    /// holiday on a weekend; nil to follow the rule.
    public let compensationDays: [DayOff]?
    /// Saturdays or Sundays worked to make up added days.
    public let makeUpWorkdays: [PlanDate]
    /// Who announced it, to cite, in Vietnamese and in English.
    public let source: (vi: String, en: String)

    /// An announcement.
    public init(year: Int, lunarNewYear: [PlanDate]?, nationalDayCompanion: PlanDate?, extraDaysOff: [DayOff] = [],
                compensationDays: [DayOff]? = nil, makeUpWorkdays: [PlanDate] = [], source: (vi: String, en: String)) {
        self.year = year
        self.lunarNewYear = lunarNewYear
        self.nationalDayCompanion = nationalDayCompanion
        self.extraDaysOff = extraDaysOff
        self.compensationDays = compensationDays
        self.makeUpWorkdays = makeUpWorkdays
        self.source = source
    }

    /// The announcements Workplan knows: 2021, the plan's year. For 2021 civil servants had Tết
    /// from Wednesday 10/02 to Tuesday 16/02 and 2/9 with 3/9; 1/5 fell on a Saturday and was
    /// made up on Monday 3/5 by the rule.
    public static let builtIn: [Int: AnnouncedYear] = {
        let days = { (iso: [String]) in iso.compactMap { PlanDate(iso: $0) } }
        let year2021 = AnnouncedYear(
            year: 2021,
            lunarNewYear: days(["2021-02-10", "2021-02-11", "2021-02-12", "2021-02-13", "2021-02-14", "2021-02-15", "2021-02-16"]),
            nationalDayCompanion: PlanDate(iso: "2021-09-03"),
            source: (vi: "lịch nghỉ lễ, Tết năm 2021 của cán bộ, công chức, viên chức do Bộ Lao động - Thương binh và Xã hội thông báo",
                     en: "the 2021 holidays of civil servants as announced by the Ministry of Labour, Invalids and Social Affairs"))
        return [2021: year2021]
    }()

    /// The announcements of `builtIn` with the days the office wrote in its plan laid over
    /// them, year by year: Tết days written for a year replace that year's Tết, a National Day
    /// other than 2/9 its companion, compensatory days those of the rule; other days off and
    /// make-up working days are added.
    static func merging(_ written: [(day: PlanDate, kind: OfficeDayKind, name: String)],
                        over base: [Int: AnnouncedYear] = builtIn) -> [Int: AnnouncedYear] {
        var result = base
        for (year, days) in Dictionary(grouping: written, by: \.day.year) {
            let known = base[year]
            let of = { (kind: OfficeDayKind) in days.filter { $0.kind == kind }.map(\.day) }
            let tet = of(.lunarNewYear)
            let companion = of(.nationalDay).first { !($0.month == 9 && $0.day == 2) }
            let compensation = days.filter { $0.kind == .compensation }.map { DayOff(date: $0.day, reason: .compensation, name: $0.name) }
            let extras = days.filter { $0.kind == .dayOff }.map { DayOff(date: $0.day, reason: .announced, name: $0.name) }
            let written = (vi: "các ngày ghi trong mục Lịch nghỉ của kế hoạch", en: "the days written in the plan's Days off section")
            result[year] = AnnouncedYear(
                year: year,
                lunarNewYear: tet.isEmpty ? known?.lunarNewYear : tet,
                nationalDayCompanion: companion ?? known?.nationalDayCompanion,
                extraDaysOff: (known?.extraDaysOff ?? []) + extras,
                compensationDays: compensation.isEmpty ? known?.compensationDays : compensation,
                makeUpWorkdays: (known?.makeUpWorkdays ?? []) + of(.makeUpWorkday),
                source: known.map { (vi: $0.source.vi + " và " + written.vi, en: $0.source.en + " and " + written.en) } ?? written)
        }
        return result
    }
}
