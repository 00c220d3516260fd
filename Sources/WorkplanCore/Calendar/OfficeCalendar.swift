import Synchronization

/// The office's working days: Monday to Friday, less the public holidays of the Labour Code
/// (2019, art. 112) and the days the government announces each year, plus the weekend days it
/// announces as make-up working days.
///
/// The rules, for a year without an announcement: 1/1; Tết Nguyên Đán, the last day of the
/// lunar year and the first four of the next; Giỗ Tổ Hùng Vương on 10/3 of the lunar calendar;
/// 30/4; 1/5; 2/9 and 3/9. A holiday that falls on a Saturday or Sunday is made up on the next
/// working day (nghỉ bù). An announced Tết is taken as announced, weekends and all.
public struct OfficeCalendar: Sendable {
    /// The announcements by year.
    public let announced: [Int: AnnouncedYear]
    /// How a deadline on a day off is counted.
    public let deadlineOnDayOff: DeadlineOnDayOff
    /// Each year's table of days, made once when first needed (a report asks about many days).
    private let tables = YearTables()

    /// A calendar with these announcements (the built-in ones by default), counting deadlines
    /// as written unless told otherwise.
    public init(announced: [Int: AnnouncedYear] = AnnouncedYear.builtIn, deadlineOnDayOff: DeadlineOnDayOff = .asWritten) {
        self.announced = announced
        self.deadlineOnDayOff = deadlineOnDayOff
    }

    /// The deadline a due date makes: the day itself, or, when the office counts deadlines
    /// on days off at the next working day, that day.
    public func deadline(for due: PlanDate) -> PlanDate {
        deadlineOnDayOff == .nextWorkingDay ? workingDay(onOrAfter: due) : due
    }

    /// `deadline(for:)` on day numbers, for the tree and the filters, which keep them.
    func deadline(forDay due: Int) -> Int {
        guard deadlineOnDayOff == .nextWorkingDay, let date = PlanDate(dayNumber: due) else { return due }
        return deadline(for: date).dayNumber
    }

    /// The days off of a year beyond plain weekends, and its make-up working days, in date
    /// order. Weekend days that are part of a holiday (of Tết, or a holiday falling on one)
    /// are listed too, with their holiday.
    public func daysOff(in year: Int) -> [DayOff] {
        let announcement = announced[year]
        var days: [DayOff] = []
        func add(_ date: PlanDate?, _ reason: DayOff.Reason) {
            if let date { days.append(DayOff(date: date, reason: reason)) }
        }
        add(PlanDate(year: year, month: 1, day: 1), .newYear)
        let tet = announcement?.lunarNewYear ?? Self.ruleTet(of: year)
        for date in tet { add(date, .lunarNewYear) }
        add(LunarCalendar.solar(of: LunarDate(day: 10, month: 3, year: year)), .hungKings)
        add(PlanDate(year: year, month: 4, day: 30), .reunification)
        add(PlanDate(year: year, month: 5, day: 1), .labourDay)
        add(PlanDate(year: year, month: 9, day: 2), .nationalDay)
        add(announcement?.nationalDayCompanion ?? PlanDate(year: year, month: 9, day: 3), .nationalDay)
        var off = Set(days.map(\.date.dayNumber))
        for extra in announcement?.extraDaysOff ?? [] where off.insert(extra.date.dayNumber).inserted {
            days.append(extra)
        }
        let makeUp = Set((announcement?.makeUpWorkdays ?? []).map(\.dayNumber))
        let announcedTet = Set(announcement?.lunarNewYear?.map(\.dayNumber) ?? [])
        if let announcedCompensation = announcement?.compensationDays {
            for day in announcedCompensation where off.insert(day.date.dayNumber).inserted { days.append(day) }
        }
        for holiday in days.sorted(by: { $0.date < $1.date })
        where announcement?.compensationDays == nil && Self.isWeekend(holiday.date)
            && !announcedTet.contains(holiday.date.dayNumber) && holiday.reason != .announced {
            var candidate = holiday.date.dayNumber + 1
            while off.contains(candidate) || (Self.isWeekend(dayNumber: candidate) && !makeUp.contains(candidate)) { candidate += 1 }
            off.insert(candidate)
            if let date = PlanDate(dayNumber: candidate) {
                days.append(DayOff(date: date, reason: .compensation, compensates: holiday.date))
            }
        }
        for date in announcement?.makeUpWorkdays ?? [] { add(date, .makeUpWorkday) }
        return days.sorted { ($0.date, $0.reason == .compensation ? 1 : 0) < ($1.date, $1.reason == .compensation ? 1 : 0) }
    }

    /// True for a day the office works.
    public func isWorkingDay(_ date: PlanDate) -> Bool {
        table(for: date.year).isWorkingDay(date.dayNumber)
    }

