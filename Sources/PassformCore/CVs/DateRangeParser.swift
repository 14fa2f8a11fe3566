/// Finds the period in a line of a CV, in the forms people write in Swedish, Norwegian, Danish and English.
///
/// ```swift
/// let parser = DateRangeParser()
/// parser.firstRange(in: "mars 2019 – nu")   // start 2019-03, current
/// parser.firstRange(in: "2016–2019")        // start 2016, end 2019, year-only
/// ```
///
/// Recognised: `2019-03`, `2019/03`, `2019-03-15`, `03/2019`, `3.2019`, `15.03.2019`, `mars 2019`, `jan. 2018`,
/// `Aug 2015`, `ht 2018`, `2019`; joined by a dash, `till`, `til`, `to`, `t.o.m.`; ends such as `nu`, `nå`, `d.d.`,
/// `present`, `pågående`; open starts such as `sedan 2020`, `fra 2019`, `since 2021`.
public struct DateRangeParser: Sendable {
    var words: CVVocabulary

    /// Years outside this range are not taken as dates (they are more likely amounts or codes).
    static let years = 1950...2100

    public init(words: CVVocabulary = .standard) {
        self.words = words
    }

    // MARK: - Tokens

    enum TokenKind: Equatable {
        case number(value: Int, digits: Int)
        case word(String)
        case dash
        case slash
        case dot
        case other
    }

    struct Token {
        var kind: TokenKind
        var start: Int
        var end: Int
    }

    /// True when the line has four digits in a row, the cheapest test that it may hold a period.
    static func mayHoldYear(_ line: String) -> Bool {
        CVText.withUTF8(line, hasFourDigits)
    }

    private static func hasFourDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for byte in bytes {
            if byte >= 48 && byte <= 57 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// A letter, asking Unicode only outside ASCII.
    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 128 ? (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) : s.properties.isAlphabetic
    }

