import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform postings`: job ads.
    struct Postings: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "postings", 
            abstract: "Read job ads and find the role profiles closest to them.",
            discussion: """
                Reads ads in Swedish, Norwegian, Danish or English, as plain text (also run together into one \
                paragraph), Markdown, HTML pages (their schema.org JobPosting JSON-LD when present) or JSON-LD files.
                """,
            subcommands: [Parse.self, Match.self]
        )
    }
}

extension PassformCommand.Postings {
    /// `passform postings parse <file>`.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "parse", 
            abstract: "Show what Passform reads in a job ad: its facts, tasks, requirements, merits and qualities.")

        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @Argument(help: "The job ad: .txt, .md, .html or .jsonld.", completion: .file()) var file: String
        @Flag(help: "Show the sections and items the parser found (to check or extend the section cues).")
        var sections = false

        func validate() throws {
            guard [.table, .json].contains(output.format) else {
                throw ValidationError("--format must be table or json for 'postings parse'.")
            }
        }

        func run() throws {
            if sections {
                let found = try limits.current.postingReader.sections(path: file)
                try output.write(output.format == .json ? try output.json(found) : PostingText.render(found))
                return
            }
            let posting = try limits.current.postingReader.read(path: file)
            try output.write(output.format == .json ? try output.json(posting) : PostingText.render(posting))
        }
    }

    /// `passform postings match <file>`.
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "match", 
            abstract: "Rank the role profiles by how close they are to a job ad, with the tasks and requirements they share.")

        @OptionGroup var source: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @Argument(help: "The job ad: .txt, .md, .html or .jsonld.", completion: .file()) var file: String
        @Option(help: "Show at most this many profiles.") var top = 5

        func validate() throws {
            guard top > 0 else { throw ValidationError("--top must be at least 1.") }
            guard [.table, .json].contains(output.format) else {
                throw ValidationError("--format must be table or json for 'postings match'.")
            }
        }

        func run() throws {
            let posting = try limits.current.postingReader.read(path: file)
            let profiles = try source.store.loadAll()
            let matches = Array(ProfileMatcher().rank(profiles, for: posting).prefix(top))
            if output.format == .json {
                try output.write(try output.json(PostingMatchReport(posting: posting, matches: matches)))
            } else {
                try output.write(PostingText.render(matches, for: posting))
            }
        }
    }
}

/// The JSON of `postings match`: the posting's title and language, and the closest profiles.
struct PostingMatchReport: Encodable {
    var posting: JobPosting
    var matches: [ProfileMatch]
}
