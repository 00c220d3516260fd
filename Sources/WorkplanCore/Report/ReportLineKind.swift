extension ReportLine {
    /// What a line of the text report is.
    public enum Kind: Sendable, Equatable {
        /// The report's title: `BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH`.
        case title
        /// The plan's title, under the report's.
        case planTitle
        /// The period reported on: `Kỳ báo cáo: quý III/2021 (…)`.
        case period
        /// The day the report is made as of: `Tính đến ngày 29/10/2021`.
        case asOf
        /// A numbered section's heading: `I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ`.
        case section
        /// The heading of a group within a section.
        case group(Group)
        /// How many tasks of the group above stand where, with the share done in permille; the
        /// share is nil when the group has no task (the line then says so instead).
        case counts(donePermille: Int?)
        /// The same tasks by the deadline grid, with the rate of tasks come due in permille;
        /// nil while none has come due.
        case deadlines(duePermille: Int?)
        /// An item of a list, `level` steps further in than the list's first level.
        case item(Item, level: Int)
        /// A labelled value under a decision: its first line (`Kết luận, chỉ đạo: …`), or one of
        /// the further lines of a value written on several, when `continued`.
        case labelled(Label, continued: Bool)
        /// A sentence saying there is nothing to list: no meetings, no decisions, no open tasks.
        case note
        /// A blank line.
        case blank
    }

    /// What a group heading heads.
    public enum Group: Sendable, Equatable {
        /// A track of the plan.
        case track
        /// A meeting held in the report's span.
        case meeting
        /// The counts of the whole plan or of the period.
        case total
        /// The heading of the groups by lead unit.
        case units
        /// The heading of the groups by the persons who follow the tasks.
        case persons
    }

    /// What an item of a list is.
    public enum Item: Sendable, Equatable {
        /// A task's quantitative result.
        case result
        /// A lead unit's counts by the deadline grid.
        case unit
        /// A person's counts by the deadline grid.
        case person
        /// A task a meeting decided on.
        case decisionTask
        /// A task still open, carried over.
        case openTask
    }

    /// The label of a labelled value.
    public enum Label: Sendable, Equatable {
        /// The decision or direction given.
        case decision
        /// Who is responsible.
        case responsible
    }
}
