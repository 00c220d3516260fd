/// The fields an outline line shows, read from the bytes of a task's field run: the first
/// lead, the first valid start, due, done and progress (as everywhere: `FirstFields`); every
/// coordinating unit and every person following; the assigning document, the expected output
/// and the words the due date was given in; and, as written, every other field and every known field whose value
/// is not valid.
struct OutlineFields<Bytes: LineBytes> {
    /// The first `id:` value.
    var id: Bytes?
    /// The first `lead:` value.
    var lead: Bytes?
    /// The values of the `with:` fields, each a comma-separated list.
    var with: [Bytes] = []
    /// The values of the `person:` fields, each a comma-separated list.
    var persons: [Bytes] = []
    /// The first `doc:` (the assigning document), its first valid `doc-date:`, the first `product:`.
    var document: Bytes?
    var documentDate: PlanDate?
    var product: Bytes?
    /// The first `due-words:`: the words a table gave the due date in ("Quý_II/2021").
    var dueWords: Bytes?
    /// The first valid `start:`, `due:` and `done:` dates.
    var start: PlanDate?
    var due: PlanDate?
    var done: PlanDate?
    /// The first valid `progress:`.
    var progress: Progress?
    /// Every other field, and every known field whose value is not valid, as written.
    var others: [Bytes] = []

    /// Reads the fields of a run of `key:value` tokens.
    init(_ run: Bytes) {
        var seen: UInt8 = 0
        var tokens = FieldRun(run)
        while let token = tokens.next() {
            read(key: token.key, value: token.value, token: token.whole, &seen)
        }
    }

    private mutating func read(key: Bytes, value: Bytes, token: Bytes,
                               _ seen: inout UInt8) {
        let kind = FieldKeyBytes.kind(of: key)
        let bit: UInt8 = switch kind {
        case .id: 1
        case .lead: 2
        case .with: 4
        case .start: 8
        case .due: 16
        case .done: 32
        case .progress: 64
        case .person: 0
        case .other: 128
        }
        let first = seen & bit == 0
        switch kind {
        case .id:
            if first { id = value }
        case .lead:
            if first { lead = value }
        case .with:
            with.append(value)
        case .start, .due, .done:
            guard let date = PlanDate(isoBytes: value) else { others.append(token); return }
            guard first else { return }
            switch kind {
            case .start: start = date
            case .due: due = date
            default: done = date
            }
        case .progress:
            guard let parsed = Progress(bytes: value) else { others.append(token); return }
            if first { progress = parsed }
        case .person:
            persons.append(value)
        case .other:
            if key.elementsEqual(Field.Key.document.utf8), document == nil {
                document = value
            } else if key.elementsEqual(Field.Key.documentDate.utf8), documentDate == nil, let date = PlanDate(isoBytes: value) {
                documentDate = date
            } else if key.elementsEqual(Field.Key.product.utf8), product == nil {
                product = value
            } else if key.elementsEqual(Field.Key.dueWords.utf8), dueWords == nil {
                dueWords = value
            } else {
                others.append(token)
            }
        }
        seen |= bit
    }
}
