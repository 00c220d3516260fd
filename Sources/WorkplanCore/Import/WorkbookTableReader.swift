import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// An Excel workbook (`.xlsx`) as an `ImportTable`: every sheet, in the workbook's order, its
/// cells' text (shared strings, inline strings, a formula's last value) and numbers (an Excel
/// date is one). The zip is read with ZIPFoundation and the XML with Foundation's parser; a
/// file either of them cannot read is damaged, said in one sentence.
enum WorkbookTableReader {
    /// The table in the workbook at `path`. The zip is read from the file, not from its bytes in
    /// memory: ZIPFoundation's reading of an archive in memory traps when a damaged directory
    /// points past its end (seen in the fuzzing of `ImportTests`), its reading of a file does not.
    static func table(path: String) throws(ImportFailure) -> ImportTable {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .damaged(path: path, detail: "zip")
        }
        func part(_ name: String) throws(ImportFailure) -> Data? {
            guard let entry = archive[name] else { return nil }
            // A part said to be larger than a gigabyte is no office's plan (and may be a zip bomb).
            guard entry.uncompressedSize <= 1 << 30 else { throw .damaged(path: path, detail: "\(name): size") }
            var data = Data()
            let checksum: CRC32
            do {
                checksum = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw .damaged(path: path, detail: name)
            }
            // ZIPFoundation hands the checksum back to a consumer rather than checking it: a
            // damaged part would otherwise reach the XML parser (which traps on some bytes).
            guard checksum == entry.checksum else { throw .damaged(path: path, detail: name) }
            return data
        }
        guard let workbook = try part("xl/workbook.xml") else { throw .damaged(path: path, detail: "xl/workbook.xml") }
        let sheets = try parse(workbook, as: SheetListParser(), path: path, part: "xl/workbook.xml").sheets
        let targets = try part("xl/_rels/workbook.xml.rels").map { data throws(ImportFailure) in
            try parse(data, as: RelationshipParser(), path: path, part: "xl/_rels/workbook.xml.rels").targets
        } ?? [:]
        let strings = try part("xl/sharedStrings.xml").map { data throws(ImportFailure) in
            try parse(data, as: SharedStringParser(), path: path, part: "xl/sharedStrings.xml").strings
        } ?? []
        var result: [ImportTable.Sheet] = []
        for (index, sheet) in sheets.enumerated() {
            let target = targets[sheet.relationship].map(partPath) ?? "xl/worksheets/sheet\(index + 1).xml"
            guard let data = try part(target) else { throw .damaged(path: path, detail: target) }
            let rows = try parse(data, as: SheetParser(strings: strings), path: path, part: target).rows
            result.append(ImportTable.Sheet(name: sheet.name, rows: rows.filter { !$0.isBlank }))
        }
        return ImportTable(sheets: result)
    }

    /// A relationship's target as a path in the zip: relative to `xl/`, or from the root when
    /// it starts with a slash.
    private static func partPath(_ target: String) -> String {
        target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    private static func parse<Delegate: NSObject & XMLParserDelegate>(
        _ data: Data, as delegate: Delegate, path: String, part: String
    ) throws(ImportFailure) -> Delegate {
        // Foundation's parser traps on some bytes that are not UTF-8 (in a tag's name): such a
        // part is refused before it gets there. Excel writes its parts in UTF-8.
        guard data.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) != nil else {
            throw .damaged(path: path, detail: "\(part): UTF-8")
        }
        // From a stream, not `XMLParser(data:)`: on Linux that fails with error 1 at the end of a
        // large part (swift-corelibs-foundation issue 4851; seen here on a 45 MB sheet).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = delegate
        guard parser.parse() else { throw .damaged(path: path, detail: "\(part), dòng \(parser.lineNumber)") }
        return delegate
    }
}

/// The sheets listed in `workbook.xml`: their names and relationship ids.
private final class SheetListParser: NSObject, XMLParserDelegate {
    var sheets: [(name: String, relationship: String)] = []

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard element == "sheet" else { return }
        let relationship = attributes.first { $0.key == "r:id" || $0.key.hasSuffix(":id") }?.value ?? ""
        sheets.append((attributes["name"] ?? "", relationship))
    }
}

/// The targets of `workbook.xml.rels`, by relationship id.
private final class RelationshipParser: NSObject, XMLParserDelegate {
    var targets: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
        targets[id] = target
    }
}

/// The shared strings: each `<si>`'s text, its rich-text runs joined, its phonetic guides left out.
private final class SharedStringParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's rows: each cell put in its column (from its reference, `C7`, or after the one
/// before), its text and its number.
private final class SheetParser: NSObject, XMLParserDelegate {
    var rows: [ImportTable.Row] = []
    private let strings: [String]
    private var row: ImportTable.Row?
    private var column = 0
    private var type = ""
    private var value = ""
    private var reading = false
    private var inPhonetic = false

    init(strings: [String]) {
        self.strings = strings
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "row":
            // Excel's rows end at 1,048,576; a larger number is taken as that (and never overflows).
            let number = min(1 << 20, attributes["r"].flatMap(Int.init) ?? (rows.last.map { $0.number + 1 } ?? 1))
            row = ImportTable.Row(number: number, cells: [])
            column = 0
        case "c":
            if let reference = attributes["r"], let index = Self.column(of: reference) { column = index }
            type = attributes["t"] ?? "n"
            value = ""
        case "v": reading = true
        case "t": reading = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "t": reading = false
        case "rPh": inPhonetic = false
        case "c":
            guard var current = row else { return }
            if current.cells.count < column { current.cells += Array(repeating: ImportTable.Cell(text: ""), count: column - current.cells.count) }
            let cell = self.cell()
            if column < current.cells.count { current.cells[column] = cell } else { current.cells.append(cell) }
            row = current
            column += 1
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if reading { value += string }
    }

    /// The cell just read, by its type: a shared string, an inline or formula string, a boolean,
    /// an error as its code, else a number.
    private func cell() -> ImportTable.Cell {
        switch type {
        case "s":
            let text = Int(value.trimmed).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
            return .lines(text)
        case "inlineStr", "str", "e": return .lines(value)
        case "b": return ImportTable.Cell(text: value == "1" ? "TRUE" : "FALSE")
        default:
            let number = Double(value.trimmed)
            return ImportTable.Cell(text: number.map(Self.shown) ?? value, number: number)
        }
    }

    /// A number as a cell shows it: whole numbers without a decimal point.
    private static func shown(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// The column of a reference: `A7` → 0, `AB12` → 27; nil beyond Excel's last column (XFD).
    static func column(of reference: String) -> Int? {
        var number = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            guard letters < 3 else { return nil }
            number = number * 26 + Int(scalar.value) - 64
            letters += 1
        }
        return letters == 0 ? nil : number - 1
    }
}
