import Foundation

/// Reads a plain-text or Markdown CV in Swedish, Norwegian, Danish or English into a ``Candidate``.
///
/// ```swift
/// let candidate = try CVTextParser().parse(text, asOf: YearMonth(year: 2026, month: 11), file: "anna.txt")
/// candidate.experienceMonthsByOccupation(asOf: YearMonth(year: 2026, month: 11))
/// ```
///
/// The parser scans the lines once. Headings open sections (the cues are data: `cv-sections.json`);
/// in the work-experience and education sections, a line with a period ("2019-03 – 2021-02",
/// "mars 2019 – nu") anchors an entry, whose title and employer sit on the same line, just before it,
/// or just after it (the section's first entry decides which). Personal data (name, contacts, personnummer,
/// age, gender, photo captions) goes to ``Candidate/name`` and ``Candidate/contacts`` only; every other fact
/// keeps the line it came from.
public struct CVTextParser: Sendable {
    package var facts: CVFactReader
    /// The bound on a line's length; a longer line is refused with ``CVParseError/Reason/lineTooLong(line:bytes:limit:)``.
    public var limits = TextLimits.standard
    /// The facts read besides name, contacts, jobs, education and systems (``CVFacets``); all by default.
    public var facets: CVFacets = .all

    public init(vocabulary: Vocabulary = .standard, words: CVVocabulary = .standard) {
        facts = CVFactReader(vocabulary: vocabulary, words: words)
    }

    var words: CVVocabulary { _read { yield facts.words } }

    /// A run of lines under one heading (or before the first heading, `section == nil`).
    struct Block {
        var section: CVVocabulary.Section?
        var lines: [CVLine] = []

        init(section: CVVocabulary.Section?, lines: [CVLine] = []) {
            self.section = section
            self.lines = lines
        }

        init(section: CVVocabulary.Section?, capacity: Int) {
            self.section = section
            lines.reserveCapacity(capacity)
        }
    }

