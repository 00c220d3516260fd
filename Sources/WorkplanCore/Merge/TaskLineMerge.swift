/// The three-way merge of one task's line, part by part: the status mark, the title and each
/// field key. A part changed on one side takes that change; changed alike on both, it is taken
/// once; changed differently on both, it is a conflict of that part only, and the line is given
/// twice, each with one side's value of the conflicting parts and the merged value of the rest.
enum TaskLineMerge {
    enum Outcome: Equatable {
        case merged([UInt8])
        /// The line with ours' values of the conflicting parts, with theirs', and the parts
        /// (`status`, `title`, or a field's key).
        case conflict(ours: [UInt8], theirs: [UInt8], parts: [String])
    }

    /// Merges lines given without their indentation.
    static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) -> Outcome {
        if ours == theirs || theirs == base { return .merged(ours) }
        if ours == base { return .merged(theirs) }
        let strings = [base, ours, theirs].map { String(decoding: $0, as: UTF8.self) }
        guard let was = TaskLineParts(strings[0]), let mine = TaskLineParts(strings[1]),
              let other = TaskLineParts(strings[2]), let syntax = TaskLineSyntax(base[...]) else {
            return .conflict(ours: ours, theirs: theirs, parts: ["line"])
        }
        var conflicts: [String] = []
        var oursFields = was.fields
        var theirsFields = was.fields
        let mark = part("status", was.mark, mine.mark, other.mark, &conflicts)
        let title = part("title", was.title, mine.title, other.title, &conflicts)
        let before = was.valuesByKey, oursNow = mine.valuesByKey, theirsNow = other.valuesByKey
        // Keys new on both sides come after the base's, the side whose line sorts first first,
        // so that the merge does not depend on which side is ours.
        let (first, second) = ours.lexicographicallyPrecedes(theirs) ? (mine, other) : (other, mine)
        var seen = Set<String>()
        for key in (was.fields + first.fields + second.fields).map(\.key) where seen.insert(key).inserted {
            var values = part(key, before[key] ?? [], oursNow[key] ?? [], theirsNow[key] ?? [], &conflicts)
            // An id each side gave a task that had none: the one that sorts first, no conflict
            // (the merge renumbers whatever else it then makes twice).
            if key == Field.Key.id, before[key] == nil, values.ours != values.theirs, conflicts.last == key {
                conflicts.removeLast()
                let first = values.ours.lexicographicallyPrecedes(values.theirs) ? values.ours : values.theirs
                values = (first, first)
            }
            guard values.ours != before[key] ?? [] || values.theirs != before[key] ?? [] else { continue }
            oursFields = TaskLineParts.fields(oursFields, setting: key, to: values.ours)
            theirsFields = TaskLineParts.fields(theirsFields, setting: key, to: values.theirs)
        }
        let line = { (mark: String, title: [UInt8], fields: [Field]) in
            TaskLineSyntax.composed(base[...], syntax: syntax, mark: Array(mark.utf8), title: title,
                                    fields: fields, oldFields: was.fields)
        }
        let oursLine = line(mark.ours, title.ours, oursFields)
        guard !conflicts.isEmpty else { return .merged(oursLine) }
        return .conflict(ours: oursLine, theirs: line(mark.theirs, title.theirs, theirsFields), parts: conflicts)
    }

    /// One part merged: the same value twice when it merges, each side's when it conflicts.
    private static func part<Value: Equatable>(_ name: String, _ base: Value, _ ours: Value, _ theirs: Value,
                                               _ conflicts: inout [String]) -> (ours: Value, theirs: Value) {
        if ours == theirs || theirs == base { return (ours, ours) }
        if ours == base { return (theirs, theirs) }
        conflicts.append(name)
        return (ours, theirs)
    }
}
