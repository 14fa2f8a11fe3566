extension SyntheticCV {
    /// How a CV's text is laid out: the choices real CVs vary in, drawn once per person.
    public struct Layout: Sendable, Hashable {
        /// How a job is written.
        public enum Entry: String, Sendable, Hashable, CaseIterable {
            /// The period on its own line, then "Title, Employer".
            case datesFirst
            /// "2019-03 – nu        Title, Employer", duties indented below.
            case datesColumn
            /// "Title | Employer | 2019-03 – nu", duties as bullets.
            case titleLine
            /// Markdown: "### Title, Employer", then "*period*".
            case markdown
            /// "Employer – Title" (the employer first), then the period on its own line.
            case employerFirst
            /// The title, the employer and the period each on a line of their own, as Word templates lay them out.
            case stacked
        }

        /// How numeric dates are written, besides the person's style: the separators and precision people vary in.
        public enum Numbers: Int, Sendable, Hashable, CaseIterable {
            /// `2019-03`, `03/2019`.
            case plain
            /// `2019.03`, `03.2019`.
            case dotted
            /// With the day: `2019-03-01`, `01.03.2019` (Norwegian, English) .
            case withDay
            /// Without a leading zero: `2019-3`, `3/2019`.
            case unpadded
        }

        public var entry: Entry
        /// Which spelling of each heading (capitals, title case, synonym).
        public var headingVariant: Int
        /// Which joiner between the ends of a period (" – ", "–", " - ", a word).
        public var joiner: Int
        /// Which word for "present".
        public var presentVariant: Int
        /// How skills are listed (one per line with a dash, level in parentheses, or level first).
        public var skillStyle: Int
        public var bullet: String
        public var crlf: Bool
        public var trailingSpaces: Bool
        public var references: Bool
        public var extraBlankLines: Bool
        public var numbers: Numbers
        /// Month names abbreviated with a dot ("jan.", "sept.") where the style writes them.
        public var abbreviatedMonths: Bool
        /// Job titles in capitals ("EKONOMIASSISTENT, Malmö stad").
        public var capitalTitles: Bool
        /// Headings followed by a colon ("Utbildning:").
        public var headingColon: Bool
        /// How a title and its employer are joined on one line: 0 a comma, 1 a word ("på", "ved", "at"), 2 the
        /// employer in parentheses.
        public var connector: Int
        /// Some titles carry a qualifier ("Ekonomiassistent (vikariat)").
        public var qualifiers: Bool
        /// A current job written with an open start ("sedan mars 2020") where its dates have month names.
        public var openStart: Bool
        /// Jobs listed oldest first.
        public var oldestFirst: Bool
        /// A duty line that names other people's titles ("Rapporterade till controllern"), which are not jobs.
        public var dutyMentions: Bool
        /// Systems of the same level listed on one line with the level after them ("Agresso, Excel – goda kunskaper").
        public var groupedSkills: Bool
        /// Languages on one line ("Svenska (modersmål), Engelska (flytande)").
        public var inlineLanguages: Bool
        /// The licence written short ("B-körkort", "Førerkort: B", "Driving licence: B").
        public var shortLicence: Bool

        public init(
            entry: Entry, headingVariant: Int = 0, joiner: Int = 0, presentVariant: Int = 0, skillStyle: Int = 0,
            bullet: String = "- ", crlf: Bool = false, trailingSpaces: Bool = false, references: Bool = false,
            extraBlankLines: Bool = false, numbers: Numbers = .plain, abbreviatedMonths: Bool = false,
            capitalTitles: Bool = false, headingColon: Bool = false, connector: Int = 0, qualifiers: Bool = false,
            openStart: Bool = false, oldestFirst: Bool = false, dutyMentions: Bool = false, groupedSkills: Bool = false,
            inlineLanguages: Bool = false, shortLicence: Bool = false
        ) {
            self.groupedSkills = groupedSkills
            self.inlineLanguages = inlineLanguages
            self.shortLicence = shortLicence
            self.oldestFirst = oldestFirst
            self.dutyMentions = dutyMentions
            self.connector = connector
            self.qualifiers = qualifiers
            self.openStart = openStart
            self.numbers = numbers
            self.abbreviatedMonths = abbreviatedMonths
            self.capitalTitles = capitalTitles
            self.headingColon = headingColon
            self.entry = entry
            self.headingVariant = headingVariant
            self.joiner = joiner
            self.presentVariant = presentVariant
            self.skillStyle = skillStyle
            self.bullet = bullet
            self.crlf = crlf
            self.trailingSpaces = trailingSpaces
            self.references = references
            self.extraBlankLines = extraBlankLines
        }
    }

    /// The CV's lines, without line endings, as a person would type them (and as a DOCX holds its paragraphs).
    public func lines(layout: Layout) -> [String] {
        typealias Phrases = CorpusPhrases
        let headings = Phrases.headings(language)
        func heading(_ options: [String]) -> String {
            let text = options[layout.headingVariant % options.count] + (layout.headingColon ? ":" : "")
            return layout.entry == .markdown ? "## " + text : text
        }
        var out: [String] = []
        out.append(layout.entry == .markdown ? "# " + name : name)
        switch language {
        case .swedish: out.append("\(city) | \(email) | \(phone)")
        case .norwegian: out += ["Telefon: \(phone)", "E-post: \(email)", "Adresse: \(city)"]
        case .english: out += ["\(city), United Kingdom", "\(email) | \(phone)"]
        case .danish: out += ["Telefon: \(phone)", "E-mail: \(email)", "Adresse: \(city)"]
        }
        out.append("")
        if let summary = summary() {
            out += [heading(headings.profile), summary, ""]
        }
        out.append(heading(headings.employment))
        out.append("")
        for job in layout.oldestFirst ? jobs.reversed() : jobs {
            out += entryLines(job, layout: layout)
            out.append("")
            if layout.extraBlankLines { out.append("") }
        }
        out.append(heading(headings.education))
        out.append("")
        for school in education {
            let period = "\(school.startYear)–\(school.endYear)"
            switch layout.entry {
            case .markdown: out += ["### \(school.title), \(school.institution)", period, ""]
            case .titleLine, .stacked: out += ["\(school.title), \(school.institution), \(school.startYear) – \(school.endYear)"]
            case .datesFirst, .datesColumn, .employerFirst:
                out += [Self.padded(period, layout.entry == .datesColumn ? 22 : 0) + "\(school.title), \(school.institution)"]
            }
        }
        out.append("")
        if !systems.isEmpty {
            out.append(heading(headings.skills))
            if layout.groupedSkills {
                out += groupedSkillLines(layout: layout)
            } else {
                for system in systems { out.append(skillLine(system, layout: layout)) }
            }
            out.append("")
        }
        out.append(heading(headings.languages))
        let names = Phrases.languageNames[language] ?? [:]
        if layout.inlineLanguages {
            out.append(languages.map { "\(names[$0.code] ?? $0.code) (\(Phrases.languageLevel(language, $0.level)))" }.joined(separator: ", "))
        } else {
            for spoken in languages {
                out.append("\(names[spoken.code] ?? spoken.code) – \(Phrases.languageLevel(language, spoken.level))")
            }
        }
        out.append("")
        if !licences.isEmpty {
            out.append(heading(headings.licence))
            let classes = licences.joined(separator: ", ")
            switch (language, layout.shortLicence) {
            case (.swedish, true): out.append(licences.map { "\($0)-körkort" }.joined(separator: ", "))
            case (.norwegian, true): out.append("Førerkort: \(classes)")
            case (.english, true): out.append("Driving licence: \(classes)")
            case (.danish, true): out.append("Kørekort: \(classes)")
            case (_, false): break
            }
            if !layout.shortLicence {
                switch language {
            case .swedish: out.append(licences.joined(separator: ", "))
            case .norwegian: out.append("Førerkort klasse " + licences.joined(separator: ", "))
            case .english: out.append("Full driving licence, category " + licences.joined(separator: ", "))
            case .danish: out.append("Kørekort kategori " + licences.joined(separator: ", "))
                }
            }
            out.append("")
        }
        if layout.references {
            out.append(heading(headings.references))
            switch language {
            case .swedish: out.append("Lämnas på begäran.")
            case .norwegian: out.append("Oppgis på forespørsel.")
            case .english: out.append("Available on request.")
            case .danish: out.append("Oplyses gerne på forespørgsel.")
            }
        }
        return out
    }

    /// The CV as a text file: the lines joined, with the layout's line endings and trailing spaces.
    public func text(layout: Layout) -> String {
        let lines = lines(layout: layout).enumerated().map { n, line in
            layout.trailingSpaces && n % 3 == 1 && !line.isEmpty ? line + "  " : line
        }
        return lines.joined(separator: layout.crlf ? "\r\n" : "\n") + (layout.crlf ? "\r\n" : "\n")
    }

    // MARK: - Parts

    private func summary() -> String? {
        guard let job = jobs.first(where: { !$0.isLeave && $0.occupation == mainOccupation && $0.occupation != nil }) else {
            return nil
        }
        let title = job.title.lowercased()
        switch language {
        case .swedish: return "Noggrann och strukturerad \(title) som trivs med att arbeta i team."
        case .norwegian: return "Nøyaktig og strukturert \(title) som trives med samarbeid."
        case .english: return "Accurate and reliable \(title) who enjoys working in a team."
        case .danish: return "Omhyggelig og struktureret \(title), der trives med samarbejde."
        }
    }

    func period(_ job: Job, layout: Layout) -> String {
        let joiners: [String] = [
            " – ", "–", " - ",
            language == .swedish ? " till " : language == .english ? " to " : " til ",
        ]
        let joiner = joiners[layout.joiner % joiners.count]
        let start = Self.date(job.start, style: job.dateStyle, language: language, layout: layout)
        guard let end = job.end else {
            if layout.openStart, job.dateStyle == .monthName {
                let words = CorpusPhrases.openStarts[language] ?? ["since"]
                return words[layout.presentVariant % words.count] + " " + start
            }
            let present = CorpusPhrases.present[language] ?? ["now"]
            return start + joiner + present[layout.presentVariant % present.count]
        }
        return start + joiner + Self.date(end, style: job.dateStyle, language: language, layout: layout)
    }

    static func date(_ month: YearMonth, style: DateStyle, language: Language, layout: Layout) -> String {
        let mm = month.month < 10 && layout.numbers != .unpadded ? "0\(month.month)" : "\(month.month)"
        switch (style, layout.numbers) {
        case (.isoMonth, .dotted): return "\(month.year).\(mm)"
        case (.isoMonth, .withDay): return language == .swedish ? "\(month.year)-\(mm)-01" : "01.\(mm).\(month.year)"
        case (.isoMonth, _): return "\(month.year)-\(mm)"
        case (.slashMonth, .dotted): return "\(mm).\(month.year)"
        case (.slashMonth, .withDay): return "01/\(mm)/\(month.year)"
        case (.slashMonth, _): return "\(mm)/\(month.year)"
        case (.monthName, _):
            let names = (layout.abbreviatedMonths ? CorpusPhrases.monthAbbreviations : CorpusPhrases.monthNames)[language] ?? []
            return "\(names[month.month - 1]) \(month.year)"
        case (.yearOnly, _): return "\(month.year)"
        }
    }

    private func entryLines(_ job: Job, layout: Layout) -> [String] {
        var job = job
        if layout.dutyMentions, !job.isLeave, job.start.month % 2 == 0 {
            let mentions = CorpusPhrases.dutyMentions[language] ?? []
            job.duties.append(mentions[job.start.year % mentions.count])
        }
        let period = period(job, layout: layout)
        var title = layout.capitalTitles && !job.isLeave ? job.title.uppercased() : job.title
        if layout.qualifiers, !job.isLeave, job.start.month % 3 == 0 {
            let options = CorpusPhrases.qualifiers[language] ?? []
            title += " " + options[job.start.year % options.count]
        }
        let what: String
        switch (job.isLeave, layout.connector) {
        case (true, _): what = title
        case (false, 1):
            let words = CorpusPhrases.employerConnectors[language] ?? [", "]
            what = title + words[job.start.year % words.count] + job.employer
        case (false, 2): what = "\(title) (\(job.employer))"
        default: what = "\(title), \(job.employer)"
        }
        switch layout.entry {
        case .datesFirst:
            return [period, what] + job.duties.map { $0 + "." }
        case .datesColumn:
            return [Self.padded(period, 22) + what] + job.duties.map { Self.padded("", 22) + $0 + "." }
        case .titleLine:
            let line = job.isLeave ? "\(title) | \(period)" : "\(title) | \(job.employer) | \(period)"
            return [line] + job.duties.map { layout.bullet + $0 }
        case .markdown:
            return ["### " + what, "*\(period)*", ""] + job.duties.map { "- " + $0 }
        case .employerFirst:
            return [job.isLeave ? title : "\(job.employer) – \(title)", period] + job.duties.map { layout.bullet + $0 }
        case .stacked:
            return (job.isLeave ? [title] : [title, job.employer]) + [period] + job.duties.map { layout.bullet + $0 }
        }
    }

    /// The systems grouped by stated level, one line per level with the level after the list; systems without a
    /// level on a line of their own.
    private func groupedSkillLines(layout: Layout) -> [String] {
        var lines: [String] = []
        var seen: Set<SkillLevel?> = []
        for system in systems where !seen.contains(system.level) {
            seen.insert(system.level)
            let names = systems.filter { $0.level == system.level }.map(\.written).joined(separator: ", ")
            guard let level = system.level else {
                lines.append(names)
                continue
            }
            let phrases = CorpusPhrases.levelPhrases(language, level)
            lines.append("\(names) – \(phrases[layout.skillStyle % phrases.count])")
        }
        return lines
    }

    private func skillLine(_ system: System, layout: Layout) -> String {
        guard let level = system.level else { return layout.skillStyle == 0 ? layout.bullet + system.written : system.written }
        let phrases = CorpusPhrases.levelPhrases(language, level)
        let phrase = phrases[(layout.skillStyle + system.name.utf8.count) % phrases.count]
        switch layout.skillStyle {
        case 0: return "\(layout.bullet)\(system.written) – \(phrase)"
        case 1: return "\(system.written) (\(phrase))"
        default:
            let capitalised = phrase.prefix(1).uppercased() + phrase.dropFirst()
            let preposition = language == .english ? " in " : " i "
            return phrase.contains(" ") ? capitalised + preposition + system.written : "\(system.written): \(phrase)"
        }
    }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? (width == 0 ? text + " " : text + "  ") : text + String(repeating: " ", count: width - text.count)
    }
}
