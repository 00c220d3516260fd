/// The pieces of WordprocessingML a paper is made of, written as text: paragraphs and runs
/// with the decree's fonts and sizes, borderless layout tables and ruled data tables. Sizes are
/// in half-points (28 = 14 pt) and lengths in twentieths of a point (567 = 1 cm), as the format
/// counts them.
struct WordXML {
    /// The XML written so far.
    private(set) var text = ""

    /// How a paragraph is set.
    struct Paragraph {
        enum Alignment: String {
            case left, center, right, both
        }

        var alignment: Alignment = .both
        var size = 28
        var bold = false
        var italic = false
        /// The first line's indent.
        var firstLine = 0
        /// The whole paragraph's indent from the left and the right.
        var left = 0
        var right = 0
        /// Space before and after, in twentieths of a point.
        var before = 0
        var after = 120
        /// Kept on the page of the next paragraph (a heading, a signature's title).
        var keepNext = false
        /// A rule drawn above the paragraph (an empty paragraph with one is the decree's short rule).
        var ruleAbove = false
    }

    /// The characters XML cannot hold as they are, written as entities; control characters
    /// other than tab are left out (XML 1.0 cannot carry them at all).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (scalar.value >= 0xFFFE && scalar.value <= 0xFFFF) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A paragraph of one run; a newline in `words` breaks the line within it.
    mutating func paragraph(_ words: String, _ style: Paragraph) {
        paragraph(style) { xml in xml.run(words, style) }
    }

    /// A paragraph whose runs `body` writes.
    mutating func paragraph(_ style: Paragraph, _ body: (inout WordXML) -> Void) {
        text += "<w:p><w:pPr>"
        if style.keepNext { text += "<w:keepNext/>" }
        if style.ruleAbove { text += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" }
        text += "<w:spacing w:before=\"\(style.before)\" w:after=\"\(style.after)\" w:line=\"276\" w:lineRule=\"auto\"/>"
        if style.firstLine != 0 || style.left != 0 || style.right != 0 {
            text += "<w:ind w:left=\"\(style.left)\" w:right=\"\(style.right)\" w:firstLine=\"\(style.firstLine)\"/>"
        }
        text += "<w:jc w:val=\"\(style.alignment.rawValue)\"/>"
        text += "<w:rPr>\(Self.runProperties(style))</w:rPr></w:pPr>"
        body(&self)
        text += "</w:p>"
    }

    /// A run of words in a paragraph's font, bold or italic as `style` says.
    mutating func run(_ words: String, _ style: Paragraph) {
        text += "<w:r><w:rPr>\(Self.runProperties(style))</w:rPr>"
        for (index, line) in words.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { text += "<w:br/>" }
            text += "<w:t xml:space=\"preserve\">\(Self.escaped(String(line)))</w:t>"
        }
        text += "</w:r>"
    }

    /// An empty paragraph with a short rule: `width` twentieths of a point, centred in `space`.
    mutating func rule(width: Int, in space: Int) {
        let side = max(0, (space - width) / 2)
        paragraph("", Paragraph(alignment: .center, size: 4, left: side, right: side, after: 0, ruleAbove: true))
    }

    /// A page break.
    mutating func pageBreak() {
        text += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
    }

    /// A table without borders that lays out columns of paragraphs side by side: the header's
    /// two columns, the signatures. `columns` gives each column's width and writes its cell.
    mutating func layoutTable(_ columns: [(width: Int, cell: (inout WordXML) -> Void)]) {
        text += "<w:tbl><w:tblPr><w:tblW w:w=\"\(columns.reduce(0) { $0 + $1.width })\" w:type=\"dxa\"/>"
        text += "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { text += "<w:\(side) w:val=\"nil\"/>" }
        text += "</w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
        text += "</w:tblCellMar></w:tblPr><w:tblGrid>"
        for column in columns { text += "<w:gridCol w:w=\"\(column.width)\"/>" }
        text += "</w:tblGrid><w:tr>"
        for column in columns {
            text += "<w:tc><w:tcPr><w:tcW w:w=\"\(column.width)\" w:type=\"dxa\"/></w:tcPr>"
            let before = text.utf8.count
            column.cell(&self)
            // A cell must end with a paragraph.
            if text.utf8.count == before { paragraph("", Paragraph(after: 0)) }
            text += "</w:tc>"
        }
        text += "</w:tr></w:tbl>"
    }

    /// A ruled table of `width` twentieths of a point: a bold header row that repeats on every
    /// page, then the rows, group rows in bold with their title across the columns after the first.
    mutating func dataTable(_ table: Paper.Table, width: Int, size: Int) {
        let total = max(1, table.weights.reduce(0, +))
        let widths = table.weights.map { width * $0 / total }
        text += "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        text += "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            text += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        text += "</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
        text += "</w:tblCellMar></w:tblPr><w:tblGrid>"
        for column in widths { text += "<w:gridCol w:w=\"\(column)\"/>" }
        text += "</w:tblGrid>"
        text += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        for (column, title) in table.columns.enumerated() {
            cell(title, width: widths[column], span: 1, Paragraph(alignment: .center, size: size, bold: true, after: 0))
        }
        text += "</w:tr>"
        for row in table.rows {
            text += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            if row.isGroup {
                let first = row.cells.first ?? ""
                let rest = row.cells.dropFirst().joined(separator: " ")
                cell(first, width: widths[0], span: 1, Paragraph(alignment: .center, size: size, bold: true, after: 0))
                cell(rest, width: widths.dropFirst().reduce(0, +), span: widths.count - 1,
                     Paragraph(alignment: .left, size: size, bold: true, after: 0))
            } else {
                for (column, words) in row.cells.enumerated() where column < widths.count {
                    let alignment: Paragraph.Alignment = column == 0 || column == 4 ? .center : .left
                    cell(words, width: widths[column], span: 1, Paragraph(alignment: alignment, size: size, after: 0))
                }
            }
            text += "</w:tr>"
        }
        text += "</w:tbl>"
    }

    /// A cell of a data table, a paragraph for each of its lines.
    private mutating func cell(_ words: String, width: Int, span: Int, _ style: Paragraph) {
        text += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { text += "<w:gridSpan w:val=\"\(span)\"/>" }
        text += "</w:tcPr>"
        for line in words.split(separator: "\n", omittingEmptySubsequences: false) {
            paragraph(String(line), style)
        }
        text += "</w:tc>"
    }

    /// The run properties of a style: the decree's font at its size.
    private static func runProperties(_ style: Paragraph) -> String {
        var properties = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        if style.bold { properties += "<w:b/><w:bCs/>" }
        if style.italic { properties += "<w:i/><w:iCs/>" }
        properties += "<w:sz w:val=\"\(style.size)\"/><w:szCs w:val=\"\(style.size)\"/>"
        return properties
    }

    /// Appends XML written elsewhere (a section's properties).
    mutating func append(raw xml: String) {
        text += xml
    }
}
