/// The parts of a task line that the report reads beyond the plan's index: its id, lead,
/// persons, title, the day it was done, its progress and its counted result. Read from the line's
/// bytes in one walk over its fields, without decoding the whole task (a report of 100,000
/// tasks reads them all); the first valid value of each key counts, as elsewhere.
struct ReportFields {
    /// The first `id:` value, as written.
    private(set) var id: ArraySlice<UInt8>?
    /// The first `lead:` value, as written.
    private(set) var lead: ArraySlice<UInt8>?
    /// The handles of every `person:`, as written, in order.
    private(set) var persons: [ArraySlice<UInt8>] = []
    /// The first valid `done:` day.
    private(set) var done: PlanDate?
    /// The first valid `progress:`.
    private(set) var progress: Progress?
    /// The counted result, when the line has a valid `received:`, `eligible:` or `handled:`.
    private(set) var counted: CountedResult?
    /// The title's bytes, as written.
    private let titleBytes: ArraySlice<UInt8>

    /// Reads the fields of a plan's task.
    init(plan: Plan, index: Int) {
        let slot = plan.slots[index]
        let content = plan.text.content(Int(slot.line))
        let base = content.startIndex
        titleBytes = content[(base + Int(slot.titleStart))..<(base + Int(slot.titleEnd))]
        var tokens = FieldRun(content[(base + Int(slot.fieldsStart))..<(base + Int(slot.fieldsEnd))])
        var received: Int?
        var eligible: Int?
        var handled: Int?
        var unit: String?
        while let token = tokens.next() {
            let key = token.key
            if key.elementsEqual(Self.idKey) {
                id = id ?? token.value
            } else if key.elementsEqual(Self.leadKey) {
                lead = lead ?? token.value
            } else if key.elementsEqual(Self.personKey) {
                persons += token.value.split(separator: UInt8(ascii: ","))
            } else if key.elementsEqual(Self.doneKey) {
                done = done ?? PlanDate(isoBytes: token.value)
            } else if key.elementsEqual(Self.progressKey) {
                progress = progress ?? Progress(bytes: token.value)
            } else if let count = CountKey(bytes: key) {
                switch count {
                case .received: received = received ?? WholeNumber.read(token.value)
                case .eligible: eligible = eligible ?? WholeNumber.read(token.value)
                case .handled: handled = handled ?? WholeNumber.read(token.value)
                }
            } else if key.elementsEqual(Self.unitKey) {
                unit = unit ?? CountedResult.unitWord(token.value)
            }
        }
        counted = CountedResult(received: received, eligible: eligible, handled: handled, unit: unit)
    }

    /// The keys read, as bytes: compared byte to byte with each field's key, which a string's
    /// UTF-8 view would make slow over a large plan.
    private static let idKey = Array(Field.Key.id.utf8)
    private static let leadKey = Array(Field.Key.lead.utf8)
    private static let personKey = Array(Field.Key.person.utf8)
    private static let doneKey = Array(Field.Key.done.utf8)
    private static let progressKey = Array(Field.Key.progress.utf8)
    private static let unitKey = Array(CountedResult.unitKey.utf8)

    /// The title as the user reads it (`\:` shown as `:`).
    var title: String { TaskTitle.unescape(titleBytes) }

    /// The id as text, if any.
    var idText: String? { id.map { String(decoding: $0, as: UTF8.self) } }

    /// The lead unit's code as text, if any.
    var leadText: String? { lead.map { String(decoding: $0, as: UTF8.self) } }
}
