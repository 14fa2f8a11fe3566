import Foundation

/// Work experience and education: entries anchored on the lines that hold a period.
extension CVTextParser {
    /// Where an entry's title sits relative to its dates.
    enum EntryStyle {
        /// "Ekonomiassistent, Malmö stad" on the line before "2019-03 – 2021-02".
        case titleBefore
        /// "2019-03 – 2021-02" first, the title on the next line.
        case titleAfter
    }

    /// An entry's header: the period, and the title and organisation as written.
    struct EntryHeader {
        var range: DateRange?
        var title: String
        var organisation: String?
        /// The index of the line the entry's source is (its title line, or the dated line): the line stays in the
        /// section's array instead of being copied into every header.
        var lineIndex: Int
        var lineIndexes: [Int]
        /// The title line split into title and organisation, when it was split already.
        var split: CVFactReader.TitleSplit?
    }

    /// The period on a line (its text), when it opens or closes the line (not a year inside a sentence).
    func anchorRange(_ text: String) -> DateRange? {
        guard !text.isEmpty, DateRangeParser.mayHoldYear(text) else { return nil }
        let found: (range: DateRange, lettersAround: Bool)? = CVText.withUTF8(text) { bytes in
            guard let range = facts.dates.firstRange(inUTF8: bytes) else { return nil }
            // A letter before the period and one after it, counted in scalars as the period's bounds are: the scan stops
            // at the first letter before (or without one), skips the period's scalars by their lead bytes, and stops
            // at the first letter after.
            var p = 0
            var i = 0
            var before = false
            while i < range.scalarRange.lowerBound, p < bytes.count {
                let (value, length) = DateRangeParser.scalar(at: p, in: bytes)
                if DateRangeParser.isLetter(value: value) {
                    before = true
                    break
                }
                p += length
                i += 1
            }
            guard before else { return (range, false) }
            while i < range.scalarRange.upperBound, p < bytes.count {
                p += 1
                while p < bytes.count, bytes[p] & 0xC0 == 0x80 { p += 1 }
                i += 1
            }
            while p < bytes.count {
                let (value, length) = DateRangeParser.scalar(at: p, in: bytes)
                if DateRangeParser.isLetter(value: value) { return (range, true) }
                p += length
            }
            return (range, false)
        }
        guard let (range, lettersAround) = found else { return nil }
        if !lettersAround { return range }
        // "Ekonomiassistent, Malmö stad, 2019-03 – 2021-02 (vikariat)" or "Controller | 2019 – 2021 | Region Skåne".
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.scalarRange.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.scalarRange.count)
        let tail = String(Substring(scalars[upper...]))
        let head = String(Substring(scalars[..<lower]))
        if tail.trimmingCharacters(in: .whitespaces).hasPrefix("(") || head.hasSuffix("| ") || head.hasSuffix("(")
            || head.hasSuffix(", ") && tail.count < 25 || CVText.contains(text, " | ")
        {
            return range
        }
        return nil
    }

    /// True when a line can be an entry's title or organisation: short, not a bullet, not a sentence. Inlined, so that
    /// a line of an array is read in place rather than copied whole for the call.
    @inline(__always)
    func isHeaderLike(_ line: CVLine) -> Bool {
        // A text ending in "." or ":" ends in that byte: the byte test spares most lines the Character comparison.
        !line.isBlank && !line.isBullet && Self.spaceSeparatedParts(line.text, atMost: 12)
            && !(line.text.utf8.last == 46 && line.text.hasSuffix(".")) && !(line.text.utf8.last == 58 && line.text.hasSuffix(":"))
    }

    /// True when `text` split at spaces has at most `limit` non-empty parts.
    static func spaceSeparatedParts(_ text: String, atMost limit: Int) -> Bool {
        // Every space character is a space byte, but a space byte followed by a combining mark is no space character:
        // splitting on characters never gives more parts than splitting on bytes. Only more than `limit` parts on
        // bytes need the characters, when a combining mark may join a space.
        if CVText.withUTF8(text, { CVText.spaceSeparatedRuns($0, upTo: limit) }) <= limit { return true }
        return CVText.mayHoldCombiningMarks(text) && text.split(separator: " ").count <= limit
    }

    /// `text.contains(where: \.isLetter) && text.count >= 2`, on bytes when every scalar is below U+0300 and none is a
    /// carriage return: then every scalar is a character of its own, and an ASCII letter byte is a letter.
    static func holdsALetterInTwoCharacters(_ text: String) -> Bool {
        let onBytes: Bool? = CVText.withUTF8(text) { bytes -> Bool? in
            var scalars = 0
            var hasASCIILetter = false
            for byte in bytes {
                if byte >= 0xCC || byte == 13 { return nil }
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if (0x61...0x7A).contains(byte | 0x20) { hasASCIILetter = true }
            }
            return hasASCIILetter ? scalars >= 2 : nil
        }
        return onBytes ?? (text.contains(where: \.isLetter) && text.count >= 2)
    }

    private static let organisationConnectors: Set<String> = ["och", "og", "of", "i", "för", "for", "and", "&", "de", "af", "av"]

    /// True when a line reads as an organisation's name on its own ("Malmö stad", "Lidl Sverige").
    func isOrganisationLine(_ line: CVLine) -> Bool {
        guard isHeaderLike(line) else { return false }
        if facts.namesOrganisation(words: line.folded) { return true }
        // A space is a character of its own unless a combining mark follows it: then split on characters.
        let text = line.text
        let parts = CVText.mayHoldCombiningMarks(text)
            ? text.split(separator: " ") : text.utf8.split(separator: 32).map { Substring($0) }
        guard parts.count <= 4 else { return false }
        return parts.allSatisfy { part in
            Self.organisationConnectors.contains(String(part)) || (part.first?.isUppercase ?? false)
        } && facts.occupation(forWords: line.folded) == nil
    }

    /// Groups a section's lines into entries: each anchor line with the header lines around it.
    func entryHeaders(
        _ lines: [CVLine], split: (String) -> (title: String, organisation: String?), undatedAnchor: ((CVLine) -> Bool)? = nil
    ) -> (headers: [EntryHeader], consumed: [Bool]) {
        entryHeaders(lines, titleSplit: { text in
            let parts = split(text)
            return CVFactReader.TitleSplit(title: parts.title, employer: parts.organisation)
        }, undatedAnchor: undatedAnchor)
    }

    /// The same, with a split that keeps what it learnt (see ``CVFactReader/titleSplit(_:)``).
    func entryHeaders(
        _ lines: [CVLine], titleSplit split: (String) -> CVFactReader.TitleSplit, undatedAnchor: ((CVLine) -> Bool)? = nil
    ) -> (headers: [EntryHeader], consumed: [Bool]) {
        // By line index: the period a line anchors, and whether the line belongs to an entry's header. The lines are
        // read in place (`map` would copy each line whole to pass it on).
        var ranges: [DateRange?] = []
        ranges.reserveCapacity(lines.count)
        for i in lines.indices { ranges.append(anchorRange(lines[i].text)) }
        var consumed = [Bool](repeating: false, count: lines.count)
        var headers: [EntryHeader] = []
        var style: EntryStyle?
        // Whether a line reads as an organisation, and whether it names an occupation: each asked at most once a line
        // (the arrays are made at the first question; many sections ask none).
        var organisationAt: [Bool?] = []
        var occupationAt: [Bool?] = []
        func isOrganisation(_ k: Int) -> Bool {
            if organisationAt.isEmpty { organisationAt = [Bool?](repeating: nil, count: lines.count) }
            if let known = organisationAt[k] { return known }
            let found = isOrganisationLine(lines[k])
            organisationAt[k] = found
            return found
        }
        func namesOccupation(_ k: Int) -> Bool {
            if occupationAt.isEmpty { occupationAt = [Bool?](repeating: nil, count: lines.count) }
            if let known = occupationAt[k] { return known }
            let found = facts.occupation(forWords: lines[k].folded) != nil
            occupationAt[k] = found
            return found
        }
        for i in lines.indices {
            guard let range = ranges[i] else { continue }
            let residual = CVFactReader.trim(Self.removing(range.scalarRange, from: lines[i].text))
            consumed[i] = true
            if Self.holdsALetterInTwoCharacters(residual) {
                let parts = split(residual)
                // The organisation alone on the next line. Each header is made in the append: a header in a variable
                // was copied into the array.
                if parts.employer == nil, let next = nextNonBlank(after: i, in: lines),
                    ranges[next] == nil, !consumed[next], isOrganisation(next)
                {
                    consumed[next] = true
                    headers.append(EntryHeader(range: range, title: residual, organisation: lines[next].text, lineIndex: i, lineIndexes: [i, next]))
                } else {
                    headers.append(EntryHeader(range: range, title: residual, organisation: nil, lineIndex: i, lineIndexes: [i], split: parts))
                }
                continue
            }
            if style == nil {
                let hasTextBefore = (0..<i).contains { !lines[$0].isBlank }
                style = hasTextBefore ? .titleBefore : .titleAfter
            }
            var picked: [Int] = []
            if style == .titleBefore {
                var k = i - 1
                while k >= 0, picked.count < 2 {
                    if lines[k].isBlank {
                        if picked.isEmpty { k -= 1; continue }
                        break
                    }
                    guard !consumed[k], ranges[k] == nil, isHeaderLike(lines[k]) else { break }
                    picked.insert(k, at: 0)
                    k -= 1
                }
            } else {
                var k = i + 1
                while k < lines.count, picked.count < 2 {
                    if lines[k].isBlank {
                        if picked.isEmpty { k += 1; continue }
                        break
                    }
                    guard ranges[k] == nil, isHeaderLike(lines[k]) else { break }
                    picked.append(k)
                    k += 1
                }
            }
            guard !picked.isEmpty else {
                headers.append(EntryHeader(range: range, title: "", organisation: nil, lineIndex: i, lineIndexes: [i]))
                continue
            }
            // Two lines: title and organisation, unless the first already holds both or the second is a description.
            if picked.count == 2 {
                let (first, second) = (picked[0], picked[1])
                if style == .titleBefore {
                    // Keep the earlier line when it is a title and the later one is not ("Ekonomiadministratör" over
                    // "Redovisningshuset i Norr AB" or "Rema 1000"), or when one of the two reads as an organisation
                    // and the later one does not hold a title and an employer itself.
                    let titleOverOther = namesOccupation(first) && !isOrganisation(first) && !namesOccupation(second)
                    if !titleOverOther,
                        !(isOrganisation(first) || isOrganisation(second)) || facts.splitTitleAndEmployer(lines[second].text).employer != nil
                    {
                        picked.removeFirst()
                    }
                } else if facts.splitTitleAndEmployer(lines[first].text).employer != nil || !isOrganisation(second) {
                    picked.removeLast()
                }
            }
            for k in picked { consumed[k] = true }
            let titleLine = picked.first { namesOccupation($0) && !isOrganisation($0) } ?? picked[0]
            let organisation = picked.count == 2 ? lines[picked.first { $0 != titleLine } ?? picked[1]].text : nil
            headers.append(
                EntryHeader(range: range, title: lines[titleLine].text, organisation: organisation, lineIndex: titleLine, lineIndexes: [i] + picked))
        }
        if let undatedAnchor {
            for i in lines.indices where !consumed[i] && !lines[i].isBullet && isHeaderLike(lines[i]) && undatedAnchor(lines[i]) {
                consumed[i] = true
                headers.append(EntryHeader(range: nil, title: lines[i].text, organisation: nil, lineIndex: i, lineIndexes: [i]))
            }
            headers.sort { lines[$0.lineIndex].number < lines[$1.lineIndex].number }
        }
        return (headers, consumed)
    }

    private func nextNonBlank(after i: Int, in lines: [CVLine]) -> Int? {
        var k = i + 1
        while k < lines.count {
            if !lines[k].isBlank { return k }
            k += 1
        }
        return nil
    }

    // MARK: - Employment

    func readEmployment(_ lines: [CVLine], asOf: YearMonth, into candidate: inout Candidate, scanned: inout [(line: CVLine, text: String)]) {
        let (headers, consumed) = entryHeaders(lines, titleSplit: { facts.titleSplit($0) })
        if headers.isEmpty, let first = lines.first(where: { !$0.isBlank }) {
            candidate.warnings.append("line \(first.number): no dates found under the work-experience heading; no months counted")
        }
        // Headers and lines are read in place, field by field: copying one whole retains each of its strings and arrays.
        for h in headers.indices {
            var title: String
            var employer = headers[h].organisation
            var split: CVFactReader.TitleSplit?
            if employer == nil {
                let parts = headers[h].split ?? facts.titleSplit(headers[h].title)
                (title, employer, split) = (parts.title, parts.employer, parts)
            } else {
                title = CVFactReader.trim(headers[h].title)
                employer = employer.map(CVFactReader.trim)
            }
            let line = headers[h].lineIndex
            let number = lines[line].number
            if title.isEmpty {
                candidate.warnings.append("line \(number): dates without a job title")
                continue
            }
            let titleWords = split?.titleWords ?? CVText.words(title)
            if isLeave(words: titleWords) {
                candidate.warnings.append("line \(number): '\(CVFactReader.shortened(title))' is leave or study, not a job; not counted")
                continue
            }
            let entry = facts.employment(
                title: title, titleWords: titleWords, occupation: split?.occupation, employer: employer,
                employerIsPublic: split?.employerIsPublic, range: headers[h].range, source: lines[line].source, asOf: asOf,
                warnings: &candidate.warnings)
            if entry.occupation == nil {
                candidate.warnings.append("line \(number): the title '\(CVFactReader.shortened(title))' maps to no known occupation")
            }
            candidate.employment.append(entry)
            scanned.append((lines[line], title))
        }
        for i in lines.indices where !lines[i].isBlank && !consumed[i] {
            scanned.append((lines[i], lines[i].text))
            if facets.contains(.certifications), lines[i].isBullet, facts.mentionsCertificate(lines[i].folded) {
                candidate.certifications.append(NamedFact(name: CVFactReader.trim(lines[i].text), source: lines[i].source))
            }
        }
    }

    /// True for "Föräldraledig", "Tjänstledig (studier)", "Parental leave".
    func isLeave(_ title: String) -> Bool {
        isLeave(words: CVText.words(title))
    }

    /// The same, for a title's folded words.
    func isLeave(words folded: [Substring]) -> Bool {
        guard let first = folded.first else { return false }
        if words.nonWorkTitles.contains(String(first)) { return true }
        // One word: its first two words are that word, looked up already.
        return folded.count >= 2 && words.nonWorkTitles.contains(String(first) + " " + folded[1])
    }

    // MARK: - Education

    func readEducation(_ lines: [CVLine], into candidate: inout Candidate, scanned: inout [(line: CVLine, text: String)]) {
        let (headers, consumed) = entryHeaders(lines, split: { text in
            let parts = self.splitDegreeAndSchool(text)
            return (parts.title, parts.institution)
        }) { line in
            // A line's folded words are those of its text.
            self.facts.educationLevel(in: line.text) != nil || self.facts.namesInstitution(folded: line.folded)
        }
        var described = consumed
        for h in headers.indices {
            var title = headers[h].title
            var institution = headers[h].organisation
            if institution == nil {
                let split = headers[h].split.map { (title: $0.title, institution: $0.employer) } ?? splitDegreeAndSchool(title)
                title = split.title
                institution = split.institution
            }
            title = CVFactReader.trim(title)
            guard !title.isEmpty else { continue }
            // Without an institution the whole entry is its title, read once.
            var level = facts.educationLevel(in: title)
            if level == nil, let institution { level = facts.educationLevel(in: title + ", " + institution) }
            var field = facts.educationField(in: title) ?? institution.flatMap { facts.educationField(in: $0) }
            // The lines under the header may name the level or field ("Inriktning redovisning, 400 YH-poäng").
            if level == nil || field == nil, let last = headers[h].lineIndexes.max() {
                var k = last + 1
                while k < lines.count, !lines[k].isBlank, !described[k], k <= last + 2 {
                    level = level ?? facts.educationLevel(in: lines[k].text)
                    field = field ?? facts.educationField(in: lines[k].text)
                    k += 1
                }
            }
            var start: YearMonth?
            var end: YearMonth?
            if let range = headers[h].range {
                if range.end == nil, !range.isCurrent {
                    end = range.start.asEnd  // a single date is the year of the degree
                } else {
                    let months = range.months
                    start = months.start
                    end = months.end
                }
            }
            if level == nil {
                candidate.warnings.append("line \(lines[headers[h].lineIndex].number): the level of '\(CVFactReader.shortened(title))' is not recognised")
            }
            candidate.education.append(
                EducationEntry(
                    level: level, field: field, title: title, institution: institution, start: start, end: end,
                    source: lines[headers[h].lineIndex].source))
            for index in headers[h].lineIndexes { described[index] = true }
        }
        for i in lines.indices where !lines[i].isBlank && !consumed[i] {
            scanned.append((lines[i], lines[i].text))
        }
    }

    /// "Kandidatexamen i företagsekonomi, Lunds universitet" → degree and school.
    func splitDegreeAndSchool(_ text: String) -> (title: String, institution: String?) {
        let trimmed = CVFactReader.trim(text)
        for separator in words.titleEmployerSeparators {
            // Most separators are not in the text: that test first, then the three this split leaves out.
            guard CVText.contains(trimmed, separator), separator != " i " && separator != " at " && separator != " på " else { continue }
            let pieces = CVText.components(of: trimmed, separatedBy: separator).map(CVFactReader.trim).filter { !$0.isEmpty }
            guard pieces.count >= 2 else { continue }
            if let school = pieces.lastIndex(where: { facts.namesInstitution($0) }), pieces.count > 1 {
                let rest = pieces.indices.filter { $0 != school }.map { pieces[$0] }
                return (rest.joined(separator: ", "), pieces[school])
            }
            return (pieces[0], pieces.dropFirst().joined(separator: ", "))
        }
        return (trimmed, nil)
    }
}
