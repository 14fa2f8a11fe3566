import ArgumentParser

/// The `passform` command: screening CVs against role profiles and job postings, staffing plans and bids.
public struct PassformCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "passform",
        abstract: "Screen CVs against role profiles and job postings, plan staffing, and evaluate bids.",
        discussion: """
            Passform reads the framework's role profiles (Profiles/), job postings and CVs, and explains \
            every verdict with evidence from the CV. Run 'passform help <command>' for a command's options.
            """,
        version: "0.1.0",
        subcommands: [
            Screen.self,
            Match.self,
            Profiles.self,
            CV.self,
            Bids.self,
            Plan.self,
            DB.self,
            Postings.self,
            Bench.self,
        ]
    )

    public init() {}
}