    /// Reads `text` into a candidate.
    /// - Parameters:
    ///   - text: The CV's text, already decoded (see ``TextDecoding``); CR LF and lone CR line ends are read as LF.
    ///   - asOf: The month that "present" means, for warnings about dates in the future.
    ///   - file: The display path, for errors.
    /// - Throws: ``CVParseError`` when the text is empty or has none of a CV's sections.
    public func parse(_ text: String, asOf: YearMonth, file: String? = nil) throws -> Candidate {
        if let long = limits.firstLongLine(in: text) {
            throw CVParseError(file: file, reason: .lineTooLong(line: long.line, bytes: long.bytes, limit: limits.lineBytes))
        }
        var candidate = Candidate()
        // Not every caller decodes with TextDecoding first: a CR LF text is otherwise one long line.
        let rawLines = Self.lines(of: TextDecoding.unixLines(text))
        // A block holds at most the lines left when it opens: room for them once, instead of growing by doubling.
        var blocks: [Block] = [Block(section: nil, capacity: rawLines.count)]
        var inlineLines: [(CVVocabulary.Section, CVLine)] = []
        var sawHeading = false
        var sawText = false
        var number = 0
        for rawLine in rawLines {
            number += 1
            let line = CVLine(number: number, raw: rawLine)
            if line.isBlank {
                blocks[blocks.count - 1].lines.append(line)
                continue
            }
            sawText = true
            let current = blocks[blocks.count - 1].section
            if let heading = sectionHeading(line, current: current) {
                sawHeading = true
                if let rest = heading.rest {
                    let inline = line.with(text: rest)
                    if !readPersonal(inline, section: heading.section, into: &candidate) {
                        inlineLines.append((heading.section, inline))
                    }
                } else {
                    blocks.append(Block(section: heading.section, capacity: rawLines.count - number))
                }
                continue
            }
            if readPersonal(line, section: current, into: &candidate) { continue }
            blocks[blocks.count - 1].lines.append(line)
        }
        guard sawText else { throw CVParseError(file: file, reason: .empty) }
        if !sawHeading {
            // No headings at all: a CV only if its dated lines name known occupations; then they are read as jobs.
            let lines = blocks[0].lines
            let (headers, _) = entryHeaders(lines) { text in
                let parts = facts.splitTitleAndEmployer(text)
                return (parts.title, parts.employer)
            }
            let jobs = headers.filter { header in
                let title = header.split?.title ?? header.title
                return facts.occupation(forTitle: title) != nil
            }
            guard !jobs.isEmpty else { throw CVParseError(file: file, reason: .notACV) }
            candidate.warnings.append("no section headings found; dated lines naming an occupation were read as jobs")
            let first = jobs.flatMap(\.lineIndexes).min() ?? 0
            blocks = [Block(section: nil, lines: Array(lines[..<first])), Block(section: .employment, lines: Array(lines[first...]))]
        }

        var scanned: [(line: CVLine, text: String)] = []
        scanned.reserveCapacity(rawLines.count)
        for block in blocks {
            switch block.section {
            case nil:
                readHeader(block.lines, into: &candidate, scanned: &scanned)
            case .employment?:
                readEmployment(block.lines, asOf: asOf, into: &candidate, scanned: &scanned)
            case .education?:
                readEducation(block.lines, into: &candidate, scanned: &scanned)
            case let section?:
                // Lines are read in place: iterating them would copy each whole.
                for i in block.lines.indices where !block.lines[i].isBlank {
                    readLine(block.lines[i], section: section, into: &candidate, scanned: &scanned)
                }
            }
        }
        for i in inlineLines.indices {
            readLine(inlineLines[i].1, section: inlineLines[i].0, into: &candidate, scanned: &scanned)
        }
        for i in scanned.indices {
            let text = scanned[i].text
            let folded = text == scanned[i].line.text ? scanned[i].line.folded : CVText.words(text)
            let source = scanned[i].line.source
            let skills = facts.skills(in: text, folded: folded, source: source)
            if !skills.isEmpty { candidate.skills += skills }
            for law in facets.contains(.laws) ? facts.laws(in: text, folded: folded, source: source) : []
            where !candidate.laws.contains(where: { $0.name == law.name }) {
                candidate.laws.append(law)
            }
        }
        candidate.skills = Self.merged(candidate.skills)
        return candidate
    }

    /// The lines of `text`, split at "\n" as `String.split` does on characters: at the byte when the text has no
    /// carriage return (then every "\n" byte is a character of its own), on characters otherwise ("\r\n" is one).
    package static func lines(of text: String) -> [Substring] {
        guard !CVText.contains(text, byte: 13) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return CVText.withUTF8(text) { bytes in
            let utf8 = text.utf8
            var lines: [Substring] = []
            lines.reserveCapacity(bytes.count / 24 + 4)
            CVText.forEachLine(in: bytes) { range in
                // Both bounds are at a line feed or an end, between scalars: the string's own slice, without the
                // rounding a slice of its UTF-8 view goes through.
                let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
                lines.append(text[lower..<utf8.index(lower, offsetBy: range.count)])
                return true
            }
            return lines
        }
    }

    // MARK: - Headings

