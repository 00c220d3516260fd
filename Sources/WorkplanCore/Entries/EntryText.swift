/// The counted results in an entry's words. The words are cut into parts at each comma or
/// semicolon followed by a space (so `1,5` stays one part); a part that starts with a digit is a
/// count, `NUMBER WORDS`: a whole number, plain (`1234`) or grouped the Vietnamese way
/// (`1.234`), then the words that say what it counts. Any other part is a remark (`chủ yếu về
/// đất đai`) and counts nothing.
enum EntryText {
    /// A part that starts like a count and is not one, and where it starts (in characters from
    /// the start of the text).
    struct Unreadable: Error, Equatable {
        let offset: Int
        let part: String
    }

    /// The most digits a count may have, as in the counted fields.
    static let maximumDigits = 9

    /// The counts of a text, or the first part that cannot be read.
    static func counts(in text: String) -> Result<[EntryCount], Unreadable> {
        var counts: [EntryCount] = []
        for part in parts(of: text) {
            guard let first = part.text.first, first.isASCII, first.isNumber else { continue }
            guard let count = count(part.text) else {
                return .failure(Unreadable(offset: part.offset, part: String(part.text)))
            }
            counts.append(count)
        }
        return .success(counts)
    }

    /// The parts of a text, without the spaces around them, each with its offset in characters.
    static func parts(of text: String) -> [(text: Substring, offset: Int)] {
        var result: [(text: Substring, offset: Int)] = []
        var partStart = text.startIndex
        var index = text.startIndex
        func add(upTo end: String.Index) {
            let piece = text[partStart..<end]
            guard let first = piece.firstIndex(where: { !$0.isWhitespace }),
                  let last = piece.lastIndex(where: { !$0.isWhitespace }) else { return }
            result.append((text[first...last], text.distance(from: text.startIndex, to: first)))
        }
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "," || text[index] == ";", next == text.endIndex || text[next].isWhitespace {
                add(upTo: index)
                partStart = next
            }
            index = next
        }
        add(upTo: text.endIndex)
        return result
    }

    /// A part read as a count, or nil when it is not `NUMBER WORDS` with a whole number and
    /// words that have a letter.
    private static func count(_ part: Substring) -> EntryCount? {
        let number = part.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        let rest = part[number.endIndex...]
        guard let value = wholeNumber(number), let space = rest.first, space.isWhitespace,
              rest.contains(where: \.isLetter) else { return nil }
        let words = rest.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return EntryCount(count: value, words: words)
    }

    /// `1234` or `1.234` (groups of three after the first), at most nine digits.
    static func wholeNumber(_ text: Substring) -> Int? {
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        if groups.count > 1 {
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard digits.count <= maximumDigits else { return nil }
        return Int(digits)
    }
}
