/// A paper written as a Word document's parts (WordprocessingML): A4 with the decree's margins,
/// Times New Roman, the two-column header, the kind and subject, the body, the closing block,
/// page numbers centred at the top from page 2, and a plan's appendix on landscape pages.
struct WordDocument {
    let paper: Paper

    /// A4 in twentieths of a point, and the margins: top and bottom 20 mm, left 30 mm, right 20 mm.
    private static let pageWidth = 11906
    private static let pageHeight = 16838
    private static let marginTop = 1134
    private static let marginBottom = 1134
    private static let marginLeft = 1701
    private static let marginRight = 1134
    /// The width of the text on a portrait page and on a landscape one.
    private static let portraitText = pageWidth - marginLeft - marginRight
    private static let landscapeText = pageHeight - marginLeft - marginRight
    /// A first-line indent of 1 cm.
    private static let indent = 567

    typealias Style = WordXML.Paragraph

    /// The parts of the package, by their path in it, each as chunks of bytes.
    var parts: [(path: String, bytes: [[UInt8]])] {
        let small: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", Self.appProperties),
            ("word/_rels/document.xml.rels", Self.documentRelationships),
        ]
        let rest: [(String, String)] = [
            ("word/styles.xml", Self.styles),
            ("word/settings.xml", Self.settings),
            ("word/header1.xml", Self.header(pageNumber: true)),
            ("word/header2.xml", Self.header(pageNumber: false)),
        ]
        return small.map { ($0.0, [Array($0.1.utf8)]) } + [("word/document.xml", document)]
            + rest.map { ($0.0, [Array($0.1.utf8)]) }
    }

    /// The main part.
    var document: [[UInt8]] {
        var xml = WordXML()
        xml.emit(Self.declaration + "<w:document xmlns:w=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\"><w:body>")
        header(&xml)
        title(&xml)
        for block in paper.body { write(block, &xml) }
        closing(&xml)
        if let appendix = paper.appendix {
            // The portrait pages end here: their section's properties ride on a last paragraph.
            xml.append(raw: "<w:p><w:pPr>\(Self.section(landscape: false, firstPageBlank: true))</w:pPr></w:p>")
            self.appendix(appendix, &xml)
            xml.emit(Self.section(landscape: true, firstPageBlank: false) + "</w:body></w:document>")
        } else {
            xml.emit(Self.section(landscape: false, firstPageBlank: true) + "</w:body></w:document>")
        }
        return xml.bytes
    }

    // MARK: The paper's parts

    /// The two-column header: the superior body, the office, a rule and the number on the left;
    /// the national title, the motto, a rule and the place and date on the right.
    private func header(_ xml: inout WordXML) {
        let left = 3686
        let right = Self.portraitText - left
        let identity = paper.identity
        xml.layoutTable([
            (left, { cell in
                cell.paragraph((identity.superior ?? "").uppercased(), Style(alignment: .center, size: 26, after: 0))
                cell.paragraph((identity.office ?? "").uppercased(), Style(alignment: .center, size: 26, bold: true, after: 0))
                cell.rule(width: 1200, in: left)
                cell.paragraph(paper.numberLine, Style(alignment: .center, size: 26, before: 60, after: 0))
            }),
            (right, { cell in
                cell.paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style(alignment: .center, size: 24, bold: true, after: 0))
                cell.paragraph("Độc lập - Tự do - Hạnh phúc", Style(alignment: .center, size: 26, bold: true, after: 0))
                cell.rule(width: 3050, in: right)
                if let date = paper.date {
                    cell.paragraph(Paper.placeAndDate(identity.place, date),
                                   Style(alignment: .center, size: 26, italic: true, before: 60, after: 0))
                }
            }),
        ])
    }

    /// The kind in bold capitals, the subject in bold under it, and a short rule.
    private func title(_ xml: inout WordXML) {
        xml.paragraph(paper.kind.title, Style(alignment: .center, size: 28, bold: true, before: 360, after: 0, keepNext: true))
        for line in paper.subject {
            xml.paragraph(line, Style(alignment: .center, size: 28, bold: true, after: 0, keepNext: true))
        }
        xml.rule(width: 1700, in: Self.portraitText)
        xml.paragraph("", Style(size: 14, after: 120))
    }

    /// Writes a block; the lines of a text written on several become paragraphs of their own
    /// (a line break inside a justified paragraph would stretch the line before it).
    private func write(_ block: Paper.Block, _ xml: inout WordXML) {
        let body = Style(firstLine: Self.indent)
        switch block {
        case let .section(words):
            xml.paragraph(words, Style(bold: true, firstLine: Self.indent, before: 120, keepNext: true))
        case let .heading(words):
            xml.paragraph(words, Style(bold: true, firstLine: Self.indent, keepNext: true))
        case let .paragraph(words):
            for line in Self.lines(words) { xml.paragraph(line, body) }
        case let .labelled(label, words):
            let lines = Self.lines(words)
            xml.paragraph(body) { xml in
                xml.run(label + ": ", Style(bold: true))
                xml.run(lines.first ?? "", Style())
            }
            for line in lines.dropFirst() { xml.paragraph(line, body) }
        case let .item(words, level):
            for (index, line) in Self.lines(words).enumerated() {
                xml.paragraph((index == 0 ? "- " : "") + line, Style(firstLine: Self.indent, left: Self.indent * level))
            }
        case let .closingLine(words):
            xml.paragraph(words, Style(firstLine: Self.indent, before: 120, keepNext: true))
        }
    }

    /// The lines of a text, each without the spaces around it.
    private static func lines(_ words: String) -> [String] {
        WordXML.lines(words).map { TaskTitle.trimmed(String($0)) }
    }

    /// The closing block: recipients and the signer, or the secretary's and the chair's signatures.
    private func closing(_ xml: inout WordXML) {
        let left = 4253
        let right = Self.portraitText - left
        switch paper.closing {
        case let .signer(recipients, authority, title, name):
            xml.layoutTable([
                (left, { cell in recipientsList(recipients, &cell) }),
                (right, { cell in signature(lines: [authority, title].compactMap { $0 }, name: name, &cell) }),
            ])
        case let .secretaryAndChair(secretary, chair, recipients):
            let half = Self.portraitText / 2
            xml.layoutTable([
                (half, { cell in signature(lines: ["THƯ KÝ"], name: secretary, &cell) }),
                (Self.portraitText - half, { cell in signature(lines: ["CHỦ TRÌ"], name: chair, &cell) }),
            ])
            xml.paragraph("", Style(size: 24, after: 0))
            recipientsList(recipients, &xml)
        }
    }

    /// `Nơi nhận:` in bold italics and the recipients, the last one the filing line.
    private func recipientsList(_ recipients: [String], _ xml: inout WordXML) {
        xml.paragraph("Nơi nhận:", Style(alignment: .left, size: 24, bold: true, italic: true, before: 120, after: 0))
        let filing = "Lưu: VT" + (paper.identity.abbreviation.map { ", " + $0 } ?? "") + "."
        for recipient in recipients {
            xml.paragraph("- " + recipient + ";", Style(alignment: .left, size: 22, after: 0))
        }
        xml.paragraph("- " + filing, Style(alignment: .left, size: 22, after: 0))
    }

    /// A signature: its title lines in bold capitals, room to sign, and the name in bold.
    private func signature(lines: [String], name: String?, _ xml: inout WordXML) {
        for (index, line) in lines.enumerated() {
            xml.paragraph(line.uppercased(), Style(alignment: .center, size: 28, bold: true, before: index == 0 ? 120 : 0,
                                                   after: 0, keepNext: true))
        }
        for _ in 0..<4 { xml.paragraph("", Style(alignment: .center, after: 0, keepNext: true)) }
        xml.paragraph(name ?? "", Style(alignment: .center, size: 28, bold: true, after: 0))
    }

    /// The appendix on landscape pages: its title, the line naming its plan, and the table.
    private func appendix(_ appendix: Paper.Appendix, _ xml: inout WordXML) {
        for line in appendix.title {
            xml.paragraph(line, Style(alignment: .center, size: 28, bold: true, after: 0, keepNext: true))
        }
        xml.paragraph(appendix.reference, Style(alignment: .center, size: 28, italic: true, after: 240, keepNext: true))
        xml.dataTable(appendix.table, width: Self.landscapeText)
        xml.paragraph("", Style(after: 0))
    }

    // MARK: The package's other parts

    /// A section's page size, margins and headers: the first section has no number on its
    /// first page (the decree numbers pages from the second).
    private static func section(landscape: Bool, firstPageBlank: Bool) -> String {
        var xml = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/>"
        if firstPageBlank { xml += "<w:headerReference w:type=\"first\" r:id=\"rId4\"/>" }
        xml += landscape
            ? "<w:pgSz w:w=\"\(pageHeight)\" w:h=\"\(pageWidth)\" w:orient=\"landscape\"/>"
            : "<w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/>"
        xml += "<w:pgMar w:top=\"\(marginTop)\" w:right=\"\(marginRight)\" w:bottom=\"\(marginBottom)\" "
            + "w:left=\"\(marginLeft)\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
        if firstPageBlank { xml += "<w:titlePg/>" }
        return xml + "</w:sectPr>"
    }

    private static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// A header: the page number centred, or nothing (the first page's).
    private static func header(pageNumber: Bool) -> String {
        let number = pageNumber
            ? "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            : ""
        return declaration + "<w:hdr xmlns:w=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<w:p><w:pPr><w:jc w:val=\"center\"/><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
            + "<w:sz w:val=\"26\"/></w:rPr></w:pPr>" + number + "</w:p></w:hdr>"
    }

    private static let styles = declaration + """
        <w:styles xmlns:w="\(mainNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>\
        <w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Cell"><w:name w:val="Cell"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr>\
        <w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellCenter"><w:name w:val="Cell Center"/>\
        <w:basedOn w:val="Cell"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellHead"><w:name w:val="Cell Head"/>\
        <w:basedOn w:val="Cell"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="CellGroup"><w:name w:val="Cell Group"/>\
        <w:basedOn w:val="Cell"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>\
        <w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
        <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
        """

    private static let settings = declaration + """
        <w:settings xmlns:w="\(mainNamespace)"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
        </w:compat></w:settings>
        """

    private static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    private static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/extended-properties" Target="docProps/app.xml"/></Relationships>
        """

    private static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/header" Target="header1.xml"/>\
        <Relationship Id="rId4" Type="\(relationshipNamespace)/header" Target="header2.xml"/></Relationships>
        """

    private static let appProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Workplan</Application></Properties>
        """

    /// The document's title (its kind and subject) for the file's properties.
    private var coreProperties: String {
        let title = XMLChunks.escaped(([paper.kind.title] + paper.subject).joined(separator: " "))
        return Self.declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(title)</dc:title><dc:creator>Workplan</dc:creator>\
            </cp:coreProperties>
            """
    }
}