    /// The section a heading line opens, and the text after a colon for an inline heading ("Körkort: B").
    func sectionHeading(_ line: CVLine, current: CVVocabulary.Section?) -> (section: CVVocabulary.Section, rest: String?)? {
        // Without a colon, a bullet, a line of more than eight words, or of more than five without a parenthesis to
        // cut it at, is no heading (see below): most lines stop here, before their words are looked up.
        if line.isBullet || line.folded.count > 5, !CVText.contains(line.text, byte: 58),
            line.isBullet || line.folded.count > 8 || !CVText.contains(line.text, byte: 40)
        {
            return nil
        }
        // Every heading below starts or ends with a heading's first or last word.
        guard line.folded.contains(where: { words.sectionEdgeWords.contains($0) }) else { return nil }
        var text = line.text
        var hadColon = false
        // The folded words of `text` once it is cut at a colon or a parenthesis; until then they are the line's own.
        var cutWords: [Substring]?
        if let colon = CVText.firstIndex(of: 58, in: text) {
            let head = String(text[..<colon])
            let rest = CVLine.trimmed(text[text.index(after: colon)...])
            let headWords = CVText.words(head)
            if let section = words.sectionCues[CVVocabulary.key(words: headWords)], head.count <= 40 {
                return (section, rest.isEmpty ? nil : rest)
            }
            guard rest.isEmpty else { return nil }
            text = head
            hadColon = true
            cutWords = headWords
        }
        if line.isBullet { return nil }
        guard line.folded.count <= 8 else { return nil }
        if let open = CVText.firstIndex(of: 40, in: text) {
            text = String(text[..<open])
            cutWords = CVText.words(text)
        }
        let folded = cutWords ?? line.folded
        guard !folded.isEmpty, folded.count <= 5 else { return nil }
        if let section = words.sectionCues[CVVocabulary.key(words: folded)] { return (section, nil) }
        // "Relevant arbetslivserfarenhet", "UTBILDNING & KURSER", "## IT- och systemkunskaper": only lines that look
        // like headings (Markdown, capitals, a colon), and never a line of the section already open ("Førerkort klasse B").
        // A title-case line made only of heading words ("Utbildning & kurser", "Relevant erfarenhet") is one too.
        guard folded.count <= 4 else { return nil }
        let looksLikeHeading = line.isMarkdownHeading || hadColon || !text.contains(where: \.isLowercase)
            || folded.allSatisfy { words.sectionWords.contains($0) }
        guard looksLikeHeading, DateRangeParser.mayHoldYear(text) == false else { return nil }
        for length in stride(from: folded.count - 1, through: 1, by: -1) {
            if let section = words.sectionCues[CVVocabulary.key(words: folded.prefix(length))], section != current {
                return (section, nil)
            }
            if let section = words.sectionCues[CVVocabulary.key(words: folded.suffix(length))], section != current {
                return (section, nil)
            }
        }
        return nil
    }

    // MARK: - Personal data

    /// Takes the personal data out of a line; true when the line is personal and must not be screened.
    func readPersonal(_ line: CVLine, section: CVVocabulary.Section?, into candidate: inout Candidate) -> Bool {
        let text = line.text
        let isReference = section == .other
        let inHeader = section == nil || section == .personal
        if line.isImage {
            candidate.warnings.append("line \(line.number): a photo left out")
            return true
        }
        // A quick look at the bytes rules out most searches below: their results would be empty.
        let hints = PersonalData.Hints(text)
        // "Label: value"
        if let colonOffset = hints.colon, colonOffset <= 40 {
            let colon = text.utf8.index(text.utf8.startIndex, offsetBy: colonOffset)
            let label = CVVocabulary.key(String(text[..<colon]))
            let value = CVLine.trimmed(text[text.index(after: colon)...])
            if let kind = words.personalCues[label], Self.wordCount(ofKey: label) <= 3 {
                if !isReference || kind == .photo {
                    store(kind, value: value, line: line, into: &candidate)
                }
                // "Telefon: 913 45 678 · E-post: ingrid@example.no": a second contact behind the first label.
                if !isReference, kind != .email {
                    candidate.contacts.emails += PersonalData.emails(in: value).filter { !candidate.contacts.emails.contains($0) }
                }
                return true
            }
        }
        if line.folded.count <= 8, let firstWord = line.folded.first, words.personalCueFilter.mayContain(firstWord),
            words.personalCues[String(firstWord)] == .photo
        {
            candidate.warnings.append("line \(line.number): a photo caption left out")
            return true
        }
        var personal = false
        let digits = hints.digits
        let emails = hints.hasAt ? PersonalData.emails(in: text) : []
        if !emails.isEmpty {
            personal = true
            if !isReference { candidate.contacts.emails += emails.filter { !candidate.contacts.emails.contains($0) } }
        }
        // The digit runs once, for both questions; none is a phone or identity number without eight digits in a row.
        let runs = hints.mayHoldNumber ? PersonalData.digitRuns(in: text) : []
        if digits >= 10, let id = PersonalData.nationalID(among: runs, labelled: false) {
            personal = true
            if !isReference, candidate.contacts.nationalID == nil { candidate.contacts.nationalID = id }
        }
        if !runs.isEmpty {
            let hasPhoneCue = line.folded.contains { words.personalCueFilter.mayContain($0) && words.personalCues[String($0)] == .phone }
            let phones = PersonalData.phones(among: runs, labelled: hasPhoneCue)
            if !phones.isEmpty {
                personal = true
                if !isReference { candidate.contacts.phones += phones.filter { !candidate.contacts.phones.contains($0) } }
            }
        }
        let links = hints.mayHoldLink ? PersonalData.links(in: text) : []
        if !links.isEmpty {
            personal = true
            if !isReference { candidate.contacts.links += links.filter { !candidate.contacts.links.contains($0) } }
        }
        if inHeader, !personal {
            personal = readUnlabelledHeader(line, into: &candidate)
        }
        return personal || isReference && looksLikeReference(firstWord: line.folded.first ?? "")
    }

