/// A group's tasks counted by the deadline grid: the four states, the tasks left out of it and
/// why, and the two rates superiors read out.
public struct DeadlineCounts: Sendable, Equatable {
    /// Done on or before the deadline.
    public var doneOnTime = 0
    /// Done after the deadline.
    public var doneLate = 0
    /// Open, deadline not passed.
    public var notYetDue = 0
    /// Open, deadline passed.
    public var overdue = 0
    /// Outside the grid: cancelled.
    public var cancelled = 0
    /// Outside the grid: postponed.
    public var postponed = 0
    /// Outside the grid: neither of those, and without a valid due date.
    public var noDeadline = 0
    /// Across the grid: the tasks whose deadline was extended in the span counted (được gia hạn).
    public var extended = 0

    /// Empty counts.
    public init() {}

    /// The tasks whose deadline has come: done (on time or late) or overdue.
    public var comeDue: Int { doneOnTime + doneLate + overdue }

    /// The tasks outside the grid.
    public var outside: Int { cancelled + postponed + noDeadline }

    /// Tỷ lệ hoàn thành nhiệm vụ đến hạn: the done among the tasks come due, in tenths of a
    /// percent; nil while no task has come due (a rate of nothing is not 0%).
    public var duePermille: Int? {
        comeDue > 0 ? Percent.permille(doneOnTime + doneLate, of: comeDue) : nil
    }

    /// The done on time among the tasks come due, in tenths of a percent; nil while none has.
    public var onTimePermille: Int? {
        comeDue > 0 ? Percent.permille(doneOnTime, of: comeDue) : nil
    }

    /// How many are in a state of the grid.
    public subscript(state: DeadlineState) -> Int {
        switch state {
        case .doneOnTime: doneOnTime
        case .doneLate: doneLate
        case .notYetDue: notYetDue
        case .overdue: overdue
        }
    }

    /// Counts one task: in its state of the grid, or outside it for its status.
    public mutating func count(_ state: DeadlineState?, status: TaskStatus?) {
        switch state {
        case .doneOnTime?: doneOnTime += 1
        case .doneLate?: doneLate += 1
        case .notYetDue?: notYetDue += 1
        case .overdue?: overdue += 1
        case nil:
            switch status {
            case .cancelled?: cancelled += 1
            case .postponed?: postponed += 1
            default: noDeadline += 1
            }
        }
    }

    /// The counts of two groups together.
    public static func + (lhs: DeadlineCounts, rhs: DeadlineCounts) -> DeadlineCounts {
        var sum = lhs
        sum.doneOnTime += rhs.doneOnTime
        sum.doneLate += rhs.doneLate
        sum.notYetDue += rhs.notYetDue
        sum.overdue += rhs.overdue
        sum.cancelled += rhs.cancelled
        sum.postponed += rhs.postponed
        sum.noDeadline += rhs.noDeadline
        sum.extended += rhs.extended
        return sum
    }
}
