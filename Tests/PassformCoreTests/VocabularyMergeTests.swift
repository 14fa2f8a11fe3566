import Foundation
@testable import PassformCore
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

    @Test func aFileOfNoKnownShapeIsRefused() throws {
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data(#"{"other": 1}"#.utf8)) }
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data("[1, 2]".utf8)) }
        // The key as a value is not the key.
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data(#"{"note": "systems"}"#.utf8)) }
        let broken = try #require(throws: Vocabulary.FileError.self) { try Vocabulary().merging(Data("{\"systems\": [\n".utf8)) }
        #expect(broken.description.hasPrefix("not a vocabulary file: not JSON: "))
    }

    @Test func theBundledFilesReadAsJSONDecoderReadsThem() throws {
        for name in ["occupations", "systems", "fields", "languages", "occupations-postings"] {
            let data = try #require(BundledData.data(name, "json"))
            let json = try #require(try JSONValue.parse(data).object)
            #expect(Vocabulary.OccupationFile(json: json) == (try? JSONDecoder().decode(Vocabulary.OccupationFile.self, from: data)), "\(name)")
            #expect(Vocabulary.SystemFile(json: json) == (try? JSONDecoder().decode(Vocabulary.SystemFile.self, from: data)), "\(name)")
            #expect(Vocabulary.FieldFile(json: json) == (try? JSONDecoder().decode(Vocabulary.FieldFile.self, from: data)), "\(name)")
            #expect(Vocabulary.LanguageFile(json: json) == (try? JSONDecoder().decode(Vocabulary.LanguageFile.self, from: data)), "\(name)")
        }
    }

    /// As with `JSONDecoder`: a list left out or null is absent; a list of another shape, a required field missing or
    /// an unknown level fails that shape, and the file is refused when no shape is left.
    @Test(arguments: [
        #"{"systems": null, "categories": [{"id": "lonesystem", "terms": ["lön"]}]}"#,
        #"{"systems": [{"name": "Hogia", "category": "lonesystem", "aliases": []}], "comment": 1}"#,
    ])
    func absentOrNullListsAreLeftOut(text: String) throws {
        let data = Data(text.utf8)
        let json = try #require(try JSONValue.parse(data).object)
        let file = try #require(Vocabulary.SystemFile(json: json))
        #expect(file == (try JSONDecoder().decode(Vocabulary.SystemFile.self, from: data)))
        _ = try Vocabulary().merging(data)
    }

    @Test(arguments: [
        #"{"systems": {"name": "Hogia"}}"#,
        #"{"systems": [{"name": "Hogia", "category": "lonesystem"}]}"#,
        #"{"levels": [{"level": "doctorate", "terms": ["doktor"]}]}"#,
        #"{"languages": [{"code": 46, "names": ["svenska"]}]}"#,
    ])
    func aListOfAnotherShapeRefusesTheFile(text: String) throws {
        let data = Data(text.utf8)
        let json = try #require(try JSONValue.parse(data).object)
        #expect(Vocabulary.SystemFile(json: json)?.systems == (try? JSONDecoder().decode(Vocabulary.SystemFile.self, from: data))?.systems)
        #expect(throws: Vocabulary.FileError.self) { try Vocabulary().merging(data) }
    }
}
