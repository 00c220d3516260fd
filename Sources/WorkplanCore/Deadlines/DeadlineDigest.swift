/// What needs chasing on a day: the tasks overdue and those due within a few working days,
/// grouped by the person who follows them or by their lead unit, as `workplan agenda` prints
/// them for pasting into a message, and as the interface's first screen sums them up.
public struct DeadlineDigest: Sendable {
    /// One task to chase.
    public struct Item: Sendable, Equatable {
        /// The task's index in the plan.
        public let task: Int
        /// Its due date, as written.
        public let due: PlanDate
        /// The deadline it makes: the due date, or the next working day when the plan counts a
        /// deadline on a day off so.
        public let deadline: PlanDate
        /// How long overdue; nil when it is due soon.
        public let overdue: OverdueAge?
        /// Working days left until its due date, when it is due soon.
        public let workingDaysLeft: Int?
    }

    /// One group: a person or a unit (nil code: the tasks without one), its tasks overdue first
    /// (the longest overdue first), then due soon (the nearest first).
    public struct Group: Sendable, Equatable {
        /// The handle or unit code; nil for the tasks without one.
        public let code: String?
        /// The declared name, if any.
        public let name: String?
        /// The tasks.
        public let items: [Item]
    }

    /// The day.
    public let day: PlanDate
    /// How many working days ahead count as soon.
    public let workingDays: Int
    /// What the tasks are grouped by; nil when only the counts are wanted.
    public let grouping: TaskGrouping?
    /// The groups, declared persons or units first in their order, then undeclared codes as met,
    /// then the tasks without one; only groups with a task.
    public let groups: [Group]
    /// How many tasks are overdue, each counted once.
    public let overdueCount: Int
    /// How many tasks are due soon, each counted once.
    public let dueSoonCount: Int

    /// The digest of `tasks` (by default every task) of a plan on `day`, with `rule` telling
    /// what is soon, grouped as asked (nil: no groups, only the counts, as a one-line summary
    /// needs).
    public init(plan: Plan, on day: PlanDate, rule: DueSoonRule, grouping: TaskGrouping?, tasks: [Int]? = nil) {
        self.day = day
        self.grouping = grouping
        workingDays = rule.workingDays
        var overdue: [Item] = []
        var soon: [Item] = []
        for index in tasks ?? Array(0..<plan.taskCount) {
            guard let due = plan.dueDate(ofTask: index), let deadline = plan.deadline(ofTask: index) else { continue }
            if plan.deadlineState(ofTask: index, on: day) == .overdue {
                overdue.append(Item(task: index, due: due, deadline: deadline, overdue: OverdueAge(due: deadline, on: day, calendar: plan.calendar),
                                    workingDaysLeft: nil))
            } else if plan.isDueSoon(index, on: day, rule: rule) {
                soon.append(Item(task: index, due: due, deadline: deadline, overdue: nil,
                                 workingDaysLeft: plan.calendar.workingDays(after: day, through: deadline)))
            }
        }
        overdueCount = overdue.count
        dueSoonCount = soon.count
        let ordered = overdue.sorted { ($0.deadline, $0.task) < ($1.deadline, $1.task) } + soon.sorted { ($0.deadline, $0.task) < ($1.deadline, $1.task) }
        groups = grouping.map { Self.grouped(ordered, plan: plan, grouping: $0) } ?? []
    }

    /// True when nothing is overdue or due soon.
    public var isEmpty: Bool { overdueCount == 0 && dueSoonCount == 0 }

    private static func grouped(_ items: [Item], plan: Plan, grouping: TaskGrouping) -> [Group] {
        let declared: [(code: String, name: String?)] = switch grouping {
        case .person: plan.persons.map { ($0.handle, $0.name) }
        case .unit: plan.units.map { ($0.code, $0.name) }
        }
        var order: [String] = []
        var byCode: [String: [Item]] = [:]
        var without: [Item] = []
        for item in items {
            let task = plan.tasks[item.task]
            let codes = switch grouping {
            case .person: task.persons
            case .unit: task.lead.map { [$0] } ?? []
            }
            if codes.isEmpty { without.append(item) }
            var seen = Set<String>()
            for code in codes where seen.insert(code).inserted {
                if byCode[code] == nil { order.append(code) }
                byCode[code, default: []].append(item)
            }
        }
        var groups: [Group] = []
        var taken = Set<String>()
        for (code, name) in declared {
            guard let items = byCode[code], taken.insert(code).inserted else { continue }
            groups.append(Group(code: code, name: name, items: items))
        }
        for code in order where !taken.contains(code) {
            groups.append(Group(code: code, name: nil, items: byCode[code] ?? []))
        }
        if !without.isEmpty { groups.append(Group(code: nil, name: nil, items: without)) }
        return groups
    }
}
