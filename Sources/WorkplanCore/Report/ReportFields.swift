/// The parts of a task line that the report reads beyond the plan's index: its id, lead,
/// persons, title, the day it was done, its progress and its counted result. Read from the line's
/// bytes in one walk over its fields, without decoding the whole task (a report of 100,000
/// tasks reads them all); the first valid value of each key counts, as elsewhere. The texts are
/// kept as places in the plan's store, so that several threads can read one plan's tasks at
/// once without counting references to its bytes.
struct ReportFields {
    /// Where the first `id:` value lies in the store.
    private(set) var id: Range<Int>?
    /// Where the first `lead:` value lies.
    private(set) var lead: Range<Int>?
    /// Where the handle of every `person:` lies, in order.
    private(set) var persons: [Range<Int>] = []
    /// The first valid `done:` day.
    private(set) var done: PlanDate?
    /// The first valid `progress:`.
    private(set) var progress: Progress?
    /// The counted result, when the line has a valid `received:`, `eligible:` or `handled:`.
    private(set) var counted: CountedResult?
    /// Where the title lies, as written.
    private let titleBytes: Range<Int>

    /// Reads the fields of a plan's task from the plan's store, seen as a buffer.
    init(plan: borrowing Plan, index: Int, store: UnsafeBufferPointer<UInt8>) {
        let slot = plan.slots[index]
        let span = plan.text.spans[Int(slot.line)]
        let base = Int(span.start)
        titleBytes = (base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))
        var tokens = FieldRun(store[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        var received: Int?
        var eligible: Int?
        var handled: Int?
        var unit: String?
        while let token = tokens.next() {
            let value = token.value
            switch FieldKeyBytes.kind(of: token.key) {
            case .id: id = id ?? value.startIndex..<value.endIndex
            case .lead: lead = lead ?? value.startIndex..<value.endIndex
            case .person: persons += Self.codes(in: value)
            case .done: done = done ?? PlanDate(isoBytes: value)
            case .progress: progress = progress ?? Progress(bytes: value)
            case .other:
                if let count = CountKey(bytes: token.key) {
                    switch count {
                    case .received: received = received ?? WholeNumber.read(value)
                    case .eligible: eligible = eligible ?? WholeNumber.read(value)
                    case .handled: handled = handled ?? WholeNumber.read(value)
                    }
                } else if token.key.elementsEqual(CountedResult.unitKey.utf8) {
                    unit = unit ?? CountedResult.unitWord(value)
                }
            case .with, .due, .start: break
            }
        }
        counted = CountedResult(received: received, eligible: eligible, handled: handled, unit: unit)
    }

    /// The places of the comma-separated codes of a value, the empty ones left out.
    private static func codes(in value: Slice<UnsafeBufferPointer<UInt8>>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = value.startIndex
        for index in value.startIndex..<value.endIndex where value[index] == 44 {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        if value.endIndex > start { result.append(start..<value.endIndex) }
        return result
    }

    /// The title as the user reads it (`\:` shown as `:`).
    func title(in store: UnsafeBufferPointer<UInt8>) -> String { TaskTitle.unescape(store[titleBytes]) }

    /// The id as text, if any.
    func idText(in store: UnsafeBufferPointer<UInt8>) -> String? {
        id.map { String(decoding: store[$0], as: UTF8.self) }
    }

    /// The lead unit's code as text, if any.
    func leadText(in store: UnsafeBufferPointer<UInt8>) -> String? {
        lead.map { String(decoding: store[$0], as: UTF8.self) }
    }
}
