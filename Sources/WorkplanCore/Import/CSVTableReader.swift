import CSV

/// A CSV file as an `ImportTable`: UTF-8 with or without a byte-order mark, or UTF-16 as Excel's
/// "Unicode text" writes it; the separator the file uses (a comma, a semicolon as Excel writes
/// under some regional settings, or a tab), found on its first line. Quoted fields may hold
/// separators, quotes and line breaks (RFC 4180); each record keeps its number as Excel numbers
/// its rows.
enum CSVTableReader {
    /// The table in `bytes`, read from `path` (named in a failure).
    static func table(_ bytes: [UInt8], path: String) throws(ImportFailure) -> ImportTable {
        let text = try decoded(bytes, path: path)
        let separator = self.separator(firstLineOf: text)
        guard let reader = try? CSVReader(string: text, delimiter: separator) else { throw .notATable(path: path) }
        var rows: [ImportTable.Row] = []
        var number = 0
        while let record = reader.next() {
            number += 1
            let cells = record.map(ImportTable.Cell.lines)
            let row = ImportTable.Row(number: number, cells: cells)
            if !row.isBlank { rows.append(row) }
        }
        return ImportTable(sheets: [ImportTable.Sheet(name: "", rows: rows)])
    }

    /// The text of the file: UTF-16 when it starts with that byte-order mark, else UTF-8 (a
    /// byte-order mark dropped); anything else is refused rather than read as mojibake.
    private static func decoded(_ bytes: [UInt8], path: String) throws(ImportFailure) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index in
                little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            var text = ""
            var decoder = UTF16()
            var iterator = units.makeIterator()
            loop: while true {
                switch decoder.decode(&iterator) {
                case let .scalarValue(scalar): text.unicodeScalars.append(scalar)
                case .emptyInput: break loop
                case .error: throw .notUTF8(path: path)
                }
            }
            return text
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        guard !body.contains(0), let text = String(validating: body, as: UTF8.self) else { throw .notUTF8(path: path) }
        return text
    }

    /// The separator of the first line: the one of comma, semicolon and tab found most often
    /// outside quotes (a comma when none is).
    static func separator(firstLineOf text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        return [",", ";", "\t"].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? ","
    }
}
