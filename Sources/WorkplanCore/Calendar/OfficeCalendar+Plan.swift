extension OfficeCalendar {
    /// The calendar a plan's days-off section makes: the built-in announcements with the days
    /// it writes laid over them, and its deadline rule; a line that cannot be read is a problem
    /// and counts for nothing. `lines` are the section's lines with their place (from 0).
    static func reading(_ lines: [(line: Int, text: String)]) -> (calendar: OfficeCalendar, problems: [Problem]) {
        guard !lines.isEmpty else { return (OfficeCalendar(), []) }
        var written: [(day: PlanDate, kind: OfficeDayKind, name: String)] = []
        var problems: [Problem] = []
        var rule = DeadlineOnDayOff.asWritten
        for (line, text) in lines {
            switch OfficeDayLine.read(text) {
            case nil: continue
            case let .failure(fault):
                problems.append(Problem(line: line + 1, column: fault.column, kind: .calendarLine(fault.kind)))
            case let .success(.deadlineRule(chosen)):
                rule = chosen
            case let .success(.days(first, last, kind, name)):
                var day = first
                while day <= last {
                    written.append((day, kind, name))
                    guard let next = day.adding(days: 1) else { break }
                    day = next
                }
            }
        }
        return (OfficeCalendar(announced: AnnouncedYear.merging(written), deadlineOnDayOff: rule), problems)
    }

    /// The calendar of the plan in these file bytes, read from its days-off section alone,
    /// without reading its tasks: what `workplan calendar` needs, quick on any plan.
    public static func reading(planBytes: [UInt8]) -> OfficeCalendar {
        reading(DeclarationScan(PlanText(bytes: planBytes)).calendarLines).calendar
    }
}
