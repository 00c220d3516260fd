/// A table as an office keeps its plan in a spreadsheet or a CSV file, before it is understood:
/// rows of cells, each row with the number the officer sees beside it in Excel, so that every
/// problem names the row to look at.
public struct ImportTable: Sendable, Equatable {
    /// One cell: its text as shown, and its number when the sheet held a number (an Excel date
    /// is a number of days, shown as a date only by its cell's style).
    public struct Cell: Sendable, Equatable {
        /// The text, its lines joined by `\n`.
        public var text: String
        /// The number the cell held, if it held one.
        public var number: Double?

        public init(text: String, number: Double? = nil) {
            self.text = text
            self.number = number
        }

        /// A cell of text as a file holds it, Windows line breaks made `\n`.
        static func lines(_ text: String) -> Cell {
            Cell(text: text.utf8.contains(13) ? text.replacing("\r\n", with: "\n") : text)
        }
    }

    /// One row.
    public struct Row: Sendable, Equatable {
        /// Its number in the sheet (1 for the first), as Excel shows it.
        public var number: Int
        /// Its cells from column A; a missing cell is an empty one.
        public var cells: [Cell]

        public init(number: Int, cells: [Cell]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in a column, empty when the row is shorter.
        public func cell(_ column: Int?) -> Cell {
            guard let column, column >= 0, column < cells.count else { return Cell(text: "") }
            return cells[column]
        }

        /// The text of a cell without the white space around it.
        public func text(_ column: Int?) -> String {
            cell(column).text.trimmed
        }

        /// True when no cell has any text.
        public var isBlank: Bool { cells.allSatisfy { $0.text.trimmed.isEmpty } }
    }

    /// One sheet of a workbook (a CSV file is one sheet without a name).
    public struct Sheet: Sendable, Equatable {
        /// Its name on its tab.
        public var name: String
        /// The rows that have a cell, in order.
        public var rows: [Row]

        public init(name: String, rows: [Row]) {
            self.name = name
            self.rows = rows
        }
    }

    /// The sheets, in the workbook's order.
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }
}
