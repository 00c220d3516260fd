/// A JSON value written by hand, two spaces per level, members in the order given. The long
/// lists (every open task) are `each`: made one element at a time as they are written, and the
/// bytes handed on in chunks, so a report of a million tasks never holds its whole tree or its
/// whole text.
indirect enum ReportJSONValue {
    /// Members in order.
    case object([(String, ReportJSONValue)])
    /// Values in order.
    case array([ReportJSONValue])
    /// `count` values, each made when it is written.
    case each(Int, (Int) -> ReportJSONValue)
    /// A string, escaped when written.
    case string(String)
    /// A number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`: a value that does not exist, such as the rate of nothing.
    case null

    /// A whole number.
    static func int(_ value: Int) -> ReportJSONValue { .number(String(value)) }

    /// How many bytes are gathered before they are handed on.
    private static let chunkSize = 1 << 16

    /// Writes the value as JSON text, ending with a newline, to `sink` in chunks.
    func write(to sink: (String) -> Void) {
        var out = JSONOutput()
        write(into: &out, indent: "", sink: sink)
        out.raw("\n")
        sink(String(decoding: out.bytes, as: UTF8.self))
    }

    private func write(into out: inout JSONOutput, indent: String, sink: (String) -> Void) {
        let inner = indent + "  "
        switch self {
        case let .object(members):
            guard !members.isEmpty else { return out.raw("{}") }
            out.raw("{\n")
            for (position, (key, value)) in members.enumerated() {
                out.raw(inner)
                out.string(key)
                out.raw(": ")
                value.write(into: &out, indent: inner, sink: sink)
                out.raw(position == members.count - 1 ? "\n" : ",\n")
            }
            out.raw(indent + "}")
        case let .array(values):
            ReportJSONValue.each(values.count) { values[$0] }.write(into: &out, indent: indent, sink: sink)
        case let .each(count, element):
            guard count > 0 else { return out.raw("[]") }
            out.raw("[\n")
            for position in 0..<count {
                out.raw(inner)
                element(position).write(into: &out, indent: inner, sink: sink)
                out.raw(position == count - 1 ? "\n" : ",\n")
                if out.bytes.count >= Self.chunkSize {
                    sink(String(decoding: out.bytes, as: UTF8.self))
                    out.bytes.removeAll(keepingCapacity: true)
                }
            }
            out.raw(indent + "]")
        case let .string(text): out.string(text)
        case let .number(text): out.raw(text)
        case let .bool(value): out.raw(value ? "true" : "false")
        case .null: out.raw("null")
        }
    }
}
