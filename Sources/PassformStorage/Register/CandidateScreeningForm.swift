import Foundation
import PassformCore

/// What the engine reads of a candidate, in a compact binary form stored at import, so that search can rank a
/// large register without decoding every candidate's JSON.
///
/// Two parts: the `form` (jobs, education, skills, languages, licences and laws, each with the line it came from)
/// is read for every candidate a search screens; the `texts` (the text of each of those lines, in the same order)
/// only for the candidates a search shows with their evidence. A candidate decoded from both evaluates exactly as
/// the candidate it was made from; titles, employers, contacts and the like are left out, as ``Screener`` does not
/// read them. When the engine starts reading another fact, add it here, raise ``version`` and add a migration that
/// rebuilds the forms: until then search falls back to the JSON of candidates whose form is of another version.
package enum CandidateScreeningForm {
    /// The layout version, the form's first byte.
    package static let version: UInt8 = 1

    /// A form that cannot be read: another version, or damaged bytes.
    package struct Unreadable: Error {}

    // MARK: - Encoding

    /// The form and the texts of `candidate`.
    package static func encode(_ candidate: Candidate) -> (form: Data, texts: Data) {
        var form = Writer()
        var texts = Writer()
        form.byte(version)
        texts.byte(version)
        func span(_ source: SourceSpan) {
            form.signed(source.line)
            texts.string(source.text)
        }
        form.unsigned(candidate.employment.count)
        for job in candidate.employment {
            var flags: UInt8 = 0
            if job.occupation != nil { flags |= Flag.occupation }
            if job.start != nil { flags |= Flag.start }
            if job.end != nil { flags |= Flag.end }
            if job.isCurrent { flags |= Flag.current }
            if job.isYearOnly { flags |= Flag.yearOnly }
            if job.publicSector { flags |= Flag.publicSector }
            form.byte(flags)
            if let occupation = job.occupation { form.string(occupation.rawValue) }
            if let start = job.start { form.month(start) }
            if let end = job.end { form.month(end) }
            span(job.source)
        }
        form.unsigned(candidate.education.count)
        for entry in candidate.education {
            form.optionalString(entry.level?.rawValue)
            form.optionalString(entry.field?.rawValue)
            span(entry.source)
        }
        form.unsigned(candidate.skills.count)
        for skill in candidate.skills {
            form.string(skill.name)
            form.string(skill.category.rawValue)
            form.optionalString(skill.level?.rawValue)
            span(skill.source)
        }
        form.unsigned(candidate.languages.count)
        for language in candidate.languages {
            form.string(language.language)
            form.optionalString(language.level?.rawValue)
            span(language.source)
        }
        form.unsigned(candidate.licences.count)
        for licence in candidate.licences {
            form.string(licence.licenceClass)
            span(licence.source)
        }
        form.unsigned(candidate.laws.count)
        for law in candidate.laws {
            form.string(law.name)
            span(law.source)
        }
        return (Data(form.bytes), Data(texts.bytes))
    }

    private enum Flag {
        static let occupation: UInt8 = 1
        static let start: UInt8 = 2
        static let end: UInt8 = 4
        static let current: UInt8 = 8
        static let yearOnly: UInt8 = 16
        static let publicSector: UInt8 = 32
    }

    // MARK: - Decoding

    /// The candidate as the engine sees it; with `texts` nil, every source line's text is empty (enough for a
    /// verdict and score, not for evidence).
    ///
    /// - Throws: ``Unreadable`` for a form or texts of another version, or damaged bytes.
    package static func decode(_ form: Data, texts: Data? = nil) throws -> Candidate {
        try form.withUnsafeBytes { formBytes in
            if let texts {
                return try texts.withUnsafeBytes { textBytes in try decode(formBytes, texts: textBytes) }
            }
            return try decode(formBytes, texts: nil)
        }
    }

    /// ``decode(_:texts:)`` on bytes borrowed from SQLite or a buffer.
    package static func decode(_ form: UnsafeRawBufferPointer, texts: UnsafeRawBufferPointer?) throws -> Candidate {
        var reader = Reader(form)
        var textReader = texts.map { Reader($0) }
        guard try reader.byte() == version else { throw Unreadable() }
        if textReader != nil, try textReader?.byte() != version { throw Unreadable() }
        func span() throws -> SourceSpan {
            let line = try reader.signed()
            return SourceSpan(line: line, text: try textReader?.string() ?? "")
        }
        var candidate = Candidate()
        let jobs = try reader.count()
        candidate.employment.reserveCapacity(jobs)
        for _ in 0..<jobs {
            let flags = try reader.byte()
            let occupation = flags & Flag.occupation != 0 ? OccupationID(rawValue: try reader.string()) : nil
            let start = flags & Flag.start != 0 ? try reader.month() : nil
            let end = flags & Flag.end != 0 ? try reader.month() : nil
            candidate.employment.append(
                EmploymentEntry(
                    title: "", occupation: occupation, employer: nil, start: start, end: end, isCurrent: flags & Flag.current != 0,
                    isYearOnly: flags & Flag.yearOnly != 0, publicSector: flags & Flag.publicSector != 0, source: try span()))
        }
        let education = try reader.count()
        candidate.education.reserveCapacity(education)
        for _ in 0..<education {
            let level = try reader.optionalString().map { try known(EducationLevel(rawValue: $0)) }
            let field = try reader.optionalString().map(EducationField.init(rawValue:))
            candidate.education.append(EducationEntry(level: level, field: field, title: "", source: try span()))
        }
        let skills = try reader.count()
        candidate.skills.reserveCapacity(skills)
        for _ in 0..<skills {
            let name = try reader.string()
            let category = SystemCategory(rawValue: try reader.string())
            let level = try reader.optionalString().map { try known(SkillLevel(rawValue: $0)) }
            candidate.skills.append(SkillEntry(name: name, category: category, level: level, source: try span()))
        }
        let languages = try reader.count()
        for _ in 0..<languages {
            let language = try reader.string()
            let level = try reader.optionalString().map { try known(LanguageLevel(rawValue: $0)) }
            candidate.languages.append(LanguageSkill(language: language, level: level, source: try span()))
        }
        let licences = try reader.count()
        for _ in 0..<licences {
            let licenceClass = try reader.string()
            candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: try span()))
        }
        let laws = try reader.count()
        for _ in 0..<laws {
            let name = try reader.string()
            candidate.laws.append(NamedFact(name: name, source: try span()))
        }
        guard reader.isAtEnd, textReader?.isAtEnd ?? true else { throw Unreadable() }
        return candidate
    }

    /// A level this version of Passform knows, or ``Unreadable``.
    private static func known<T>(_ value: T?) throws -> T {
        guard let value else { throw Unreadable() }
        return value
    }

    // MARK: - Bytes

    /// Appends LEB128 integers (zigzag for signed ones) and length-prefixed UTF-8 strings.
    private struct Writer {
        var bytes: [UInt8] = []

        init() { bytes.reserveCapacity(256) }

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func unsigned(_ value: Int) { varint(UInt64(clamping: value)) }

        mutating func signed(_ value: Int) {
            let v = Int64(value)
            varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
        }

        mutating func varint(_ value: UInt64) {
            var v = value
            while v >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func month(_ month: YearMonth) {
            signed(month.year)
            signed(month.month)
        }

        mutating func string(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                unsigned(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }

        /// nil as 0, a string as its length + 1 and its bytes.
        mutating func optionalString(_ text: String?) {
            guard var text else { return byte(0) }
            text.withUTF8 { utf8 in
                unsigned(utf8.count + 1)
                bytes.append(contentsOf: utf8)
            }
        }
    }

    /// Reads what ``Writer`` wrote, checking every length against the bytes left.
    private struct Reader {
        let base: UnsafeRawBufferPointer
        var offset = 0

        init(_ base: UnsafeRawBufferPointer) { self.base = base }

        var isAtEnd: Bool { offset == base.count }

        mutating func byte() throws -> UInt8 {
            guard offset < base.count else { throw Unreadable() }
            defer { offset += 1 }
            return base[offset]
        }

        mutating func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let b = try byte()
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
                guard shift < 64 else { throw Unreadable() }
            }
        }

        mutating func count() throws -> Int {
            let value = try varint()
            // Every entry takes at least one byte, so a count beyond the bytes left is damage.
            guard value <= UInt64(base.count - offset) else { throw Unreadable() }
            return Int(value)
        }

        mutating func signed() throws -> Int {
            let raw = try varint()
            return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
        }

        mutating func month() throws -> YearMonth {
            let year = try signed()
            return YearMonth(year: year, month: try signed())
        }

        mutating func bytes(_ length: Int) throws -> String {
            guard length <= base.count - offset else { throw Unreadable() }
            defer { offset += length }
            guard length > 0 else { return "" }
            return String(decoding: UnsafeRawBufferPointer(rebasing: base[offset..<(offset + length)]), as: UTF8.self)
        }

        mutating func string() throws -> String {
            try bytes(try count())
        }

        mutating func optionalString() throws -> String? {
            let marker = try varint()
            guard marker > 0 else { return nil }
            guard marker - 1 <= UInt64(base.count - offset) else { throw Unreadable() }
            return try bytes(Int(marker - 1))
        }
    }
}
