import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform profiles`: the framework's role levels.
    struct Profiles: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "profiles", 
            abstract: "List, show and import the framework's role profiles.",
            subcommands: [List.self, Show.self, Import.self],
            defaultSubcommand: List.self
        )
    }
}

extension PassformCommand.Profiles {
    /// `passform profiles list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the role profiles with their requirement counts.")

        @OptionGroup var source: ProfileOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let profiles = try source.store.loadAll()
            switch output.format {
            case .json:
                try output.write(try output.json(profiles))
            default:
                var table = TextTable(
                    headers: ["id", "title", "tasks", "requirements", "kinds"], alignments: [.left, .left, .right, .right, .left])
                for profile in profiles {
                    let kinds = profile.requirements.map(\.kind)
                    table.append([
                        profile.id.rawValue, profile.title, "\(profile.tasks.count)", "\(profile.requirements.count)",
                        kinds.joined(separator: ", "),
                    ])
                }
                try output.write(Rendering.table(table, format: output.format, excel: output.excel, title: "Role profiles"))
            }
        }
    }

    /// `passform profiles show <id>`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", 
            abstract: "Show one role profile: its tasks and its requirements, as written and as understood.")

        @OptionGroup var source: ProfileOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The profile id, such as ekonomiassistent-2 (see 'passform profiles list').") var id: String

        func run() throws {
            let profile = try source.store.load(id: id)
            switch output.format {
            case .json:
                try output.write(try output.json(profile))
            default:
                try output.write(ProfileText.render(profile))
            }
        }
    }

    /// `passform profiles import <document>`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Split the framework's document into one editable YAML file per role level.",
            discussion: """
                Repairs OCR noise (lost diacritics, 6/é/d/[/| for ö/ä/l), drops page debris, names sections whose \
                heading was lost from their own 'som <titel>' requirement, and untangles two-column sections. \
                Warnings go to standard error; review them and correct the generated files by hand if needed.
                """)

        @Argument(help: "The framework document (plain text, as extracted from the PDF).", completion: .file())
        var document: String

        @Option(help: "The folder to write the profiles to.", completion: .directory) var out = "Profiles"

        @Flag(help: "Print the repaired text of the document instead of writing profiles.") var repairedText = false

        func run() throws {
            let text = try InputFiles.text(at: document)
            let result = RoleProfileDocumentParser().parse(text)
            if repairedText {
                FileHandle.standardOutput.write(Data(result.repairedText.utf8))
                return
            }
            guard !result.profiles.isEmpty else {
                throw InputError.invalid(path: document, reason: "no role levels found (no 'Arbetsuppgifter' or 'Kompetenskrav' sections)")
            }
            try ProfileStore(folder: URL(fileURLWithPath: out)).write(
                result.profiles, source: (document as NSString).lastPathComponent, warnings: result.warnings)
            for warning in result.warnings { Diagnostics.warn("\(document):\(warning)") }
            Diagnostics.note("wrote \(result.profiles.count) profiles to \(out)/")
        }
    }
}
