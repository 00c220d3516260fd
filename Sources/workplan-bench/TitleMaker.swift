import Foundation

/// Builds task titles of 40 to 90 characters from the vocabulary: a verb, an object, then a
/// qualifier, a place and a period while they fit. Short titles are the most common, as in
/// real plans, with a long tail up to the maximum (the target length follows u⁸ for u uniform in 0..<1).
enum TitleMaker {
    /// The shortest title made, in characters.
    static let minimumLength = 40
    /// The longest title made, in characters.
    static let maximumLength = 90

    /// One title, drawn from `random`.
    static func title(using random: inout SplitMix64) -> String {
        let spread = Double(maximumLength - minimumLength)
        let skew = Double.random(in: 0..<1, using: &random)
        let target = minimumLength + Int(spread * pow(skew, 8))
        var title = random.pick(Vocabulary.verbs) + " " + random.pick(Vocabulary.objects)
        var length = title.count
        for pool in [Vocabulary.qualifiers, Vocabulary.places, Vocabulary.periods] {
            let phrase = random.pick(pool)
            if length + 1 + phrase.count <= target {
                append(phrase, to: &title, length: &length)
            }
        }
        while length < minimumLength {
            append(random.pick(Vocabulary.fillers), to: &title, length: &length)
        }
        return title
    }

    /// Appends a phrase after a space; the caller keeps the title within the maximum length.
    private static func append(_ phrase: String, to title: inout String, length: inout Int) {
        title += " " + phrase
        length += phrase.count + 1
    }
}
