/// A JSON value built in memory and written by hand, two spaces per level, members in the
/// order given (a report is small, so it is built whole before it is written).
indirect enum ReportJSONValue {
    /// Members in order.
    case object([(String, ReportJSONValue)])
    /// Values in order.
    case array([ReportJSONValue])
    /// A string, escaped when written.
    case string(String)
    /// A number, as written.
    case number(String)
    /// `true` or `false`.
    case bool(Bool)

    /// A whole number.
    static func int(_ value: Int) -> ReportJSONValue { .number(String(value)) }

    /// The value as JSON text, ending with a newline.
    var text: String {
        var out = JSONOutput()
        write(into: &out, indent: "")
        out.raw("\n")
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private func write(into out: inout JSONOutput, indent: String) {
        let inner = indent + "  "
        switch self {
        case let .object(members):
            guard !members.isEmpty else { return out.raw("{}") }
            out.raw("{\n")
            for (position, (key, value)) in members.enumerated() {
                out.raw(inner)
                out.string(key)
                out.raw(": ")
                value.write(into: &out, indent: inner)
                out.raw(position == members.count - 1 ? "\n" : ",\n")
            }
            out.raw(indent + "}")
        case let .array(values):
            guard !values.isEmpty else { return out.raw("[]") }
            out.raw("[\n")
            for (position, value) in values.enumerated() {
                out.raw(inner)
                value.write(into: &out, indent: inner)
                out.raw(position == values.count - 1 ? "\n" : ",\n")
            }
            out.raw(indent + "]")
        case let .string(text): out.string(text)
        case let .number(text): out.raw(text)
        case let .bool(value): out.raw(value ? "true" : "false")
        }
    }
}