    /// The scalar that starts at byte `p` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[p])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[p + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[p + 1] & 0x3F) << 6 | UInt32(bytes[p + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(bytes[p + 1] & 0x3F) << 12 | UInt32(bytes[p + 2] & 0x3F) << 6 | UInt32(bytes[p + 3] & 0x3F), 4)
    }

    /// For each scalar from U+0080 to U+024F (Latin-1, Latin Extended A and B: "å", "ø", "é", the no-break space):
    /// bit 0 set when Unicode calls it white space, bit 1 when alphabetic. Asked once, not for every letter of a line.
    private static let latinProperties: [UInt8] = (0x80..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return (scalar.properties.isWhitespace ? 1 : 0) | (scalar.properties.isAlphabetic ? 2 : 0)
    }

    /// ``isLetter(_:)`` for a scalar value read by ``scalar(at:in:)``.
    @inline(__always)
    static func isLetter(value: UInt32) -> Bool {
        if value < 128 { return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) }
        if value < 0x250 { return latinProperties[Int(value) - 0x80] & 2 != 0 }
        return Unicode.Scalar(value).map(isLetter) ?? false
    }

    /// Unicode's white space, for a scalar value of 128 or more read by ``scalar(at:in:)``.
    @inline(__always)
    static func isNonASCIIWhitespace(value: UInt32) -> Bool {
        if value < 0x250 { return latinProperties[Int(value) - 0x80] & 1 != 0 }
        return Unicode.Scalar(value).map(\.properties.isWhitespace) ?? false
    }

    /// The dashes that join dates: neither white space, a digit nor a letter, so they are told first.
    @inline(__always)
    static func isDash(value: UInt32) -> Bool {
        value == 0x2D || (value >= 0x2010 && value <= 0x2014) || value == 0x2212
    }

    /// The tokens of a line, read from its UTF-8 bytes (valid UTF-8, as a string's) without decoding it into an array
    /// of scalars first; a token's start and end count scalars, as ``DateRange/scalarRange`` does.
    static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(bytes.count)
        var p = 0  // the byte offset of scalar `i`
        var i = 0
        let n = bytes.count
        while p < n {
            let (value, length) = scalar(at: p, in: bytes)
            if Self.isDash(value: value) {
                result.append(Token(kind: .dash, start: i, end: i + 1))
                p += length
                i += 1
                continue
            }
            if value == 32 || value == 9 || (value >= 128 && Self.isNonASCIIWhitespace(value: value)) {
                p += length
                i += 1
                continue
            }
            if value >= 48 && value <= 57 {
                var number = 0
                let start = i
                while p < n, bytes[p] >= 48 && bytes[p] <= 57 {
                    number = number &* 10 &+ Int(bytes[p] - 48)
                    p += 1
                    i += 1
                }
                result.append(Token(kind: .number(value: number, digits: i - start), start: start, end: i))
                continue
            }
            if Self.isLetter(value: value) {
                let start = i
                let startByte = p
                var isASCII = true
                while p < n {
                    let (letter, letterLength) = scalar(at: p, in: bytes)
                    guard Self.isLetter(value: letter) else { break }
                    if letter >= 128 { isASCII = false }
                    p += letterLength
                    i += 1
                }
                let word: String
                if isASCII {
                    // ASCII letters fold to themselves in lower case.
                    word = String(unsafeUninitializedCapacity: p - startByte) { buffer in
                        for k in startByte..<p { buffer[k - startByte] = bytes[k] | 0x20 }
                        return p - startByte
                    }
                } else {
                    word = CVText.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[startByte..<p]), as: UTF8.self))
                }
                result.append(Token(kind: .word(word), start: start, end: i))
                continue
            }
            let kind: TokenKind
            switch value {
            case 0x2F: kind = .slash
            case 0x2E: kind = .dot
            default: kind = .other
            }
            result.append(Token(kind: kind, start: i, end: i + 1))
            p += length
            i += 1
        }
        return result
    }

    // MARK: - Parsing

    /// The first period in `line`, preferring a full range over a single date; nil when the line has none.
    public func firstRange(in line: String) -> DateRange? {
        guard Self.mayHoldYear(line) else { return nil }
        return CVText.withUTF8(line) { firstRange(inUTF8: $0) }
    }

    /// The same, for a line's UTF-8 bytes at hand (which may hold a period: ``mayHoldYear(_:)``).
    func firstRange(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> DateRange? {
        let tokens = Self.tokens(utf8: bytes)
        var single: DateRange?
        var i = 0
        while i < tokens.count {
            if let (range, next) = range(at: i, in: tokens) {
                if range.end != nil || range.isCurrent { return range }
                if single == nil { single = range }
                i = next
            } else {
                i += 1
            }
        }
        return single
    }

    /// A range starting at token `i`, and the index after it.
    func range(at i: Int, in tokens: [Token]) -> (DateRange, Int)? {
        var index = i
        var openStart = false
        if let next = phrase(openStartPhrasesOf: tokens, at: index) {
            openStart = true
            index = next
        }
        guard let (start, afterStart) = date(at: index, in: tokens) else { return nil }
        let first = tokens[i].start
        // A joiner, then an end date or "now".
        if let afterJoin = joiner(at: afterStart, in: tokens) {
            if let (end, afterEnd) = date(at: afterJoin, in: tokens) {
                return (DateRange(start: start, end: end, isCurrent: false, scalarRange: first..<tokens[afterEnd - 1].end), afterEnd)
            }
            if let afterNow = present(at: afterJoin, in: tokens) {
                return (DateRange(start: start, end: nil, isCurrent: true, scalarRange: first..<tokens[afterNow - 1].end), afterNow)
            }
            if isDash(tokens[afterStart]) && (afterJoin >= tokens.count || !isWordOrNumber(tokens[afterJoin])) {
                // "2019-03 –" with nothing after: an open end.
                return (DateRange(start: start, end: nil, isCurrent: true, scalarRange: first..<tokens[afterJoin - 1].end), afterJoin)
            }
        }
        if let afterNow = present(at: afterStart, in: tokens), openStart {
            return (DateRange(start: start, end: nil, isCurrent: true, scalarRange: first..<tokens[afterNow - 1].end), afterNow)
        }
        let range = DateRange(start: start, end: nil, isCurrent: openStart, scalarRange: first..<tokens[afterStart - 1].end)
        return (range, afterStart)
    }

    private func isDash(_ token: Token) -> Bool { token.kind == .dash }

    private func isWordOrNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .word, .number: true
        default: false
        }
    }

    /// A date at token `i`, and the index after it.
    func date(at i: Int, in tokens: [Token]) -> (CVDate, Int)? {
        guard i < tokens.count else { return nil }
        func number(_ k: Int) -> (value: Int, digits: Int)? {
            guard k < tokens.count, case .number(let value, let digits) = tokens[k].kind else { return nil }
            return (value, digits)
        }
        func isSeparator(_ k: Int) -> Bool {
            guard k < tokens.count else { return false }
            switch tokens[k].kind {
            case .dash, .slash, .dot: return tokens[k].start == tokens[k - 1].end  // written tight: "2019-03"
            default: return false
            }
        }
        switch tokens[i].kind {
        case .number(let value, let digits):
            if digits == 4, Self.years.contains(value) {
                // 2019-03, 2019/03, 2019-03-15, 2019.03
                if isSeparator(i + 1), let month = number(i + 2), month.digits <= 2, (1...12).contains(month.value),
                    tokens[i + 2].start == tokens[i + 1].end
                {
                    var next = i + 3
                    if isSeparator(next), let day = number(next + 1), day.digits <= 2 { next += 2 }
                    return (CVDate(year: value, month: month.value), next)
                }
                return (CVDate(year: value), i + 1)
            }
            if digits <= 2 {
                // 03/2019, 3.2019, 15.03.2019, 15 mars 2019
                if isSeparator(i + 1), let second = number(i + 2) {
                    if second.digits == 4, Self.years.contains(second.value), (1...12).contains(value) {
                        return (CVDate(year: value == 0 ? second.value : second.value, month: value), i + 3)
                    }
                    if second.digits <= 2, (1...12).contains(second.value), isSeparator(i + 3),
                        let year = number(i + 4), year.digits == 4, Self.years.contains(year.value)
                    {
                        return (CVDate(year: year.value, month: second.value), i + 5)
                    }
                }
                if (1...31).contains(value), i + 1 < tokens.count, case .word = tokens[i + 1].kind,
                    let (date, next) = date(at: i + 1, in: tokens), date.month != nil
                {
                    return (date, next)
                }
                if (1...31).contains(value), i + 2 < tokens.count, tokens[i + 1].kind == .dot,
                    case .word = tokens[i + 2].kind, let (date, next) = date(at: i + 2, in: tokens), date.month != nil
                {
                    return (date, next)
                }
            }
            return nil
        case .word(let word):
            var next = i + 1
            if next < tokens.count, tokens[next].kind == .dot { next += 1 }
            guard let year = number(next), year.digits == 4, Self.years.contains(year.value) else { return nil }
            if let month = words.monthNames[word] {
                return (CVDate(year: year.value, month: month), next + 1)
            }
            if let term = words.semesters[word] {
                return (CVDate(year: year.value, term: term.start...term.end), next + 1)
            }
            return nil
        default:
            return nil
        }
    }

    /// A dash or a word such as "till", "to", "t.o.m." at `i`; the index after it.
    func joiner(at i: Int, in tokens: [Token]) -> Int? {
        guard i < tokens.count else { return nil }
        if tokens[i].kind == .dash {
            var next = i + 1
            while next < tokens.count, tokens[next].kind == .dash { next += 1 }  // "--"
            return next
        }
        return match(words.rangePhrases, in: tokens, at: i)
    }

    func present(at i: Int, in tokens: [Token]) -> Int? {
        match(words.presentPhrases, in: tokens, at: i)
    }

    func phrase(openStartPhrasesOf tokens: [Token], at i: Int) -> Int? {
        match(words.openStartPhrases, in: tokens, at: i)
    }

    /// Matches one of `phrases` (folded words) at `i`, skipping dots between the words ("d.d.", "t.o.m.").
    func match(_ phrases: [[String]], in tokens: [Token], at i: Int) -> Int? {
        // Every phrase starts with a word (the vocabulary drops phrases that fold to nothing, such as "–"), so none
        // matches at a number, a dash or the end: most tokens tried.
        guard i < tokens.count, case .word = tokens[i].kind else { return nil }
        for phrase in phrases {
            var k = i
            var ok = true
            for word in phrase {
                while k < tokens.count, tokens[k].kind == .dot, k > i { k += 1 }
                guard k < tokens.count, case .word(let w) = tokens[k].kind, w == word else {
                    ok = false
                    break
                }
                k += 1
            }
            if ok {
                while k < tokens.count, tokens[k].kind == .dot { k += 1 }
                return k
            }
        }
        return nil
    }
}
