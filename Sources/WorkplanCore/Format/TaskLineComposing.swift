extension TaskLineSyntax {
    /// A task line with its status mark, title (as written, escapes included) and fields
    /// replaced where given: the indentation, the spacing between the parts and the trailing
    /// white space stay as they are; fields equal to `oldFields` keep their bytes.
    static func composed(_ content: ArraySlice<UInt8>, syntax: TaskLineSyntax, mark: [UInt8]?, title: [UInt8]?,
                         fields: [Field], oldFields: [Field]) -> [UInt8] {
        let base = content.startIndex
        var out = Array(content[base..<(base + syntax.markStart)])
        if let mark {
            out.append(contentsOf: mark)
        } else {
            out.append(contentsOf: content[(base + syntax.markStart)..<(base + syntax.markEnd)])
        }
        out.append(93)
        out.append(contentsOf: syntax.titleStart > syntax.markEnd + 1
            ? content[(base + syntax.markEnd + 1)..<(base + syntax.titleStart)] : [32])
        if let title {
            out.append(contentsOf: title)
        } else {
            out.append(contentsOf: content[(base + syntax.titleStart)..<(base + syntax.titleEnd)])
        }
        if fields == oldFields {
            let noGap = syntax.titleEnd == syntax.fieldsStart && syntax.fieldsStart < syntax.trailingStart
            if noGap, title?.isEmpty == false { out.append(contentsOf: [32, 32]) }
            out.append(contentsOf: content[(base + syntax.titleEnd)..<(base + syntax.trailingStart)])
        } else if !fields.isEmpty {
            let gap = content[(base + syntax.titleEnd)..<(base + syntax.fieldsStart)]
            out.append(contentsOf: gap.isEmpty ? [32, 32] : Array(gap))
            out.append(contentsOf: fields.map(\.token).joined(separator: " ").utf8)
        }
        out.append(contentsOf: content[(base + syntax.trailingStart)...])
        return out
    }
}
