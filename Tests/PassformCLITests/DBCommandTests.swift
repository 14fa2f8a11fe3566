import ArgumentParser
import Foundation
@testable import PassformCLI
import PassformCore
import PassformStorage
import PassformTestSupport
import Testing

/// A fresh folder for a register and its inputs.
private func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-dbcli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A synthetic CV in the plain-text layout of `Examples/cvs/`; every `n` gives other bytes, name and e-mail.
private func syntheticCV(_ n: Int) -> String {
    let start = 2010 + n % 12
    return """
        Testperson Nummer\(n) Exempelsson
        testperson\(n)@example.se | 070-000 \(String(format: "%02d", n % 100)) \(String(format: "%02d", n / 100 % 100))

        ARBETSLIVSERFARENHET

        \(start)-0\(1 + n % 9) – nu
        Ekonomiassistent, Region Exempel
        Leverantörsreskontra och avstämningar i Agresso.

        UTBILDNING

        2005–2008 Ekonomiprogrammet, Exempelgymnasiet (gymnasium)

        IT-KUNSKAPER
        Goda kunskaper i Agresso, Excel

        """
}

private func writeCVs(_ count: Int, into folder: URL, offset: Int = 0) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for n in offset..<(offset + count) {
        try Data(syntheticCV(n).utf8).write(to: folder.appendingPathComponent(String(format: "cv-%05d.txt", n)))
    }
}

struct DBCommandTests {
    // MARK: - Parsing

