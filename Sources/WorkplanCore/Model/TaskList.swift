/// The tasks of a plan in file order, each decoded from its line when it is read.
public struct TaskList: RandomAccessCollection, Sendable {
    let slots: [TaskSlot]
    let text: PlanText

    /// The first index, 0.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { slots.count }

    /// The task at an index.
    public subscript(position: Int) -> PlanTask {
        let slot = slots[position]
        return PlanTask(slot: slot, content: text.content(Int(slot.line)))
    }
}