    /// The working day `count` working days after `date` (Civil Code art. 147: the count starts
    /// on the next day); `date` itself for 0. Negative counts go back.
    public func adding(workingDays count: Int, to date: PlanDate) -> PlanDate? {
        var day = date.dayNumber
        var left = abs(count)
        let step = count < 0 ? -1 : 1
        while left > 0 {
            day += step
            guard let current = PlanDate(dayNumber: day) else { return nil }
            if table(for: current.year).isWorkingDay(day) { left -= 1 }
        }
        return PlanDate(dayNumber: day)
    }

    /// How many working days lie after `start` up to and including `end` (0 when `end` is not
    /// after `start`): the days overdue on `end` of a task due on `start`, in working days. Read
    /// from each year's running count, so that a report over many overdue tasks stays quick.
    public func workingDays(after start: PlanDate, through end: PlanDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        for year in start.year...end.year {
            let table = table(for: year)
            count += year == end.year ? table.workingDays(through: end.dayNumber) : table.workingDaysInYear
            if year == start.year { count -= table.workingDays(through: start.dayNumber) }
        }
        return count
    }

    /// The date itself when it is a working day, else the next working day (Civil Code art. 148:
    /// a period whose last day is a day off ends on the next working day).
    public func workingDay(onOrAfter date: PlanDate) -> PlanDate {
        isWorkingDay(date) ? date : adding(workingDays: 1, to: date) ?? date
    }

    /// True for a Saturday or a Sunday.
    public static func isWeekend(_ date: PlanDate) -> Bool {
        isWeekend(dayNumber: date.dayNumber)
    }

    /// The day of the week, 1 for Monday … 7 for Sunday.
    public static func weekday(_ date: PlanDate) -> Int {
        ((date.dayNumber + 3) % 7 + 7) % 7 + 1
    }

    /// The weekday's name: `thứ Hai` … `Chủ nhật`; `Monday` … `Sunday`.
    public static func weekdayName(_ date: PlanDate, _ language: Language) -> String {
        let vi = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let index = weekday(date) - 1
        return language.pick(vi: vi[index], en: en[index])
    }

    private static func isWeekend(dayNumber: Int) -> Bool {
        ((dayNumber + 3) % 7 + 7) % 7 >= 5
    }

    /// Tết by the rule: the last day of the lunar year and the first four of the next.
    private static func ruleTet(of year: Int) -> [PlanDate] {
        guard let newYear = LunarCalendar.solar(of: LunarDate(day: 1, month: 1, year: year)) else { return [] }
        return (-1...3).compactMap { newYear.adding(days: $0) }
    }

    /// A year's days off and make-up days, to look days up, with the running count of its
    /// working days.
    private struct YearTable: Sendable {
        /// The day number of 1 January.
        let first: Int
        /// `running[i]`: the working days among the year's first `i` days.
        let running: [Int32]

        init(year: Int, off: Set<Int>, worked: Set<Int>) {
            let first = PlanDate(year: year, month: 1, day: 1)?.dayNumber ?? 0
            let last = PlanDate(year: year, month: 12, day: 31)?.dayNumber ?? first
            self.first = first
            var running: [Int32] = [0]
            running.reserveCapacity(last - first + 2)
            for day in first...max(first, last) {
                let isWorking = worked.contains(day) || (!OfficeCalendar.isWeekend(dayNumber: day) && !off.contains(day))
                running.append((running.last ?? 0) + (isWorking ? 1 : 0))
            }
            self.running = running
        }

        /// True when `day`, a day of this year, is a working day.
        func isWorkingDay(_ day: Int) -> Bool {
            workingDays(through: day) != workingDays(through: day - 1)
        }

        /// The working days of the year up to and including `day`, a day of this year.
        func workingDays(through day: Int) -> Int {
            Int(running[min(max(day - first + 1, 0), running.count - 1)])
        }

        /// The working days of the whole year.
        var workingDaysInYear: Int { Int(running.last ?? 0) }
    }

    private func table(for year: Int) -> YearTable {
        if let known = tables.table(for: year) { return known }
        let days = daysOff(in: year)
        let made = YearTable(year: year, off: Set(days.filter(\.isOff).map(\.date.dayNumber)),
                             worked: Set(days.filter { !$0.isOff }.map(\.date.dayNumber)))
        tables.keep(made, for: year)
        return made
    }

    /// The year tables made so far, shared by copies of the calendar and safe across threads.
    private final class YearTables: Sendable {
        private let made = Mutex<[Int: YearTable]>([:])

        func table(for year: Int) -> YearTable? {
            made.withLock { $0[year] }
        }

        func keep(_ table: YearTable, for year: Int) {
            made.withLock { $0[year] = table }
        }
    }
}