    /// The words of a folded key, as `key.split(separator: " ").count` counts them: on bytes when the key is ASCII
    /// (then every space is a character of its own).
    static func wordCount(ofKey key: String) -> Int {
        let count: Int? = CVText.withUTF8(key) { bytes -> Int? in
            var count = 0
            var previous: UInt8 = 32
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte != 32, previous == 32 { count += 1 }
                previous = byte
            }
            return count
        }
        return count ?? key.split(separator: " ").count
    }

    /// "Referens: …" lines name other people; they are never screened. `firstWord` is a line's first folded word.
    func looksLikeReference(firstWord first: Substring) -> Bool {
        first.hasPrefix("referen") || first == "reference" || first == "references"
    }

    private func store(_ kind: CVVocabulary.PersonalKind, value: String, line: CVLine, into candidate: inout Candidate) {
        switch kind {
        case .name:
            if candidate.name == nil, !value.isEmpty { candidate.name = value }
        case .email:
            candidate.contacts.emails += PersonalData.emails(in: value).filter { !candidate.contacts.emails.contains($0) }
        case .phone:
            candidate.contacts.phones += PersonalData.phones(in: value, labelled: true).filter { !candidate.contacts.phones.contains($0) }
        case .address:
            if candidate.contacts.address == nil, !value.isEmpty { candidate.contacts.address = value }
        case .nationalID:
            candidate.contacts.nationalID = PersonalData.nationalID(in: value, labelled: true) ?? value
        case .birthDate:
            if let id = PersonalData.nationalID(in: value) {
                candidate.contacts.nationalID = candidate.contacts.nationalID ?? id
            }
            candidate.contacts.birthDate = value
        case .age:
            if let age = Self.firstNumber(in: value), (14...100).contains(age) { candidate.contacts.age = age }
        case .gender:
            candidate.contacts.gender = words.genderWords[CVVocabulary.key(value)] ?? value
        case .photo:
            candidate.warnings.append("line \(line.number): a photo caption left out")
        case .link:
            candidate.contacts.links.append(value)
        case .other:
            candidate.warnings.append("line \(line.number): a personal detail left out of screening")
        }
    }

    /// In the header: "38 år", "Född 1985-03-12", "Kvinna", a bare birth date. True when the line was personal.
    private func readUnlabelledHeader(_ line: CVLine, into candidate: inout Candidate) -> Bool {
        let folded = line.folded.map(String.init)
        guard !folded.isEmpty else { return false }
        var personal = false
        for (i, word) in folded.enumerated() {
            if let number = Int(word), (16...90).contains(number), i + 1 < folded.count, words.ageWords.contains(folded[i + 1]) {
                candidate.contacts.age = number
                personal = true
            }
            if words.personalCueFilter.mayContain(word), words.personalCues[word] == .birthDate, word.count > 1 || (i + 1 < folded.count && Int(folded[i + 1]) != nil) {
                candidate.contacts.birthDate = CVLine.trimmed(line.text)
                personal = true
            }
        }
        if folded.count <= 2, let gender = words.genderWords[folded.joined(separator: " ")], folded[0].count > 1 {
            candidate.contacts.gender = gender
            personal = true
        }
        if folded.count == 3, folded.allSatisfy({ Int($0) != nil }), folded[0].count == 4 {
            candidate.contacts.birthDate = line.text
            personal = true
        }
        return personal
    }

    /// An ASCII letter, answered without Unicode's tables.
    @inline(__always)
    private static func isASCIILetter(_ c: Character) -> Bool {
        guard let value = c.asciiValue else { return false }
        return (0x61...0x7A).contains(value | 0x20)
    }

    static func firstNumber(in text: String) -> Int? {
        var digits = ""
        for c in text {
            if c.isASCII, c.isNumber {
                digits.append(c)
            } else if !digits.isEmpty {
                break
            }
        }
        return Int(digits)
    }

    // MARK: - Header

    private func readHeader(_ lines: [CVLine], into candidate: inout Candidate, scanned: inout [(line: CVLine, text: String)]) {
        // Lines are read in place: iterating them would copy each whole.
        for i in lines.indices where !lines[i].isBlank {
            if candidate.name == nil, let name = nameIn(lines[i]) {
                candidate.name = name
                continue
            }
            if candidate.name == nil, isDocumentTitle(lines[i].text) { continue }
            scanned.append((lines[i], lines[i].text))
            readLicence(lines[i], inSection: false, into: &candidate)
        }
    }

    private func isDocumentTitle(_ text: String) -> Bool {
        words.documentTitleWords.contains(CVVocabulary.key(text))
    }

    /// A person's name: two to four capitalised words and nothing else ("Anna-Karin Lindqvist", "CV – Ola Nordmann").
    func nameIn(_ line: CVLine) -> String? {
        let lineKey = CVVocabulary.key(words: line.folded)
        if words.documentTitleWords.contains(lineKey) { return nil }
        var text = line.text
        var unchanged = true
        let folded = line.folded
        // "CV – Anna Andersson", "Curriculum vitae: Anna Andersson"
        for length in [2, 1] where folded.count > length {
            if words.documentTitleWords.contains(CVVocabulary.key(words: folded.prefix(length))) {
                var rest = Substring(text)
                var seen = 0
                while seen < length, let range = rest.firstIndex(where: { !($0.isLetter) }) {
                    rest = rest[range...].drop { !$0.isLetter }
                    seen += 1
                }
                text = String(rest)
                unchanged = text == line.text
                break
            }
        }
        // A space is a character of its own unless a combining mark follows it: then split on characters.
        let parts = CVText.mayHoldCombiningMarks(text)
            ? text.split(separator: " ") : text.utf8.split(separator: 32).map { Substring($0) }
        guard (2...4).contains(parts.count) else { return nil }
        guard parts.allSatisfy(Self.isNamePart) else { return nil }
        if words.sectionCues[unchanged ? lineKey : CVVocabulary.key(text)] != nil { return nil }
        if !line.isMarkdownHeading, (unchanged ? facts.occupation(forWords: line.folded) : facts.occupation(forTitle: text)) != nil {
            return nil
        }
        return CVLine.trimmed(text)
    }

    /// A word of a name: a capital, then letters, "-", "'" and "."; on bytes when the word is ASCII (then every byte is
    /// a character, and the capitals and letters are A–Z and a–z).
    static func isNamePart(_ part: Substring) -> Bool {
        if part.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let first = part.utf8.first, (65...90).contains(first) else { return false }
            return part.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || $0 == 45 || $0 == 39 || $0 == 46 }
        }
        guard let first = part.first, first.isUppercase else { return false }
        return part.allSatisfy { isASCIILetter($0) || $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
    }

    // MARK: - Other sections

    private func readLine(
        _ line: CVLine, section: CVVocabulary.Section, into candidate: inout Candidate, scanned: inout [(line: CVLine, text: String)]
    ) {
        switch section {
        case .languages:
            guard facets.contains(.languages) else { break }
            candidate.languages += facts.languages(in: line.text, folded: line.folded, source: line.source)
                .filter { new in !candidate.languages.contains { $0.language == new.language } }
        case .licences:
            readLicence(line, inSection: true, into: &candidate)
        case .certifications:
            if facets.contains(.certifications) {
                let name = certificateName(line.text)
                if !name.isEmpty { candidate.certifications.append(NamedFact(name: name, source: line.source)) }
            }
            scanned.append((line, line.text))
        case .skills:
            let languages = facts.languages(in: line.text, folded: line.folded, source: line.source)
            // A line of languages with levels, unless it names a system too (looked for only then).
            if languages.contains(where: { $0.level != nil }),
                facts.vocabulary.systems.matches(inWords: line.folded, compounds: false).isEmpty
            {
                // Read to tell such a line from one of systems, but kept only when asked for.
                if facets.contains(.languages) {
                    candidate.languages += languages.filter { new in !candidate.languages.contains { $0.language == new.language } }
                }
            } else {
                scanned.append((line, line.text))
            }
            readLicence(line, inSection: false, into: &candidate)
            readCertificate(line)
        case .personal, .summary, .other, .employment, .education:
            scanned.append((line, line.text))
            readLicence(line, inSection: false, into: &candidate)
            if section != .employment { readCertificate(line) }
        }

        func readCertificate(_ line: CVLine) {
            if facets.contains(.certifications), facts.mentionsCertificate(line.folded) {
                candidate.certifications.append(NamedFact(name: certificateName(line.text), source: line.source))
            }
        }
    }

    private func certificateName(_ text: String) -> String {
        guard let range = facts.dates.firstRange(in: text) else { return CVFactReader.trim(text) }
        return CVFactReader.trim(Self.removing(range.scalarRange, from: text))
    }

    private func readLicence(_ line: CVLine, inSection: Bool, into candidate: inout Candidate) {
        guard facets.contains(.licences) else { return }
        switch facts.licences(in: line.text, folded: line.folded, inSection: inSection) {
        case .classes(let classes):
            for licenceClass in classes where !candidate.licences.contains(where: { $0.licenceClass == licenceClass }) {
                candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: line.source))
            }
        case .unclassified:
            candidate.warnings.append("line \(line.number): a driving licence without a class; none recorded")
        case .negated, .none:
            break
        }
    }

    /// One entry per system: the highest level stated anywhere, else the first mention.
    static func merged(_ skills: [SkillEntry]) -> [SkillEntry] {
        var result: [SkillEntry] = []
        var index: [String: Int] = [:]
        result.reserveCapacity(skills.count)
        index.reserveCapacity(skills.count)
        for skill in skills {
            if let i = index[skill.name] {
                if let level = skill.level, result[i].level.map({ level > $0 }) ?? true { result[i] = skill }
            } else {
                index[skill.name] = result.count
                result.append(skill)
            }
        }
        return result
    }

    /// `text` with the scalars in `range` removed. The scalars are counted on the UTF-8 bytes (a scalar starts at every
    /// byte that is not a continuation byte) and the two kept parts copied into one new string.
    static func removing(_ range: Range<Int>, from text: String) -> String {
        CVText.withUTF8(text) { bytes in
            var lower: Int?
            var upper = bytes.count
            var scalar = 0
            for i in 0..<bytes.count where bytes[i] & 0xC0 != 0x80 {
                if scalar == range.lowerBound { lower = i }
                if scalar == range.upperBound {
                    upper = i
                    break
                }
                scalar += 1
            }
            if lower == nil, scalar == range.lowerBound { lower = bytes.count }
            guard let lower else { return text }
            return String(unsafeUninitializedCapacity: lower + bytes.count - upper) { buffer in
                _ = buffer.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[..<lower]))
                _ = UnsafeMutableBufferPointer(rebasing: buffer[lower...]).initialize(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[upper...]))
                return lower + bytes.count - upper
            }
        }
    }
}