    @Test func searchNeedsExactlyOneTarget() throws {
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "search"]) }
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "search", "--profile", "a", "--posting", "b"]) }
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "search", "--profile", "a", "--applicants"]) }
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "search", "--profile", "a", "--verdict", "not_qualified"]) }
        let command = try PassformCommand.parseAsRoot(["db", "search", "--posting", "p1", "--verdict", "review", "--top", "5", "--db", "x.sqlite"])
        let search = try #require(command as? PassformCommand.DB.Search)
        #expect(search.verdict == .review)
        #expect(search.database.resolvedPath == "x.sqlite")
    }

    @Test(arguments: [("24m", 24), ("6", 6)])
    func purgeReadsMonths(text: String, months: Int) throws {
        let purge = try #require(try PassformCommand.parseAsRoot(["db", "purge", "--older-than", text]) as? PassformCommand.DB.Purge)
        #expect(purge.months == months)
    }

    @Test func purgeRefusesAPeriodWithoutMonths() {
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "purge", "--older-than", "two years"]) }
    }

    @Test func statusTakesOnlyKnownStatuses() throws {
        let status = try #require(
            try PassformCommand.parseAsRoot(["db", "status", "7", "interview", "--posting", "p1", "--by", "anna"]) as? PassformCommand.DB.Status)
        #expect(status.status == .interview)
        #expect(status.actor.name == "anna")
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["db", "status", "7", "hired-ish", "--posting", "p1"]) }
    }

    // MARK: - End to end

    @Test func importingTheExamplesTwiceLeavesNoDuplicates() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("r.sqlite").path

        let first = try CommandRunner.run(["db", "import", "Examples/cvs", "--db", db, "--as-of", "2026-11-01", "--by", "anna"])
        let list = try CommandRunner.run(["db", "list", "--db", db, "--format", "json"])
        let second = try CommandRunner.run(["db", "import", "Examples/cvs", "--db", db, "--as-of", "2026-11-01"])
        let again = try CommandRunner.run(["db", "list", "--db", db, "--format", "json"])

        #expect(first.status == 0)
        let candidates = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(candidates.count >= 20)
        #expect(first.stderr.hasPrefix("imported \(candidates.count) files: \(candidates.count) new candidates, 0 linked"))
        #expect(second.status == 0)
        #expect(
            second.stderr
                == "imported \(candidates.count) files: 0 new candidates, 0 linked to a person already in the register, \(candidates.count) already stored\n")
        #expect(again.stdout == list.stdout)
        let mode = try FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func rereadingARegisterReadByThisVersionChangesNothing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("r.sqlite").path
        _ = try CommandRunner.run(["db", "import", "Examples/cvs", "--db", db, "--as-of", "2026-11-01"])
        let before = try CommandRunner.run(["db", "search", "--db", db, "--profile", "ekonomiassistent-2", "--as-of", "2026-11-01", "--format", "csv"])

        let reread = try CommandRunner.run(["db", "reread", "--db", db, "--as-of", "2026-11-01"])

        #expect(reread.status == 0)
        #expect(reread.stderr.hasPrefix("read ") && reread.stderr.hasSuffix(" stored CV files again: 0 read differently, facts changed for 0 candidates\n"))
        let after = try CommandRunner.run(["db", "search", "--db", db, "--profile", "ekonomiassistent-2", "--as-of", "2026-11-01", "--format", "csv"])
        #expect(after.stdout == before.stdout)
    }

    @Test func rereadingAMissingRegisterIsAnError() throws {
        let result = try CommandRunner.run(["db", "reread", "--db", "/nonexistent/r.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/r.sqlite"))
    }

    @Test func aBrokenFileIsOneLineAndTheBatchGoesOn() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cvs = folder.appendingPathComponent("cvs")
        try writeCVs(2, into: cvs)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]).write(to: cvs.appendingPathComponent("cv-broken.docx"))
        let db = folder.appendingPathComponent("r.sqlite").path

        let result = try CommandRunner.run(["db", "import", cvs.path, "--db", db])

        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("error: \(cvs.path)/cv-broken.docx: ") == true)
        #expect(lines.last == "imported 3 files: 2 new candidates, 0 linked to a person already in the register, 0 already stored, 1 could not be read")
    }

    @Test func aKilledImportKeepsEveryFinishedFileWhole() throws {
        // Given 1,000 CVs
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cvs = folder.appendingPathComponent("cvs")
        try writeCVs(1000, into: cvs)
        let db = folder.appendingPathComponent("r.sqlite").path

        // When the import is killed with SIGKILL half-way
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["db", "import", cvs.path, "--db", db, "--as-of", "2026-11-01"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            if FileManager.default.fileExists(atPath: db), let register = try? PassformDatabase.open(at: db) {
                seen = (try? register.candidates().count) ?? 0
                if seen >= 100 { break }
            }
        }
        #expect(process.isRunning, "the import finished before it could be killed (\(seen) files)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // Then the file is sound and every stored CV is whole
        let register = try PassformDatabase.open(at: db)
        #expect(try register.integrityCheck() == ["ok"])
        let stored = try register.candidates()
        #expect(stored.count >= 100)
        #expect(stored.count < 1000)
        for summary in stored {
            let detail = try register.candidate("\(summary.id)")
            let file = try #require(detail.files.first)
            #expect(detail.files.count == 1)
            let original = try #require(FileManager.default.contents(atPath: file.fileName))
            #expect(try register.fileContent(file.id) == original)
            #expect(file.sha256 == ContentHash.sha256(original))
            #expect(detail.candidate.employment.count == 1)
            #expect(detail.summary.email == detail.candidate.contacts.emails.first)
        }
        // And importing again completes the rest
        let resumed = try CommandRunner.run(["db", "import", cvs.path, "--db", db, "--as-of", "2026-11-01"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.hasPrefix("imported 1000 files: \(1000 - stored.count) new candidates, 0 linked"))
        #expect(try register.candidates().count == 1000)
    }

    @Test func twoImportsAtOnceBothSucceed() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeCVs(40, into: folder.appendingPathComponent("a"))
        try writeCVs(40, into: folder.appendingPathComponent("b"), offset: 40)
        let db = folder.appendingPathComponent("r.sqlite").path

        let processes = try ["a", "b"].map { name -> Process in
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["db", "import", folder.appendingPathComponent(name).path, "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }

        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(try PassformDatabase.open(at: db).candidates().count == 80)
    }

    @Test func searchGivesTheVerdictsAndScoresOfScreen() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("r.sqlite").path
        #expect(try CommandRunner.run(["db", "import", "Examples/cvs", "--db", db, "--as-of", "2026-11-01"]).status == 0)

        for profile in ["ekonomiassistent-2", "registrator", "loneadministrator-1"] {
            let screen = try CommandRunner.run(["screen", "--profile", profile, "Examples/cvs", "--as-of", "2026-11-01", "--format", "json"])
            let search = try CommandRunner.run(["db", "search", "--profile", profile, "--all", "--db", db, "--as-of", "2026-11-01", "--format", "json"])
            func results(_ json: String) throws -> [String] {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
                let candidates = try #require(object["candidates"] as? [[String: Any]])
                return candidates.map { entry in
                    let name = (entry["candidate"] as? [String: Any])?["name"] as? String ?? "?"
                    return "\(name) \(entry["verdict"] as? String ?? "?") \(entry["score"] as? Double ?? -1)"
                }.sorted()
            }
            #expect(search.status == 0)
            #expect(try results(search.stdout) == results(screen.stdout), "profile \(profile)")
            #expect(try explanations(search.stdout) == explanations(screen.stdout), "profile \(profile)")

            // --top explains only the first candidates of the very same ranking.
            let top = try CommandRunner.run(
                ["db", "search", "--profile", profile, "--all", "--db", db, "--as-of", "2026-11-01", "--format", "json", "--top", "4"])
            #expect(try candidates(top.stdout) == Array(try candidates(search.stdout).prefix(4)))
        }
    }

    /// The candidates of a JSON screening report, each re-serialised with sorted keys.
    private func candidates(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        return try candidates.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
    }

    /// Every candidate's requirements and merits with their evidence, by name: what `screen` and `db search` must agree on.
    private func explanations(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let candidates = try #require(object["candidates"] as? [[String: Any]])
        return try candidates.map { entry in
            let name = (entry["candidate"] as? [String: Any])?["name"] as? String ?? "?"
            let outcomes: [String: Any] = ["requirements": entry["requirements"] ?? [], "merits": entry["merits"] ?? []]
            return name + " " + String(decoding: try JSONSerialization.data(withJSONObject: outcomes, options: [.sortedKeys]), as: UTF8.self)
        }.sorted()
    }

    /// A register on disk with two people, one posting and their applications, made through the storage API.
    private func seededRegister(in folder: URL) throws -> String {
        let db = folder.appendingPathComponent("r.sqlite").path
        let register = try PassformDatabase.open(at: db)
        try register.addPosting(
            StoredPosting(
                id: "2026-17",
                target: ScreeningTarget(
                    id: "2026-17", title: "Ekonomiassistent",
                    requirements: [
                        Requirement(
                            text: "Minst 2 års erfarenhet som ekonomiassistent",
                            condition: .experience(months: 24, occupation: "ekonomiassistent", match: .as))
                    ]), addedAt: Date(), addedBy: "anna"))
        for (name, email, from) in [("Zelda Quarnström", "zelda.q@example.se", "2019-01"), ("Bo Ek", "bo.ek@example.se", "2026-01")] {
            var candidate = Candidate.fixture(jobs: [("Ekonomiassistent", "ekonomiassistent", from, nil)])
            candidate.name = name
            candidate.contacts = Contacts(emails: [email], address: "Storgatan 1, 753 20 Uppsala", age: 41)
            try register.importCV(
                CVImport(fileName: "\(email).txt", bytes: Data("\(name)\n\(email)\n".utf8), candidate: candidate), posting: "2026-17",
                by: "anna")
        }
        return db
    }

    @Test func postingsApplicationsSearchAndPublicList() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try seededRegister(in: folder)
        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.run(["db"] + arguments + ["--db", db])
        }

        let added = try run(["postings", "add", "--id", "2026-18", "--profile", "ekonomiassistent-2", "--by", "anna"])
        let search = try run(["search", "--posting", "2026-17", "--applicants", "--all", "--as-of", "2026-11-01", "--format", "json", "--by", "bo"])
        let qualified = try run(["search", "--posting", "2026-17", "--as-of", "2026-11-01"])
        let anonymity = try run(["anonymity", "zelda.q@example.se", "--posting", "2026-17", "--by", "anna"])
        let status = try run(["status", "zelda.q@example.se", "interview", "--posting", "2026-17", "--by", "cecilia"])
        let back = try run(["status", "zelda.q@example.se", "received", "--posting", "2026-17"])
        let list = try run(["public-list", "--posting", "2026-17", "--format", "csv", "--as-of", "2026-11-01"])
        let applications = try run(["applications", "--posting", "2026-17", "--format", "json"])

        #expect(added.status == 0)
        #expect(added.stderr == "added posting 2026-18: Ekonomiassistent 2, 3 requirements, 0 merits\n")
        #expect(search.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [String: Any])
        #expect((report["target"] as? [String: String])?["id"] == "2026-17")
        let candidates = try #require(report["candidates"] as? [[String: Any]])
        #expect(candidates.compactMap { $0["verdict"] as? String } == ["qualified", "not_qualified"])
        #expect(qualified.stdout == """
            Ekonomiassistent (2026-17), as of 2026-11: 1 candidate(s)

            #  candidate             verdict    score  unmet / review
            -  --------------------  ---------  -----  --------------
            1  Zelda Quarnström (1)  qualified  100.0  \n
            """)
        #expect(qualified.stderr == "2 candidates, 1 ruled out by the index, 1 evaluated, 1 listed\n")
        #expect(anonymity.status == 0)
        #expect(status.status == 0)
        #expect(back.status == 1)
        #expect(back.stderr.hasPrefix("Error: an application cannot go from interview back to received"))
        #expect(list.stdout.split(whereSeparator: \.isNewline) == [
            "name,age,current title,municipality,anonymity requested", "Bo Ek,41,Ekonomiassistent,Uppsala,",
            "Zelda Quarnström,41,Ekonomiassistent,Uppsala,yes — decide and notify before publishing",
        ])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(applications.stdout.utf8)) as? [[String: Any]])
        let zelda = try #require(entries.first { $0["name"] as? String == "Zelda Quarnström" })
        let history = try #require(zelda["history"] as? [[String: Any]])
        #expect(history.compactMap { $0["status"] as? String } == ["received", "screened", "interview"])
        #expect(history.compactMap { $0["by"] as? String } == ["anna", "bo", "cecilia"])
    }

    @Test func aPostingFileIsStoredWithItsRequirementsAndScreenedAgainst() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try seededRegister(in: folder)

        let added = try CommandRunner.run(["db", "postings", "add", "Postings/regnskapskonsulent-oslo.txt", "--db", db, "--by", "anna"])
        let again = try CommandRunner.run(["db", "postings", "add", "Postings/regnskapskonsulent-oslo.txt", "--db", db])
        let postings = try CommandRunner.run(["db", "postings", "list", "--db", db, "--format", "json"])
        let stored = try CommandRunner.run(["db", "search", "--posting", "regnskapskonsulent-oslo", "--all", "--db", db, "--format", "json"])
        let direct = try CommandRunner.run(["db", "search", "--posting", "Postings/regnskapskonsulent-oslo.txt", "--all", "--db", db, "--format", "json"])

        #expect(added.status == 0)
        #expect(added.stderr.hasPrefix("added posting regnskapskonsulent-oslo: Regnskapskonsulent, "))
        #expect(again.status == 1)
        #expect(again.stderr == "Error: a posting 'regnskapskonsulent-oslo' is already in the register\n")
        let list = try #require(try JSONSerialization.jsonObject(with: Data(postings.stdout.utf8)) as? [[String: Any]])
        let posting = try #require(list.first { $0["id"] as? String == "regnskapskonsulent-oslo" })
        #expect(posting["file"] as? String == "regnskapskonsulent-oslo.txt")
        #expect(!((posting["requirements"] as? [Any]) ?? []).isEmpty)
        #expect(stored.status == 0)
        #expect(direct.status == 0)
        func candidates(_ json: String) throws -> String {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let data = try JSONSerialization.data(withJSONObject: object["candidates"] ?? [], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try candidates(stored.stdout) == candidates(direct.stdout))
        #expect(try candidates(stored.stdout).contains("Zelda"))
    }

    @Test func eraseRemovesThePersonFromTheFileAndKeepsAnAnonymousTrail() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = try seededRegister(in: folder)

        let erase = try CommandRunner.run(["db", "erase", "zelda.q@example.se", "--db", db, "--by", "dpo"])
        let audit = try CommandRunner.run(["db", "audit", "--db", db, "--candidate", "1"])
        let list = try CommandRunner.run(["db", "list", "--db", db, "--format", "json"])

        #expect(erase.status == 0)
        #expect(erase.stderr == "erased candidate 1\n")
        var bytes = FileManager.default.contents(atPath: db) ?? Data()
        bytes += FileManager.default.contents(atPath: db + "-wal") ?? Data()
        for trace in ["Zelda", "Quarnstr", "zelda.q@example.se"] {
            #expect(bytes.range(of: Data(trace.utf8)) == nil, "'\(trace)' is still in the file")
        }
        #expect(bytes.range(of: Data("bo.ek@example.se".utf8)) != nil)
        #expect(!audit.stdout.contains("Zelda"))
        let actions = audit.stdout.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true)[3] }
        #expect(actions == ["import", "apply", "erase"])
        #expect(!list.stdout.contains("Zelda"))
    }

    @Test func aRegisterFromANewerVersionIsRefusedInOneLine() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("r.sqlite")
        try FileManager.default.copyItem(at: try Fixtures.url("databases/future-schema.sqlite"), to: db)

        let result = try CommandRunner.run(["db", "list", "--db", db.path])

        #expect(result.status == 1)
        #expect(
            result.stderr
                == "Error: \(db.path): the register was written by a newer version of Passform (schema v99); upgrade Passform to use it\n")
    }

    @Test func aMissingRegisterIsNotCreatedByAReadingCommand() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["db", "list"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "Error: passform.sqlite: no register here; create one with 'passform db import' or name it with --db\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("passform.sqlite").path))
    }
}
