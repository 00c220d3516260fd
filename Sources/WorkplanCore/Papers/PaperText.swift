/// A paper as plain text for a terminal or a printer: the decree's layout drawn with spaces, the
/// header's two columns side by side, the kind and subject centred, the body wrapped with each
/// paragraph's first line indented, and the signatures side by side. `workplan minutes` prints a
/// meeting's BIÊN BẢN this way; the Word document is the same paper.
public enum PaperText {
    /// The paper in lines of at most `width` columns, each ending with a newline.
    public static func render(_ paper: Paper, width: Int = 80) -> String {
        let left = width * 2 / 5
        var lines = sideBySide(header(paper, left: true), header(paper, left: false), left: left, width: width)
        lines.append("")
        lines += centred([paper.kind.title] + paper.subject, width)
        lines.append("")
        for block in paper.body { lines += self.lines(block, width) }
        lines.append("")
        switch paper.closing {
        case let .signer(recipients, authority, title, name):
            let signature = [authority, title].compactMap { $0?.uppercased() } + ["", "", ""] + [name ?? ""]
            lines += sideBySide(recipientLines(recipients, paper), signature, left: left, width: width)
        case let .secretaryAndChair(secretary, chair, recipients):
            lines += sideBySide(["THƯ KÝ", "", "", "", secretary ?? ""], ["CHỦ TRÌ", "", "", "", chair ?? ""],
                                left: width / 2, width: width)
            lines.append("")
            lines += recipientLines(recipients, paper)
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
    }

    /// The header's left column (superior body, office, number) or right one (national title,
    /// motto, place and date).
    private static func header(_ paper: Paper, left: Bool) -> [String] {
        if left {
            return [(paper.identity.superior ?? "").uppercased(), (paper.identity.office ?? "").uppercased(), paper.numberLine]
        }
        return ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
            + (paper.date.map { [Paper.placeAndDate(paper.identity.place, $0)] } ?? [])
    }

    /// `Nơi nhận:` and the recipients, the last one the filing line.
    private static func recipientLines(_ recipients: [String], _ paper: Paper) -> [String] {
        ["Nơi nhận:"] + recipients.map { "- " + $0 + ";" }
            + ["- Lưu: VT" + (paper.identity.abbreviation.map { ", " + $0 } ?? "") + "."]
    }

    /// A block's lines: headings at the margin, paragraphs with their first line indented,
    /// labelled values hanging under their label, list items under their dash.
    private static func lines(_ block: Paper.Block, _ width: Int) -> [String] {
        let indent = "    "
        switch block {
        case let .section(words), let .heading(words):
            return TextWrapping.lines(TextForm.visible(words), first: indent, rest: "", width: width)
        case let .paragraph(words), let .closingLine(words):
            return words.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                TextWrapping.lines(TextForm.visible(String(line)), first: indent, rest: "", width: width)
            }
        case let .labelled(label, words):
            return words.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line in
                TextWrapping.lines(TextForm.visible((index == 0 ? label + ": " : "") + line), first: indent, rest: "",
                                   width: width)
            }
        case let .item(words, level):
            let lead = indent + String(repeating: "  ", count: level)
            return TextWrapping.lines(TextForm.visible(words), first: lead + "- ", rest: lead + "  ", width: width)
        }
    }

    /// Two columns of lines side by side, each line centred in its column, the left `left` wide.
    private static func sideBySide(_ first: [String], _ second: [String], left: Int, width: Int) -> [String] {
        let leftLines = first.flatMap { centred([$0], left) }
        let rightLines = second.flatMap { centred([$0], width - left) }
        return (0..<max(leftLines.count, rightLines.count)).map { row in
            let leftText = row < leftLines.count ? leftLines[row] : ""
            let rightText = row < rightLines.count ? rightLines[row] : ""
            let padding = String(repeating: " ", count: max(0, left - TextWrapping.columns(leftText)))
            return rightText.isEmpty ? leftText : leftText + padding + rightText
        }
    }

    /// Lines centred in a width, each wrapped first when longer.
    private static func centred(_ texts: [String], _ width: Int) -> [String] {
        texts.flatMap { text in
            TextWrapping.lines(TextForm.visible(text), first: "", rest: "", width: width).map { line in
                String(repeating: " ", count: max(0, (width - TextWrapping.columns(line)) / 2)) + line
            }
        }
    }
}
