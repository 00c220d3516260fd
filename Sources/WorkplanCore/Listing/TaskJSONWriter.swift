/// Writes tasks as a JSON array for programs, one object per task with its keys in
/// alphabetical order, streamed in chunks: a listing of 100,000 tasks never holds more than
/// a chunk of its text.
///
/// ```json
/// [
///   {
///     "depth": 1,
///     "due": "2021-07-05",
///     "fields": {},
///     "id": "KH1.2",
///     …
///     "with": ["TH"]
///   }
/// ]
/// ```
struct TaskJSONWriter {
    /// The day against which `overdue` is told.
    let today: PlanDate

    private static let chunkSize = 1 << 16

    /// Writes the tasks at `indexes` of `plan` to `sink`, ending with a newline.
    func write(_ indexes: [Int], of plan: Plan, to sink: ([UInt8]) -> Void) {
        guard !indexes.isEmpty else { return sink(Array("[]\n".utf8)) }
        var out = JSONOutput()
        out.raw("[\n")
        for (position, index) in indexes.enumerated() {
            object(TaskRecord(plan: plan, index: index, today: today), into: &out)
            out.raw(position == indexes.count - 1 ? "\n" : ",\n")
            if out.bytes.count >= TaskJSONWriter.chunkSize {
                sink(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        out.raw("]\n")
        sink(out.bytes)
    }

    private func object(_ record: TaskRecord, into out: inout JSONOutput) {
        var members = JSONMembers(indent: "    ")
        out.raw("  {\n")
        members.number("depth", record.depth, &out)
        members.string("done", record.done, &out)
        members.string("due", record.due, &out)
        if !record.entries.isEmpty { members.array("entries", record.entries, &out) }
        members.object("fields", record.fields, &out)
        members.string("id", record.id, &out)
        members.string("lead", record.lead, &out)
        members.number("line", record.line, &out)
        members.string("mark", record.mark, &out)
        members.string("note", record.note, &out)
        members.bool("overdue", record.overdue, &out)
        members.string("parent", record.parent, &out)
        members.string("progress", record.progress, &out)
        members.string("start", record.start, &out)
        members.string("status", record.status, &out)
        members.array("tags", record.tags, &out)
        members.string("title", record.title, &out)
        members.string("track", record.track, &out)
        members.array("with", record.with, &out)
        out.raw("\n  }")
    }
}

/// The members of one JSON object, written one per line; absent values are left out.
private struct JSONMembers {
    let indent: String
    private var first = true

    init(indent: String) {
        self.indent = indent
    }

    mutating func string(_ key: String, _ value: String?, _ out: inout JSONOutput) {
        guard let value else { return }
        start(key, &out)
        out.string(value)
    }

    mutating func number(_ key: String, _ value: Int, _ out: inout JSONOutput) {
        start(key, &out)
        out.raw(String(value))
    }

    mutating func bool(_ key: String, _ value: Bool, _ out: inout JSONOutput) {
        start(key, &out)
        out.raw(value ? "true" : "false")
    }

    mutating func array(_ key: String, _ values: [String], _ out: inout JSONOutput) {
        start(key, &out)
        out.raw("[")
        for (position, value) in values.enumerated() {
            if position > 0 { out.raw(", ") }
            out.string(value)
        }
        out.raw("]")
    }

    mutating func object(_ key: String, _ values: [String: String], _ out: inout JSONOutput) {
        start(key, &out)
        guard !values.isEmpty else { return out.raw("{}") }
        out.raw("{\n")
        for (position, (name, value)) in values.sorted(by: { $0.key < $1.key }).enumerated() {
            if position > 0 { out.raw(",\n") }
            out.raw(indent + "  ")
            out.string(name)
            out.raw(": ")
            out.string(value)
        }
        out.raw("\n" + indent + "}")
    }

    private mutating func start(_ key: String, _ out: inout JSONOutput) {
        if !first { out.raw(",\n") }
        first = false
        out.raw(indent)
        out.string(key)
        out.raw(": ")
    }
}

/// JSON text being written as UTF-8 bytes.
struct JSONOutput {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Appends text as it is.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends a JSON string: quotes, backslashes and control characters escaped, the rest
    /// (Vietnamese included) as UTF-8.
    mutating func string(_ text: String) {
        bytes.append(34)
        for byte in text.utf8 {
            switch byte {
            case 34: bytes.append(contentsOf: [92, 34])
            case 92: bytes.append(contentsOf: [92, 92])
            case 10: bytes.append(contentsOf: [92, 110])
            case 13: bytes.append(contentsOf: [92, 114])
            case 9: bytes.append(contentsOf: [92, 116])
            case 0..<32:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(34)
    }
}
