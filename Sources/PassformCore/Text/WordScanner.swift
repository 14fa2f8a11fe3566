/// A text split into words, each with its folded form and its range in the original, so that
/// phrase matches on folded words can be mapped back to the text as written.
public struct WordScanner: Sendable {
    public let text: String
    /// Folded words ("lönesystem" → "lonesystem").
    public let folded: [Substring]
    /// The range of each word in `text`.
    public let ranges: [Range<String.Index>]

    public init(_ text: String) {
        self.text = text
        var folded: [Substring] = []
        var ranges: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].isLetter || text[index].isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            while index < text.endIndex, text[index].isLetter || text[index].isNumber {
                index = text.index(after: index)
            }
            ranges.append(start..<index)
            folded.append(Substring(Folding.asciiFold(String(text[start..<index]))))
        }
        self.folded = folded
        self.ranges = ranges
    }

    /// The original text of words `range`.
    public func original(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= ranges.count else { return "" }
        return String(text[ranges[range.lowerBound].lowerBound..<ranges[range.upperBound - 1].upperBound])
    }

    /// The word index of the first word at or after a character position.
    public func wordIndex(atOrAfter position: String.Index) -> Int {
        ranges.firstIndex { $0.lowerBound >= position } ?? ranges.count
    }

    /// True when the folded words at `index` spell `phrase` (already folded words).
    public func has(_ phrase: [Substring], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= folded.count else { return false }
        for (k, word) in phrase.enumerated() where folded[index + k] != word { return false }
        return true
    }

    /// The index of the first occurrence of any of `phrases` at or after `start`, with its length.
    public func find(_ phrases: [[Substring]], from start: Int = 0) -> (index: Int, count: Int)? {
        guard start < folded.count else { return nil }
        for i in start..<folded.count {
            for phrase in phrases where has(phrase, at: i) { return (i, phrase.count) }
        }
        return nil
    }
}
