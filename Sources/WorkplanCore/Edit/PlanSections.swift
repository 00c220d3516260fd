/// Where the level-2 sections of a plan lie: each track and each declaration section (units,
/// persons, days off) starts at a `## ` heading at the margin, outside code blocks, and runs to
/// the next one or to the end of the file.
extension Plan {
    /// The lines of the level-2 headings outside code blocks, in file order.
    func levelTwoHeadings() -> [Int] {
        var headings: [Int] = []
        var fence: UInt8?
        for line in 0..<text.lineCount {
            let content = text.content(line)
            guard let first = content.firstIndex(where: { !TaskLineSyntax.isBlank($0) }) else { continue }
            if let mark = LineShape.fence(content[first...]), fence == nil || fence == mark {
                fence = fence == nil ? mark : nil
            } else if fence == nil, first == content.startIndex, LineShape.headingLevel(content) == 2 {
                headings.append(line)
            }
        }
        return headings
    }

    /// The line after the last line of the section whose heading is on `heading`: the next
    /// level-2 heading, or the end of the file.
    func sectionEnd(heading: Int) -> Int {
        levelTwoHeadings().first(where: { $0 > heading }) ?? text.lineCount
    }

    /// A section's lines without the empty lines that end it (its heading stays, empty or not).
    func sectionBody(_ section: Range<Int>) -> Range<Int> {
        var end = section.upperBound
        while end > section.lowerBound + 1, text.content(end - 1).allSatisfy(TaskLineSyntax.isBlank) { end -= 1 }
        return section.lowerBound..<end
    }

    /// The heading of the first declaration section of a kind, or nil.
    func declarationHeading(_ kind: DeclarationScan.Section) -> Int? {
        levelTwoHeadings().first { line in
            DeclarationScan.section(DeclarationScan.headingText(text.content(line), level: 2)) == kind
        }
    }

    /// The lines that put a new section's lines at `position` with an empty line on either side
    /// where the file has none, as Markdown wants around a heading.
    func spaced(_ lines: [String], at position: Int) -> [[UInt8]] {
        let blankBefore = position == 0 || text.content(position - 1).allSatisfy(TaskLineSyntax.isBlank)
        let blankAfter = position >= text.lineCount || text.content(position).allSatisfy(TaskLineSyntax.isBlank)
        return (blankBefore ? [] : [[]]) + lines.map { Array($0.utf8) } + (blankAfter ? [] : [[]])
    }
}
