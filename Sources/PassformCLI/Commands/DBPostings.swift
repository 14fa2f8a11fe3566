import ArgumentParser
import Foundation
import PassformCore
import PassformFormats
import PassformStorage

extension PassformCommand.DB {
    /// `passform db postings`.
    struct Postings: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "postings", 
            abstract: "Add and list the job postings that candidates apply to.",
            subcommands: [Add.self, List.self], defaultSubcommand: List.self)
    }
}

extension PassformCommand.DB.Postings {
    /// `passform db postings add`.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Add a job posting: from its file (text, Markdown, HTML, JSON-LD), or calling off a role profile.",
            discussion: """
                The original file and its requirements (as read, in JSON) are stored, so later searches screen against \
                exactly what was published. With --profile the requirements are the profile's.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var profileSource: ProfileOptions
        @OptionGroup var actor: ActorOption
        @OptionGroup var limits: LimitOptions

        @Argument(help: "The posting's file.", completion: .file()) var file: String?
        @Option(help: "The posting's id, such as the ad's reference 2026-0142 (default: made from the file name).") var id: String?
        @Option(help: "The role profile the posting calls off, such as ekonomiassistent-2 (instead of a file).") var profile: String?
        @Option(help: "The posting's title (default: the file's or the profile's).") var title: String?

        func validate() throws {
            guard (file == nil) != (profile == nil) else { throw ValidationError("Give either a posting file or --profile ID.") }
            if profile != nil, id == nil { throw ValidationError("--profile needs --id.") }
            if let id, id.trimmingCharacters(in: .whitespaces).isEmpty || id.contains(where: \.isNewline) {
                throw ValidationError("--id must be a non-empty single line.")
            }
        }

        func run() throws {
            var posting: StoredPosting
            var content: Data?
            if let file {
                let reader = limits.current.postingReader
                let data = try InputFiles.data(at: file, limit: reader.limits.postingBytes)
                let read = try reader.read(data, path: file)
                let key = id ?? Slug.make(((file as NSString).lastPathComponent as NSString).deletingPathExtension)
                let target = ScreeningTarget(id: key, title: read.title, requirements: read.requirements, merits: read.merits)
                posting = StoredPosting(
                    id: key, target: target, fileName: (file as NSString).lastPathComponent, addedAt: Date(), addedBy: actor.name)
                content = data
            } else {
                let loaded = try profileSource.store.load(id: profile ?? "")
                var target = ScreeningTarget(loaded)
                target.id = id ?? loaded.id.rawValue
                posting = StoredPosting(id: target.id, target: target, profile: loaded.id, addedAt: Date(), addedBy: actor.name)
            }
            if let title { posting.target.title = title }
            try database.open(create: true).addPosting(posting, content: content)
            Diagnostics.note(
                "added posting \(posting.id): \(posting.target.title), \(posting.target.requirements.count) requirements, "
                    + "\(posting.target.merits.count) merits")
        }
    }

    /// `passform db postings list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the postings with their applications.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let register = try database.open()
            let stats = try register.stats()
            let postings = try register.postings()
            if output.format == .json {
                struct Line: Encodable {
                    var id: String
                    var title: String
                    var profile: String?
                    var file: String?
                    var requirements: [Requirement]
                    var merits: [Requirement]
                    var applications: Int
                }
                let applications = Dictionary(uniqueKeysWithValues: stats.postings.map { ($0.id, $0.applications) })
                return try output.write(
                    try output.json(
                        postings.map {
                            Line(
                                id: $0.id, title: $0.target.title, profile: $0.profile?.rawValue, file: $0.fileName,
                                requirements: $0.target.requirements, merits: $0.target.merits, applications: applications[$0.id] ?? 0)
                        }))
            }
            var table = TextTable(
                headers: ["id", "title", "source", "requirements", "applications", "added"], alignments: [.left, .left, .left, .right, .right, .left])
            for posting in postings {
                let count = stats.postings.first { $0.id == posting.id }?.applications ?? 0
                table.append([
                    posting.id, posting.target.title, posting.fileName ?? posting.profile.map { "profile \($0)" } ?? "",
                    "\(posting.target.requirements.count)", "\(count)", "\(DBText.day(posting.addedAt)) by \(posting.addedBy)",
                ])
            }
            try output.write(Rendering.table(table, format: output.format, excel: output.excel, title: "Postings"))
        }
    }
}
