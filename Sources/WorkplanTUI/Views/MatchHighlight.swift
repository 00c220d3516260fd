import Terminal
import WorkplanCore

/// Marks where a search matches in a title already drawn: folded the same way the search is,
/// so `bau cu` lights up "bầu cử".
enum MatchHighlight {
    /// Restyles the cells of every match of a folded query in `text`, drawn at `column` of `row`.
    static func apply(query: String, in text: String, row: Int, column: Int, style: Style, into grid: inout Grid) {
        let needle = Array(query)
        guard !needle.isEmpty else { return }
        var folded: [Character] = []
        var owner: [Int] = []
        var starts: [Int] = []
        var widths: [Int] = []
        var at = column
        for (index, character) in text.enumerated() {
            starts.append(at)
            let width = TextWidth.of(character)
            widths.append(width)
            at += width
            for foldedCharacter in TextFolding.fold(String(character)) {
                folded.append(foldedCharacter)
                owner.append(index)
            }
        }
        guard folded.count >= needle.count else { return }
        var position = 0
        while position + needle.count <= folded.count {
            if folded[position..<(position + needle.count)].elementsEqual(needle) {
                let first = owner[position]
                let last = owner[position + needle.count - 1]
                grid.restyle(row: row, from: starts[first], to: starts[last] + widths[last]) { cell in
                    cell = style.merged(over: cell)
                }
                position += needle.count
            } else {
                position += 1
            }
        }
    }
}
