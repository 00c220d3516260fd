/// A workbook as the bytes of an `.xlsx` file (SpreadsheetML), zipped with ZIPFoundation like the
/// Word papers: a sheet per `Spreadsheet.Sheet`, text written inline, dates as serial numbers in
/// a `dd/mm/yyyy` style, the header row bold and frozen, each column its width.
public enum SpreadsheetPackage {
    /// The file's bytes.
    public static func bytes(of workbook: Spreadsheet) throws(WordPackage.Failure) -> [UInt8] {
        var parts = [
            ("[Content_Types].xml", contentTypes(sheets: workbook.sheets.count)),
            ("_rels/.rels", packageRelationships),
            ("xl/workbook.xml", self.workbook(workbook.sheets)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheets: workbook.sheets.count)),
            ("xl/styles.xml", styles),
        ].map { ZipPart(path: $0.0, content: .made([Array($0.1.utf8)])) }
        // A sheet is measured first, then compressed as it is written.
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(ZipPart(path: "xl/worksheets/sheet\(index + 1).xml",
                                 content: .streamed(size: length(of: sheet)) { write(sheet, into: &$0) }))
        }
        return try ZipParts.bytes(parts)
    }

    /// The style numbers of `styles.xml`'s cell formats.
    private enum Style: Int {
        case plain = 0, date = 1, header = 2, bold = 3, boldDate = 4
    }

    /// How many bytes a sheet's XML is, its rows measured on every core.
    private static func length(of sheet: Spreadsheet.Sheet) -> Int {
        var ends = XMLLength()
        head(sheet, into: &ends)
        tail(sheet, into: &ends)
        let letters = sheet.columns.indices.map(Spreadsheet.columnName)
        let rows = ParallelRuns.map(sheet.rows.count, threshold: 4096) { range in
            var length = XMLLength()
            self.rows(range, of: sheet, letters: letters, into: &length)
            return length.count
        }
        return ends.count + rows.reduce(0, +)
    }

    private static func write<Writer: XMLWriting>(_ sheet: Spreadsheet.Sheet, into xml: inout Writer) {
        head(sheet, into: &xml)
        rows(sheet.rows.indices, of: sheet, letters: sheet.columns.indices.map(Spreadsheet.columnName), into: &xml)
        tail(sheet, into: &xml)
    }

    /// What comes before the rows: the view with its frozen header row, the columns' widths,
    /// the header row.
    private static func head<Writer: XMLWriting>(_ sheet: Spreadsheet.Sheet, into xml: inout Writer) {
        // Printed, a sheet is as wide as an A4 page in landscape, its header row on every page.
        xml.emit(declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
                 + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                 + "state=\"frozen\"/></sheetView></sheetViews><cols>")
        for (index, width) in sheet.widths.enumerated() {
            xml.emit("<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
        }
        xml.emit("</cols><sheetData>")
        row(sheet.columns.map(Spreadsheet.Cell.text), number: 1, style: .header,
            letters: sheet.columns.indices.map(Spreadsheet.columnName), into: &xml)
    }

    private static func rows<Writer: XMLWriting>(_ range: Range<Int>, of sheet: Spreadsheet.Sheet, letters: [String],
                                                 into xml: inout Writer) {
        for index in range {
            row(sheet.rows[index], number: index + 2, style: sheet.boldRows.contains(index) ? .bold : .plain,
                letters: letters, into: &xml)
        }
    }

    /// What comes after the rows: the filter over the table, the page.
    private static func tail<Writer: XMLWriting>(_ sheet: Spreadsheet.Sheet, into xml: inout Writer) {
        xml.emit("</sheetData><autoFilter ref=\"A1:\(Spreadsheet.columnName(max(0, sheet.columns.count - 1)))"
                 + "\(sheet.rows.count + 1)\"/><pageMargins left=\"0.6\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" "
                 + "header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" "
                 + "fitToHeight=\"0\"/></worksheet>")
    }

    /// One row, written straight into the XML's bytes; `letters` are the columns' names,
    /// worked out once for the sheet.
    private static func row<Writer: XMLWriting>(_ cells: [Spreadsheet.Cell], number: Int, style: Style,
                                                letters: [String], into xml: inout Writer) {
        xml.emit("<row r=\"")
        xml.emit(number: number)
        xml.emit("\">")
        // The default style and plain spacing are left unsaid: a sheet of 100,000 rows has 900,000 cells.
        let styled = style == .plain ? "" : " s=\"\(style.rawValue)\""
        // A cell's reference is said only after an empty cell: a cell without it is the next column.
        var next = 0
        for (column, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            xml.emit("<c")
            if column != next {
                xml.emit(" r=\"")
                xml.emit(column < letters.count ? letters[column] : Spreadsheet.columnName(column))
                xml.emit(number: number)
                xml.emit("\"")
            }
            next = column + 1
            switch cell {
            case .empty: continue
            case let .text(value):
                xml.emit(styled)
                let spaced = value.utf8.first == 32 || value.utf8.last == 32
                    || (XMLChunks.needsRewriting(value) && value.utf8.contains(10))
                xml.emit(spaced ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
                xml.emit(escaped: value, keepingLineBreaks: true)
                xml.emit("</t></is></c>")
            case let .number(value):
                xml.emit(styled)
                xml.emit("><v>")
                xml.emit(number: value)
                xml.emit("</v></c>")
            case let .decimal(value):
                xml.emit(styled)
                xml.emit("><v>\(value)</v></c>")
            case let .date(day):
                xml.emit(style == .plain ? " s=\"\(Style.date.rawValue)\"><v>" : " s=\"\(Style.boldDate.rawValue)\"><v>")
                xml.emit(number: Spreadsheet.serial(day))
                xml.emit("</v></c>")
            }
        }
        xml.emit("</row>")
    }

    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private static func contentTypes(sheets: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in 1...max(1, sheets) {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    private static let packageRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ sheets: [Spreadsheet.Sheet]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLChunks.escaped(sheetName(sheet.name)))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() {
            let quoted = "'" + XMLChunks.escaped(sheetName(sheet.name)).replacingOccurrences(of: "'", with: "''") + "'!"
            xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">" + quoted + "$A$1:$"
                + Spreadsheet.columnName(max(0, sheet.columns.count - 1)) + "$\(sheet.rows.count + 1)</definedName>"
                + "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">" + quoted + "$1:$1</definedName>"
        }
        return xml + "</definedNames></workbook>"
    }

    /// A sheet's name as Excel takes it: at most 31 characters, none of `[]:*?/\`.
    private static func sheetName(_ name: String) -> String {
        String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    private static func workbookRelationships(sheets: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 1...max(1, sheets) {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(relationshipNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(index).xml\"/>"
        }
        return xml + "<Relationship Id=\"rId\(max(1, sheets) + 1)\" Type=\"\(relationshipNamespace)/styles\" "
            + "Target=\"styles.xml\"/></Relationships>"
    }

    /// Fonts: Times New Roman 12, and bold; cell formats: plain, date, the header (bold, wrapped,
    /// centred), a bold row, a bold date. Every cell wraps its text at the top.
    private static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"12\"/><name val=\"Times New Roman\"/></font>"
        + "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"5\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\">"
        + "<alignment horizontal=\"center\" vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
        + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
        + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
