import Foundation
import PassformCore
import PassformFormats
import PassformStorage

/// How many people the candidate register already holds for each role a plan needs.
enum RegisterSupply {
    static func table(for roles: [ProfileID], database: String, store: ProfileStore, asOf: YearMonth) throws -> TextTable {
        guard FileManager.default.fileExists(atPath: database) else {
            throw InputError.invalid(path: database, reason: "no register here; create one with 'passform db import'")
        }
        let register = try PassformDatabase.open(at: database)
        var table = TextTable(
            headers: ["role", "qualified in the register", "for review"], alignments: [.left, .right, .right])
        for role in Array(Set(roles)).sorted() {
            let screener = Screener(target: ScreeningTarget(try store.load(id: role.rawValue)))
            // Only the counts are shown, so nobody is explained.
            let found = try register.search(screener, asOf: asOf, top: 0)
            let qualified = found.ranking.filter { $0.verdict == .qualified }.count
            table.append([role.rawValue, "\(qualified)", "\(found.ranking.count - qualified)"])
        }
        return table
    }
}
