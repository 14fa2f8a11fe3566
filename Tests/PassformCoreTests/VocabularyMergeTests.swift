import Foundation
import PassformCore
import Testing

/// ``Vocabulary/merging(_:)`` reads each file shape, however its keys are written.
struct VocabularyMergeTests {
    private let systems = #"{"systems": [{"name": "Hogia Lön Plus", "category": "lonesystem", "aliases": ["Hogia"]}]}"#

    @Test func aSystemsFileAddsItsSystems() throws {
        let vocabulary = try Vocabulary().merging(Data(systems.utf8))
        #expect(vocabulary.system(named: "Hogia")?.name == "Hogia Lön Plus")
    }

    @Test func keysWrittenWithEscapesOrInUTF16AreRead() throws {
        let escaped = systems.replacingOccurrences(of: #""systems""#, with: #""sys\u0074ems""#)
        #expect(try Vocabulary().merging(Data(escaped.utf8)).system(named: "Hogia")?.name == "Hogia Lön Plus")
        let utf16 = try #require(systems.data(using: .utf16))
        #expect(try Vocabulary().merging(utf16).system(named: "Hogia")?.name == "Hogia Lön Plus")
    }

    @Test func aFileOfNoKnownShapeIsRefused() {
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data(#"{"other": 1}"#.utf8)) }
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data("[1, 2]".utf8)) }
        // The key as a value is not the key.
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data(#"{"note": "systems"}"#.utf8)) }
    }
}
