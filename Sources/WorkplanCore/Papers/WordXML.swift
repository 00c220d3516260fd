/// The pieces of WordprocessingML a paper is made of: paragraphs and runs with the decree's
/// fonts and sizes, borderless layout tables and ruled data tables. Sizes are in half-points
/// (28 = 14 pt) and lengths in twentieths of a point (567 = 1 cm), as the format counts them.
/// The font is the document's default (`styles.xml`), and a data table's cells take their look
/// from paragraph styles there, so that the appendix of a plan of 100,000 tasks stays tens of
/// megabytes of XML, written in chunks (`XMLChunks`).
struct WordXML {
    /// The XML written so far.
    private var out = XMLChunks()

    /// Appends XML.
    mutating func emit(_ xml: String) {
        out.emit(xml)
    }

    /// Every byte written, in chunks.
    var bytes: [[UInt8]] { out.bytes }

    /// How many bytes have been written in all.
    var count: Int { out.count }

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

    /// A paragraph of one run; a newline in `words` breaks the line within it.
    mutating func paragraph(_ words: String, _ style: Paragraph) {
        paragraph(style) { xml in xml.run(words, style) }
    }

    /// A paragraph whose runs `body` writes.
    mutating func paragraph(_ style: Paragraph, _ body: (inout WordXML) -> Void) {
        var properties = "<w:p><w:pPr>"
        if style.keepNext { properties += "<w:keepNext/>" }
        if style.ruleAbove { properties += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" }
        properties += "<w:spacing w:before=\"\(style.before)\" w:after=\"\(style.after)\" w:line=\"276\" w:lineRule=\"auto\"/>"
        if style.firstLine != 0 || style.left != 0 || style.right != 0 {
            properties += "<w:ind w:left=\"\(style.left)\" w:right=\"\(style.right)\" w:firstLine=\"\(style.firstLine)\"/>"
        }
        properties += "<w:jc w:val=\"\(style.alignment.rawValue)\"/><w:rPr>\(Self.runProperties(style))</w:rPr></w:pPr>"
        emit(properties)
        body(&self)
        emit("</w:p>")
    }

    /// A run of words in a paragraph's size, bold or italic as `style` says.
    mutating func run(_ words: String, _ style: Paragraph) {
        emit("<w:r><w:rPr>\(Self.runProperties(style))</w:rPr>")
        text(words)
        emit("</w:r>")
    }

    /// The text of a run, its newlines as line breaks.
    private mutating func text(_ words: String) {
        for (index, line) in Self.lines(words).enumerated() {
            if index > 0 { emit("<w:br/>") }
            emit("<w:t xml:space=\"preserve\">" + XMLChunks.escaped(String(line)) + "</w:t>")
        }
    }

    /// An empty paragraph with a short rule: `width` twentieths of a point, centred in `space`.
    mutating func rule(width: Int, in space: Int) {
        let side = max(0, (space - width) / 2)
        paragraph("", Paragraph(alignment: .center, size: 4, left: side, right: side, after: 0, ruleAbove: true))
    }

    /// A table without borders that lays out columns of paragraphs side by side: the header's
    /// two columns, the signatures. `columns` gives each column's width and writes its cell.
    mutating func layoutTable(_ columns: [(width: Int, cell: (inout WordXML) -> Void)]) {
        var head = "<w:tbl><w:tblPr><w:tblW w:w=\"\(columns.reduce(0) { $0 + $1.width })\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] { head += "<w:\(side) w:val=\"nil\"/>" }
        head += "</w:tblBorders><w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr><w:tblGrid>"
        for column in columns { head += "<w:gridCol w:w=\"\(column.width)\"/>" }
        emit(head + "</w:tblGrid><w:tr>")
        for column in columns {
            emit("<w:tc><w:tcPr><w:tcW w:w=\"\(column.width)\" w:type=\"dxa\"/></w:tcPr>")
            let before = count
            column.cell(&self)
            // A cell must end with a paragraph.
            if count == before { paragraph("", Paragraph(after: 0)) }
            emit("</w:tc>")
        }
        emit("</w:tr></w:tbl>")
    }

    /// A ruled table of `width` twentieths of a point: a bold header row that repeats on every
    /// page, then the rows, a row never split across pages, group rows in bold with their title
    /// across the columns after the first. Cells take the `Cell…` paragraph styles. The rows are
    /// written in `parts` runs at once when given (the same bytes whatever their number).
    mutating func dataTable(_ table: Paper.Table, width: Int, parts: Int? = nil) {
        let total = max(1, table.weights.reduce(0, +))
        let widths = table.weights.map { width * $0 / total }
        var head = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            head += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        head += "</w:tblBorders><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr><w:tblGrid>"
        for column in widths { head += "<w:gridCol w:w=\"\(column)\"/>" }
        emit(head + "</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>")
        for title in table.columns { cell(title, style: "CellHead") }
        emit("</w:tr>")
        // The rows of a large table are written on every core, each run into chunks of its own.
        let columns = widths.count
        let runs = ParallelRuns.map(table.rows.count, parts: parts, threshold: Self.parallelRows) { range in
            var xml = WordXML()
            for row in table.rows[range] { xml.row(row, columns: columns) }
            return xml.bytes
        }
        for run in runs { append(chunks: run) }
        emit("</w:tbl>")
    }

    /// Fewer table rows than this are written on one thread.
    private static let parallelRows = 4096

    /// One row of a data table.
    private mutating func row(_ row: Paper.Row, columns: Int) {
        emit("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        if row.isGroup {
            cell(row.cells.first ?? "", style: "CellHead")
            cell(row.cells.dropFirst().joined(separator: " "), style: "CellGroup", span: columns - 1)
        } else {
            for (column, words) in row.cells.enumerated() where column < columns {
                cell(words, style: column == 0 || column == 4 ? "CellCenter" : "Cell")
            }
        }
        emit("</w:tr>")
    }

    /// Appends chunks written elsewhere, after what is written so far.
    private mutating func append(chunks more: [[UInt8]]) {
        out.append(chunks: more)
    }

    /// A cell of a data table, a paragraph of a style for each of its lines.
    private mutating func cell(_ words: String, style: String, span: Int = 1) {
        emit(span > 1 ? "<w:tc><w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>" : "<w:tc>")
        for line in Self.lines(words) {
            if line.isEmpty {
                emit("<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr></w:p>")
            } else {
                emit("<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
                     + XMLChunks.escaped(String(line)) + "</w:t></w:r></w:p>")
            }
        }
        emit("</w:tc>")
    }

    /// The lines of a text, split at its newlines only when it has any: splitting a string by
    /// characters costs more than writing it, and a table of 100,000 rows has 700,000 cells.
    static func lines(_ words: String) -> [Substring] {
        words.utf8.contains(10) ? words.split(separator: "\n", omittingEmptySubsequences: false) : [words[...]]
    }

    /// The run properties of a style beyond the document's font: bold, italics, the size.
    private static func runProperties(_ style: Paragraph) -> String {
        var properties = ""
        if style.bold { properties += "<w:b/><w:bCs/>" }
        if style.italic { properties += "<w:i/><w:iCs/>" }
        return properties + "<w:sz w:val=\"\(style.size)\"/><w:szCs w:val=\"\(style.size)\"/>"
    }

    /// Appends XML written elsewhere (a section's properties).
    mutating func append(raw xml: String) {
        emit(xml)
    }
}
