import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform cv …`: reading CVs.
    struct CV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cv",
            abstract: "Read CVs into structured candidates.",
            subcommands: [Parse.self])
    }
}

extension PassformCommand.CV {
    /// `passform cv parse <files or folders…>`: what Passform reads from each CV.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "parse", 
            abstract: "Show what Passform reads from CVs: contacts, jobs, education, systems, languages, months per occupation.",
            discussion: """
                Reads plain text and Markdown (UTF-8, UTF-16 or Windows-1252), DOCX, ODT, PDF (needs pdftotext \
                from poppler-utils), JSON Resume and Europass XML. Folders are read for .txt, .md, .docx, .odt, \
                .pdf, .json and .xml files (README files are skipped). A file that cannot be read is reported on \
                standard error and the others are still read; the exit code is then 1.
                """)

        @Argument(help: "CV files, or folders of CVs.", completion: .file())
        var paths: [String]

        @Option(help: "Output format: table or json.")
        var format: OutputFormat = .table

        @OptionGroup var asOf: AsOfOption
        @OptionGroup var limits: LimitOptions

        @Flag(help: "Leave out names, contacts, personnummer, birth dates, ages and gender; show candidates as A, B, C ….")
        var blind = false

        @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
        var output: String?

        func validate() throws {
            guard format == .table || format == .json else {
                throw ValidationError("--format must be table or json for cv parse.")
            }
        }

        func run() throws {
            let month = asOf.month
            let files = try CVFiles.expand(paths)
            let batch = limits.current.cvReader.readAll(files, asOf: month)
            var reports: [CVReport] = []
            for (index, document) in batch.documents.enumerated() {
                let label = blind ? ScreeningReport.blindID(index) : nil
                reports.append(CVReport(file: document.file, format: document.format.rawValue, candidate: document.candidate, asOf: month, blindLabel: label))
            }
            let text: String
            if format == .json {
                let single = files.count == 1 && paths.count == 1 && batch.failures.isEmpty
                text = single ? try JSONOutput.encode(reports[0]) : try JSONOutput.encode(reports)
            } else {
                text = reports.map { $0.rendered() }.joined(separator: "\n")
            }
            if !reports.isEmpty || batch.failures.isEmpty { try OutputOptions.write(text, to: output) }
            if !batch.failures.isEmpty {
                var message = "\(batch.failures.count) of \(files.count) CV files could not be read:\n"
                for failure in batch.failures { message += "  \(failure.message)\n" }
                FileHandle.standardError.write(Data(message.utf8))
                throw ExitCode.failure
            }
        }
    }
}

/// Turning the paths a user names into CV files.
enum CVFiles {
    /// Files as named, folders expanded to their CV files (sorted; hidden and README files skipped).
    static func expand(_ paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                result += try InputFiles.expand([path], extensions: CVReader.fileExtensions)
            } else {
                result.append(path)
            }
        }
        return result
    }
}
