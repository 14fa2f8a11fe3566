import Foundation

/// Finds the personal data in CV text: e-mail addresses, phone numbers, web links, Swedish personnummer,
/// Norwegian fødselsnummer and Danish CPR numbers. Used to keep them apart from the screened facts and
/// to redact them in blind mode.
package enum PersonalData {
    /// The e-mail addresses in `text`.
    package static func emails(in text: String) -> [String] {
        guard CVText.contains(text, byte: 64) else { return [] }
        if !CVText.mayHoldCombiningMarks(text) {
            // Every separator and mark is ASCII and no character joins them: split and test on bytes.
            // Only a token with an "@" becomes a string.
            var found: [String] = []
            CVText.withUTF8(text) { bytes in
                var start = 0
                while start < bytes.count {
                    var end = start
                    var hasAt = false
                    while end < bytes.count, !isEmailSeparator(bytes[end]) {
                        if bytes[end] == 64 { hasAt = true }
                        end += 1
                    }
                    if hasAt, let token = emailToken(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                        found.append(token.hasPrefix("mailto:") ? String(token.dropFirst(7)) : token)
                    }
                    start = end + 1
                }
            }
            return found
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "|" || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" })
            .map { trimming($0, ".:[]\"'") }
            .filter { token in
                guard let at = token.firstIndex(of: "@"), at != token.startIndex else { return false }
                return token[token.index(after: at)...].contains(".")
            }
            .map { $0.hasPrefix("mailto:") ? String($0.dropFirst(7)) : $0 }
    }

    /// Space , ; | < > ( ): the bytes that end a token that may be an e-mail address.
    private static func isEmailSeparator(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 44 || byte == 59 || byte == 124 || byte == 60 || byte == 62 || byte == 40 || byte == 41
    }

    /// A token (bytes between separators) trimmed of `.:[]"'` when it is an e-mail address: an "@" after its first
    /// byte with a "." somewhere after it.
    private static func emailToken(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        let junk: StaticString = ".:[]\"'"
        let set = UnsafeBufferPointer(start: junk.utf8Start, count: junk.utf8CodeUnitCount)
        var start = 0
        var end = token.count
        while start < end, set.contains(token[start]) { start += 1 }
        while end > start, set.contains(token[end - 1]) { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: token[start..<end])
        guard let at = trimmed.firstIndex(of: 64), at != 0, trimmed[(at + 1)...].contains(46) else { return nil }
        return String(decoding: trimmed, as: UTF8.self)
    }

    /// `token` without the ASCII characters of `junk` at either end.
    static func trimming(_ token: Substring, _ junk: StaticString) -> String {
        let set = UnsafeBufferPointer(start: junk.utf8Start, count: junk.utf8CodeUnitCount)
        let utf8 = token.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, set.contains(utf8[start]) { utf8.formIndex(after: &start) }
        while end > start, set.contains(utf8[utf8.index(before: end)]) { utf8.formIndex(before: &end) }
        return String(Substring(utf8[start..<end]))
    }

    /// Web links ("https://…", "www.…", "linkedin.com/in/…").
    package static func links(in text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" })
            .map { trimming($0, ",;:[]\"'") }
            .filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") || $0.contains("linkedin.com") }
    }

    /// What a few quick looks at a line's bytes tell about its personal data, so that most lines skip the searches.
    struct Hints {
        /// The UTF-8 offset of the first ":".
        var colon: Int?
        /// The ASCII digits.
        var digits = 0
        /// An "@": the line may hold an e-mail address (``emails(in:)`` looks no further without one).
        var hasAt = false
        /// "www.", "://" or "linkedin": the line may hold a link.
        var mayHoldLink = false
        /// Eight digits or more in one stretch of digits, spaces, "-", ".", "/", "(", ")" and "+". Every run of
        /// ``digitRuns(in:)`` lies in such a stretch: without one, no run is a phone or identity number.
        var mayHoldNumber = false

        init(_ text: String) {
            self = CVText.withUTF8(text, Self.read)
        }

        private static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Hints {
            var hints = Hints()
            guard let base = bytes.baseAddress else { return hints }
            let n = bytes.count
            func contains(_ pattern: StaticString, from start: Int = 0) -> Bool {
                let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
                return CVText.firstRange(of: needle, in: UnsafeBufferPointer(rebasing: bytes[start...])) != nil
            }
            var digits = 0
            for byte in bytes where byte &- 48 < 10 { digits &+= 1 }
            hints.digits = digits
            if let colon = memchr(base, 58, n) {
                hints.colon = base.distance(to: colon.assumingMemoryBound(to: UInt8.self))
            }
            hints.hasAt = memchr(base, 64, n) != nil
            hints.mayHoldLink = hints.colon.map { contains("://", from: $0) } == true || contains("www.") || contains("linkedin")
            if digits >= 8 {
                var inStretch = 0
                for byte in bytes {
                    if byte &- 48 < 10 {
                        inStretch += 1
                        if inStretch >= 8 {
                            hints.mayHoldNumber = true
                            break
                        }
                    } else if !(byte == 32 || byte == 45 || byte == 46 || byte == 47 || byte == 40 || byte == 41 || byte == 43) {
                        inStretch = 0  // a byte that no run holds
                    }
                }
            }
            return hints
        }

        private init() {}
    }

    /// Runs of digits with the spaces, dashes, dots, slashes and parentheses between them, and the `+` before them.
    static func digitRuns(in text: String) -> [(text: String, digits: String)] {
        CVText.withUTF8(text) { bytes in
            var result: [(String, String)] = []
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let isStart = (48...57).contains(b) || b == 43 || b == 40  // digit, "+", "("
                guard isStart else {
                    i += 1
                    continue
                }
                // A run: digits with spaces, dashes, dots, slashes and parentheses between them.
                var j = i
                var digitCount = 0
                var lastDigit = i
                while j < bytes.count {
                    let c = bytes[j]
                    if (48...57).contains(c) {
                        digitCount += 1
                        lastDigit = j
                    } else if c == 32 || c == 45 || c == 46 || c == 47 || c == 40 || c == 41 || (c == 43 && j == i) {
                        // part of the run
                    } else {
                        break
                    }
                    j += 1
                }
                // "08/2019 - 09/2020", "2019-04 - 2026-02": a period, not a phone or identity number; what follows it
                // ("2019-04 - 2026-02 070-123 45 67") is a run of its own.
                if digitCount >= 8, let period = periodPrefix(bytes[i..<j]) {
                    i += period
                    continue
                }
                if digitCount >= 6 {
                    var first = i
                    while first < lastDigit, bytes[first] == 32 || bytes[first] == 45 || bytes[first] == 46 || bytes[first] == 47 {
                        first += 1
                    }
                    var written = String(decoding: UnsafeBufferPointer(rebasing: bytes[first...lastDigit]), as: UTF8.self)
                    if written.hasPrefix("(") && !written.contains(")") { written.removeFirst() }
                    let digits = String(decoding: bytes[i..<j].filter { (48...57).contains($0) }, as: UTF8.self)
                    result.append((written, digits))
                }
                i = max(j, i + 1)
            }
            return result
        }
    }

    /// One parser for every run: making one copies the standard vocabulary's collections.
    private static let periodParser = DateRangeParser()

    /// The length in bytes of the period ("03/2019 - 05/2021", "2019-03 - 2021-05", "2016-2019") that `run`
    /// starts with, or of the date that is all of it ("01.12.2020", "2019-03-15"); nil when it starts with neither.
    /// The run holds only ASCII digits and separators.
    static func periodPrefix(_ run: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        let tokens = DateRangeParser.tokens(utf8: UnsafeBufferPointer(rebasing: run))
        guard let (range, next) = periodParser.range(at: 0, in: tokens), range.end != nil || next == tokens.count else { return nil }
        return tokens[next - 1].end
    }

    /// A personnummer (`YYMMDD-XXXX`, `YYYYMMDD-XXXX`), fødselsnummer (`DDMMYY XXXXX`) or CPR number
    /// (`DDMMYY-XXXX`) in `text`; an 11-digit number counts only when `labelled`.
    package static func nationalID(in text: String, labelled: Bool = false) -> String? {
        nationalID(among: digitRuns(in: text), labelled: labelled)
    }

    /// The same, among the digit runs of a text (``digitRuns(in:)``).
    static func nationalID(among runs: [(text: String, digits: String)], labelled: Bool) -> String? {
        for run in runs {
            if let id = nationalID(run, labelled: labelled) { return id }
        }
        return nil
    }

    /// The run as written when it is an identity number.
    private static func nationalID(_ run: (text: String, digits: String), labelled: Bool) -> String? {
        let (written, digits) = run
        // A run is ASCII (digits and separators): bytes are characters.
        let hasDash = written.utf8.contains(45) || written.utf8.contains(43)  // "-" "+"
        switch digits.utf8.count {
        case 10 where hasDash || labelled:
            let separatorAt = written.utf8.firstIndex { $0 == 45 || $0 == 43 || $0 == 32 }
            if let separatorAt, written.utf8.distance(from: written.utf8.startIndex, to: separatorAt) == 6,
                isPlausibleDate(digits.prefix(6))
            {
                return written
            }
            if labelled { return written }
        case 12 where hasDash || labelled:
            if let year = Int(digits.prefix(4)), (1900...2030).contains(year) { return written }
        case 11 where labelled:
            return written
        default:
            break
        }
        return nil
    }

    /// True when six digits read as YYMMDD or DDMMYY.
    static func isPlausibleDate(_ six: Substring) -> Bool {
        let values = Array(six).compactMap(\.wholeNumberValue)
        guard values.count == 6 else { return false }
        let a = values[0] * 10 + values[1]
        let b = values[2] * 10 + values[3]
        let c = values[4] * 10 + values[5]
        let swedish = (1...12).contains(b) && (1...31).contains(c % 60)  // samordningsnummer add 60 to the day
        let nordic = (1...31).contains(a % 40) && (1...12).contains(b)  // D-nummer add 40 to the day
        return swedish || nordic
    }

    /// Phone numbers: a run of at least eight digits starting with `+` or `0`, or any such run when `labelled`, or
    /// eight digits grouped as Norwegian and Danish numbers are written without a prefix ("913 45 678", "20 12 34 56").
    package static func phones(in text: String, labelled: Bool = false) -> [String] {
        phones(among: digitRuns(in: text), labelled: labelled)
    }

    /// The same, among the digit runs of a text (``digitRuns(in:)``).
    static func phones(among runs: [(text: String, digits: String)], labelled: Bool) -> [String] {
        runs.compactMap { run in
            let (written, digits) = run
            guard digits.count >= 8, digits.count <= 15 else { return nil }
            if labelled || written.hasPrefix("+") || written.hasPrefix("0") || written.hasPrefix("(0") || isNordicEightDigit(written) {
                if nationalID(run, labelled: false) != nil { return nil }
                return written
            }
            return nil
        }
    }

    /// Eight digits in the groups of a Norwegian or Danish number, separated by single spaces: 3-2-3 or 2-2-2-2.
    static func isNordicEightDigit(_ written: String) -> Bool {
        let groups = written.split(separator: " ", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ group in !group.isEmpty && group.allSatisfy(\.isASCII) && group.allSatisfy(\.isNumber) }) else {
            return false
        }
        let lengths = groups.map(\.count)
        return lengths == [3, 2, 3] || lengths == [2, 2, 2, 2]
    }

    /// "2016 2019": eight digits that are two years in order, written without a dash (which ``digitRuns(in:)``
    /// already leaves out as a period): a period too, not an identifier.
    static func isYearRange(_ digits: String) -> Bool {
        guard digits.count == 8, let from = Int(digits.prefix(4)), let to = Int(digits.suffix(4)) else { return false }
        return (1940...2100).contains(from) && (1940...2100).contains(to) && from <= to
    }

    /// `text` with e-mail addresses, links, phone numbers, national identity numbers and the given names replaced by
    /// `[…]`; periods ("2016-2019", "2016 2019", "03/2019 - 05/2021") stay.
    package static func redacted(_ text: String, names: [String]) -> String {
        var out = text
        for email in emails(in: text) { out = out.replacingOccurrences(of: email, with: "[…]") }
        for link in links(in: text) { out = out.replacingOccurrences(of: link, with: "[…]") }
        for (written, digits) in digitRuns(in: out) where digits.count >= 8 && !isYearRange(digits) {
            out = out.replacingOccurrences(of: written, with: "[…]")
        }
        for name in names where name.count >= 2 {
            out = out.replacingOccurrences(of: name, with: "[…]")
        }
        return out
    }
}
