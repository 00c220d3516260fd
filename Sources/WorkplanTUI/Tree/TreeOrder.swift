import WorkplanCore

/// The tasks the tree shows and their order: every task in file order, or, under a filter or
/// a sort, a list made once per change. Either way a task's shown subtree follows it, so
/// collapsing skips a run of positions and a window of rows is found without walking the plan.
struct TreeOrder: Sendable {
    /// The shown tasks by position, or nil for every task in file order.
    private var shown: [Int32]?
    /// True when `shown` is in file order: positions and subtrees are then found by binary
    /// search, with no table as long as the plan.
    private var inFileOrder = true
    /// For each position, how many shown tasks follow in its subtree (sorted orders only).
    private var shownDescendants: [Int32]
    /// For each task, its position, or -1 when it is not shown (sorted orders only).
    private var positions: [Int32]
    /// The positions of each track's tasks.
    private(set) var trackRanges: [Range<Int>]
    /// The number of shown tasks.
    private(set) var count: Int
    /// The tasks that passed the filter (the others are shown only as context for them);
    /// nil when there is no filter.
    private var matched: [Bool]?
    /// How many tasks passed the filter (every task when there is none).
    private(set) var matchCount: Int

    /// Every task, in file order.
    init(fileOrderOf plan: Plan) {
        shown = nil
        shownDescendants = []
        positions = []
        trackRanges = plan.tracks.map(\.tasks)
        count = plan.taskCount
        matched = nil
        matchCount = plan.taskCount
    }

    /// The tasks that pass `include` and their ancestors, siblings sorted by due date when asked.
    init(plan: Plan, include: [Int]?, sortByDue: Bool) {
        var keep = [Bool](repeating: include == nil, count: plan.taskCount)
        var passed: [Bool]?
        if let include {
            var marks = [Bool](repeating: false, count: plan.taskCount)
            for task in include {
                marks[task] = true
                var current: Int? = task
                while let index = current, !keep[index] {
                    keep[index] = true
                    current = plan.parent(ofTask: index)
                }
            }
            passed = marks
        }
        var order: [Int32] = []
        order.reserveCapacity(include.map { min(plan.taskCount, $0.count * 4) } ?? plan.taskCount)
        var ranges: [Range<Int>] = []
        for track in plan.tracks {
            let start = order.count
            if sortByDue {
                TreeOrder.appendSorted(TreeOrder.topLevel(of: track, in: plan), plan: plan, keep: keep, into: &order)
            } else {
                for task in track.tasks where keep[task] { order.append(Int32(task)) }
            }
            ranges.append(start..<order.count)
        }
        let (positions, descendants) = sortByDue ? TreeOrder.index(sorted: order, plan: plan) : ([], [])
        self.shown = order
        self.inFileOrder = !sortByDue
        self.shownDescendants = descendants
        self.positions = positions
        self.trackRanges = ranges
        self.count = order.count
        self.matched = passed
        self.matchCount = include?.count ?? order.count
    }

    /// Each task's position and each position's shown descendants, for shown tasks in any
    /// preorder: each position adds up its shown children's subtrees.
    private static func index(sorted order: [Int32], plan: Plan) -> (positions: [Int32], descendants: [Int32]) {
        var positions = [Int32](repeating: -1, count: plan.taskCount)
        for (position, task) in order.enumerated() { positions[Int(task)] = Int32(position) }
        var descendants = [Int32](repeating: 0, count: order.count)
        for position in order.indices.reversed() {
            var total: Int32 = 0
            var next = position + 1
            let task = Int(order[position])
            let end = task + plan.descendantCount(ofTask: task)
            while next < order.count, Int(order[next]) > task, Int(order[next]) <= end {
                total += 1 + descendants[next]
                next += 1 + Int(descendants[next])
            }
            descendants[position] = total
        }
        return (positions, descendants)
    }

    /// The task at a position.
    func task(at position: Int) -> Int {
        shown.map { Int($0[position]) } ?? position
    }

    /// A task's position, or nil when it is not shown.
    func position(of task: Int) -> Int? {
        guard let shown else { return task < count ? task : nil }
        guard inFileOrder else {
            let position = positions[task]
            return position < 0 ? nil : Int(position)
        }
        let position = TreeOrder.firstPosition(in: shown, from: task)
        return position < shown.count && Int(shown[position]) == task ? position : nil
    }

    /// How many shown tasks follow the task at a position in its subtree.
    func descendants(at position: Int, in plan: Plan) -> Int {
        guard let shown else { return plan.descendantCount(ofTask: position) }
        guard inFileOrder else { return Int(shownDescendants[position]) }
        let task = Int(shown[position])
        return TreeOrder.firstPosition(in: shown, from: task + plan.descendantCount(ofTask: task) + 1) - position - 1
    }

    /// The first position whose task is `task` or later, in shown tasks in file order.
    private static func firstPosition(in shown: [Int32], from task: Int) -> Int {
        var low = 0
        var high = shown.count
        while low < high {
            let middle = (low + high) / 2
            if Int(shown[middle]) < task { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// True when a task passed the filter, or when there is none; false for a task shown only
    /// because a subtask passed.
    func isMatch(_ task: Int) -> Bool {
        matched?[task] ?? true
    }

    /// The track a position is in (the ranges are contiguous and in order).
    func track(ofPosition position: Int) -> Int? {
        var low = 0
        var high = trackRanges.count
        while low < high {
            let middle = (low + high) / 2
            if trackRanges[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        return low < trackRanges.count && trackRanges[low].contains(position) ? low : nil
    }

    /// The indexes of a track's tasks at its top level.
    private static func topLevel(of track: Track, in plan: Plan) -> [Int] {
        var result: [Int] = []
        var task = track.tasks.lowerBound
        while task < track.tasks.upperBound {
            result.append(task)
            task += plan.descendantCount(ofTask: task) + 1
        }
        return result
    }

    /// Appends the kept tasks of these siblings and their subtrees, in preorder, siblings by
    /// due date. (In file order the kept tasks are already in preorder: no walk is needed.)
    private static func appendSorted(_ siblings: [Int], plan: Plan, keep: [Bool], into order: inout [Int32]) {
        var stack: [[Int]] = [byDue(siblings.filter { keep[$0] }, plan: plan).reversed()]
        while var top = stack.popLast() {
            guard let task = top.popLast() else { continue }
            stack.append(top)
            order.append(Int32(task))
            if plan.hasChildren(task) {
                let children = plan.children(of: task).filter { keep[$0] }
                if !children.isEmpty { stack.append(byDue(children, plan: plan).reversed()) }
            }
        }
    }

    /// Tasks by due date (those without one last), file order among equals.
    private static func byDue(_ tasks: [Int], plan: Plan) -> [Int] {
        tasks.sorted { left, right in
            let leftDue = plan.dueDate(ofTask: left)
            let rightDue = plan.dueDate(ofTask: right)
            switch (leftDue, rightDue) {
            case let (l?, r?): return l == r ? left < right : l < r
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return left < right
            }
        }
    }
}
