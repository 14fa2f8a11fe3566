import ArgumentParser

extension PassformCommand {
    /// `passform db`: the candidate register.
    struct DB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Keep a register of candidates: import CVs, search, applications, erasure and audit.",
            discussion: """
                The register is one SQLite file (--db, $PASSFORM_DB, default ./passform.sqlite), created with mode 0600. \
                It holds personal data: keep it on an encrypted disk, erase on request ('db erase') and after the \
                retention period ('db purge'). Every change is in the audit trail ('db audit') with who did it (--by, \
                default $USER).
                """,
            subcommands: [
                Import.self, List.self, Show.self, Stats.self, Search.self, Postings.self, Apply.self, Status.self,
                Applications.self, Anonymity.self, PublicList.self, Erase.self, Purge.self, Audit.self, Check.self, Reread.self,
            ]
        )
    }
}
