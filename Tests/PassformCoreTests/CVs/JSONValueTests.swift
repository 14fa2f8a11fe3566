import Foundation
import PassformCore
import Testing

/// The JSON reader accepts and rejects what JSONSerialization (swift-corelibs-foundation) does and gives the same
/// structure; JSON Resume parsing reads it with the meaning the `Any` casts had.
struct JSONValueTests {
    let asOf = YearMonth(year: 2026, month: 11)

    // MARK: Values

    @Test func readsNestedArraysAndObjects() throws {
        let value = try JSONValue.parse(#" {"a": [1, -2.5e1, true, false, null, "x", [], {}], "b": {"c": [[]]}} "#)
        #expect(
            value
                == .object(
                    JSONObject(members: [
                        ("a", .array([.number(1), .number(-25), .bool(true), .bool(false), .null, .string("x"), .array([]), .object(JSONObject())])),
                        ("b", .object(JSONObject(members: [("c", .array([.array([])]))]))),
                    ])))
        #expect(value["a"]?.array?.count == 8)
        #expect(value["b"]?["c"]?.array == [.array([])])
        #expect(value["missing"] == nil)
        #expect(value["a"]?["c"] == nil)
    }

    /// Bytes in any encoding JSONSerialization reads give the value their UTF-8 text gives.
    @Test(arguments: [String.Encoding.utf8, .utf16, .utf16LittleEndian, .utf16BigEndian, .utf32, .utf32LittleEndian])
    func bytesInEachEncodingReadAsTheirText(encoding: String.Encoding) throws {
        let text = #"{"namn": "Åsa Öberg", "system": ["Raindance", "Agresso (Unit4)"], "år": 2019}"#
        let data = try #require(text.data(using: encoding))
        #expect(try JSONValue.parse(data) == (try JSONValue.parse(text)))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["namn"] as? String == "Åsa Öberg")
    }

    @Test func aUTF8ByteOrderMarkIsSkippedInBytes() throws {
        #expect(try JSONValue.parse(Data([0xEF, 0xBB, 0xBF]) + Data(#"["a"]"#.utf8)) == .array([.string("a")]))
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Data([0xFF, 0xFE, 0x00, 0xD8])) }
    }

    @Test func emptyContainersAtTheTop() throws {
        #expect(try JSONValue.parse("[]") == .array([]))
        #expect(try JSONValue.parse("{}") == .object(JSONObject()))
        #expect(try JSONValue.parse(" \t\r\n[ \t\r\n] \t\r\n") == .array([]))
    }

    @Test func accessorsGiveNilForOtherKinds() throws {
        let value = try JSONValue.parse(#"{"s": "t", "n": 1, "o": {}, "a": [{}, {"k": 1}], "m": [{}, 1], "e": []}"#)
        #expect(value["s"]?.string == "t")
        #expect(value["n"]?.string == nil)
        #expect(value["o"]?.array == nil)
        #expect(value["s"]?.object == nil)
        #expect(value["a"]?.objects?.count == 2)
        // As `as? [[String: Any]]`: an array holding a non-object is no array of objects; an empty array is one.
        #expect(value["m"]?.objects == nil)
        #expect(value["e"]?.objects?.isEmpty == true)
        #expect(value["o"]?.objects == nil)
    }

    // MARK: Strings

    @Test func decodesEveryEscape() throws {
        let value = try JSONValue.parse(#"["\"\\\/\b\f\n\r\t", "\u00e9\u00C5\u20AC", "\uD83D\uDE00", "\u0000", "a\u0041b"]"#)
        #expect(value == .array([.string("\"\\/\u{8}\u{C}\n\r\t"), .string("éÅ€"), .string("😀"), .string("\u{0}"), .string("aAb")]))
    }

    @Test func keepsStringsScalarForScalar() throws {
        // A decomposed é stays decomposed; DEL and non-ASCII need no escape.
        let value = try JSONValue.parse("[\"e\u{301}\", \"\u{7F}\", \"Malmö – Växjö\"]")
        #expect(value.array?.first?.string?.unicodeScalars.map(\.value) == [0x65, 0x301])
        #expect(value.array?[1].string == "\u{7F}")
        #expect(value.array?[2].string == "Malmö – Växjö")
    }

    @Test(arguments: [
        #"["\uD83D"]"#, #"["\uDE00"]"#, #"["\uD83Dx"]"#, #"["\uD83D\u0041"]"#, #"["\uD83D\uD83D"]"#, #"["\uDE00\uD83D"]"#,
        #"["\uzzzz"]"#, #"["\u12"]"#, #"["\u12G4"]"#, #"["\x"]"#, #"["\'"]"#, #"["\U0041"]"#, #"["\"#,
    ])
    func refusesBadEscapes(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test(arguments: [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F] as [UInt32])
    func refusesUnescapedControlCharacters(code: UInt32) {
        let text = "[\"a\(Character(Unicode.Scalar(code)!))b\"]"
        #expect(throws: JSONValue.ParseError.unexpectedByte(offset: 3)) { try JSONValue.parse(text) }
    }

    // MARK: Numbers

    @Test func readsNumbers() throws {
        let value = try JSONValue.parse("[0, -0, 12, -3.25, 1e3, 1E+3, 2e-2, 0.5, 1e05, 9223372036854775808, 1e-400]")
        #expect(value == .array([0, 0, 12, -3.25, 1000, 1000, 0.02, 0.5, 100_000, 9_223_372_036_854_775_808, 0].map(JSONValue.number)))
    }

    @Test(arguments: ["[01]", "[-01]", "[00]", "[-]", "[1.]", "[.5]", "[+1]", "[1.e5]", "[1e]", "[1e+]", "[1e+-1]", "[0x1]", "[1.5.2]", "[--1]", "[1e5e5]", "[NaN]", "[Infinity]", "[1 2]"])
    func refusesMalformedNumbers(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test func refusesNumbersBeyondDouble() {
        #expect(throws: JSONValue.ParseError.unrepresentableNumber(offset: 1)) { try JSONValue.parse("[1e400]") }
        #expect(throws: JSONValue.ParseError.unrepresentableNumber(offset: 1)) { try JSONValue.parse("[-1" + String(repeating: "0", count: 309) + "]") }
        #expect(throws: Never.self) { try JSONValue.parse("[1" + String(repeating: "0", count: 308) + "]") }
    }

    // MARK: Structure

    @Test func aRepeatedKeyReadsAsTheLastValue() throws {
        let value = try JSONValue.parse(#"{"a": 1, "b": 2, "a": {"x": 3}}"#)
        #expect(value["a"] == .object(JSONObject(members: [("x", .number(3))])))
        #expect(value.object?.members.count == 3)
        #expect(value.object?.dictionary.count == 2)
        #expect(value == .object(JSONObject(members: [("b", .number(2)), ("a", .object(JSONObject(members: [("x", .number(3))])))])))
    }

    @Test func keysMatchAsSwiftStrings() throws {
        // U+212A KELVIN SIGN is canonically K: JSONSerialization's dictionary holds one key, the first spelling.
        let value = try JSONValue.parse("{\"K\": 1, \"\u{212A}\": 2}")
        #expect(value["K"] == .number(2))
        #expect(value.object?.dictionary.keys.first?.unicodeScalars.first == "K")
    }

    @Test func oneTrailingCommaIsAcceptedAsJSONSerializationDoes() throws {
        #expect(try JSONValue.parse("[1,]") == .array([.number(1)]))
        #expect(try JSONValue.parse(#"{"a": 1 , }"#) == .object(JSONObject(members: [("a", .number(1))])))
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[,]") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[1,,]") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("{,}") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(#"{"a":1,,}"#) }
    }

    @Test(arguments: [
        "", "   ", "1", "\"a\"", "null", "true", "[", "{", "[1", "{\"a\"", "{\"a\":", "{\"a\" 1}", "{1: 2}", "{\"a\": 1 \"b\": 2}",
        "[1] x", "[1]]", "[] []", "[tru]", "[nul]", "[True]", "[\"a\" \"b\"]", "// c\n[]", "[/* c */]", "['a']", "{a: 1}",
    ])
    func refusesWhatIsNotJSON(text: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(text) }
    }

    @Test(arguments: ["\u{C}", "\u{B}", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{0}"])
    func onlyTheFourJSONSpacesSeparate(space: String) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[" + space + "1]") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[1]" + space) }
    }

    @Test func nestingStopsAt512() throws {
        for opening in ["[", "{\"a\":"] {
            let closing = opening == "[" ? "]" : "}"
            let deepest = String(repeating: opening, count: 511) + "[]" + String(repeating: closing, count: 511)
            #expect(throws: Never.self) { try JSONValue.parse(deepest) }
            let tooDeep = String(repeating: opening, count: 512) + "[]" + String(repeating: closing, count: 512)
            #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(tooDeep) }
        }
        // Far deeper than any stack allows for recursion: refused, not crashed.
        #expect(throws: JSONValue.ParseError.tooDeep(offset: 512)) { try JSONValue.parse(String(repeating: "[", count: 1_000_000)) }
    }

    // MARK: Byte-order marks and encodings

    @Test func aLeadingByteOrderMarkIsSkippedOnce() throws {
        #expect(try JSONValue.parse("\u{FEFF}[1]") == .array([.number(1)]))
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("\u{FEFF}\u{FEFF}[1]") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(" \u{FEFF}[1]") }
    }

    @Test func eachStretchOfAStringDropsOneLeadingByteOrderMark() throws {
        let value = try JSONValue.parse("[\"\u{FEFF}a\", \"\u{FEFF}\u{FEFF}b\", \"c\u{FEFF}\", \"\\n\u{FEFF}d\", \"\\uFEFFe\", \"\u{FEFF}\"]")
        #expect(value == .array([.string("a"), .string("\u{FEFF}b"), .string("c\u{FEFF}"), .string("\nd"), .string("\u{FEFF}e"), .string("")]))
        #expect(try JSONValue.parse("{\"\u{FEFF}basics\": 1}")["basics"] == .number(1))
    }

    @Test func nulBytesAmongTheFirstFourMeanUTF16OrUTF32() throws {
        #expect(try JSONValue.parse("[\0]\0") == .array([]))
        #expect(try JSONValue.parse("\0[\0]") == .array([]))
        #expect(try JSONValue.parse("[\0\0\0]\0\0\0") == .array([]))
        #expect(try JSONValue.parse("\0\0\0[\0\0\0]") == .array([]))
        #expect(try JSONValue.parse("[\0\"\0a\0\"\0]\0") == .array([.string("a")]))
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[]\0") }
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse("[1]\0\0") }
    }

    // MARK: Against JSONSerialization

    /// Texts at the edges of the grammar and of JSONSerialization's own rules.
    static let tricky: [String] = [
        "[]", "{}", "[1,]", "{\"a\":1,}", "[,]", "[1,,]", "{\"a\":1,\"a\":2}", "{\"a\":{\"x\":1},\"a\":[2]}", "1", "\"a\"", "null",
        "[1e400]", "[-1e400]", "[1e-400]", "[123456789012345678901234567890]", "[-0]", "[-0.0]", "[0.1]", "[1E5]", "[1e05]", "[01]",
        "[-]", "[1.]", "[.5]", "[+1]", "[1.e5]", "[1e]", "[1e+]", "[true,false,null]", "[9223372036854775807]",
        "[18446744073709551616]", "[-9223372036854775809]", "[123456789012345678e100]", "[123456789012345678e400]",
        "[123456789012345678E400]", "[1e999999999999999999999]", "[17976931348623157e292]", "[17976931348623159e292]",
        "[1" + String(repeating: "0", count: 308) + "]", "[1" + String(repeating: "0", count: 309) + "]",
        "[0." + String(repeating: "0", count: 400) + "1]", "[1" + String(repeating: "0", count: 400) + "e-100]",
        "[\"\u{FEFF}a\"]", "[\"x\u{FEFF}a\"]", "[\"\\n\u{FEFF}a\"]", "[\"\\u0041\u{FEFF}b\"]", "{\"\u{FEFF}k\":1}", "\u{FEFF}[1]",
        "\u{FEFF}\u{FEFF}[1]", " \u{FEFF}[1]", "\u{FEFF}", "\u{FEFF}[", "[\"\u{FEFF}\u{FEFF}a\"]", "[\"\u{FEFF}\"]",
        "[\"\\uFEFF\u{FEFF}x\"]", "[\"\0\"]", "[\"\\u0000\"]", "[\"\t\"]", "[\"\u{7F}\"]", "[\"\\uD83D\\uDE00\"]", "[\"\\uD83D\"]",
        "[\"\\uDE00\"]", "[\"\\uD83Dx\"]", "[\"\\uD83D\\u0041\"]", "[\"\\uD800\\uDC00\"]", "[\"\\uDBFF\\uDFFF\"]", "[\"\\u00e9\\u00E9\"]",
        "[\"\\uzzzz\"]", "[\"\\u12\"]", "[\"\\x\"]", "[\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"]", "[\u{C}1]", "[\u{B}1]", "[\u{A0}1]",
        "[\r1\n]\t ", "[1] x", "[1]\0", "\0[1]", "[1]]", "[1]\u{FEFF}", "[nul]", "[nulL]", "[tru]", "[True]", "[\"a\" \"b\"]",
        "{\"a\" 1}", "{\"a\":}", "{1:2}", "{\"a\":1 \"b\":2}", "[[]]", "[{}]", "", "   ", "[", "{", "{\"a\"", "[\"a",
        "[-0e0]", "[\"e\\u0301\"]", "[\"e\u{301}\"]", "{\"K\":1,\"\u{212A}\":2}", "{\"\u{212A}\":1,\"K\":2}", "{\"é\":1,\"e\u{301}\":2}",
        "[\0]\0", "[\0]\0 \0", "[\0]\0 ", "\0[\0]", "[\0\0\0]\0\0\0", "\0\0\0[\0\0\0]", "[\0\"\0a\0\"\0]\0", "[\0 ", "[\0", "[ \0",
        "[]\0", "[1]\0\0", "[\0]\0\0", "[\0\"\0\0é\"\0]\0", "\0", "\0\0", "[\0\0", "{\0}\0", "{\0\"\0a\0\"\0:\01\0}\0",
        "{\"basics\":{\"name\":\"Ada\",\"profiles\":[{\"url\":\"x\"},1]},\"work\":[{\"position\":2}],\"skills\":{}}",
        String(repeating: "[", count: 512) + String(repeating: "]", count: 512),
        String(repeating: "[", count: 513) + String(repeating: "]", count: 513),
        String(repeating: "{\"a\":", count: 511) + "{}" + String(repeating: "}", count: 511),
        String(repeating: "{\"a\":", count: 512) + "{}" + String(repeating: "}", count: 512),
        String(repeating: "[", count: 512) + "1" + String(repeating: "]", count: 512),
        String(repeating: "[", count: 511) + "{}" + String(repeating: "]", count: 511),
    ]

    @Test func agreesWithJSONSerializationOnTrickyTexts() {
        for text in Self.tricky {
            #expect(Self.agree(on: text), "\(text.debugDescription.prefix(200))")
        }
    }

    /// Random edits of a JSON Resume (bytes dropped, repeated or put in) read by both.
    @Test func agreesWithJSONSerializationOnEditedResumes() {
        let base = Array(Self.resume.utf8)
        let pieces: [[UInt8]] = [
            [0x2C], [0x5B], [0x5D], [0x7B], [0x7D], [0x22], [0x5C], [0x3A], [0x20], [0x0A], [0x00], [0x09], [0x0C], [0x2D], [0x2E],
            [0x30], [0x31], [0x65], [0x45], [0x2B], Array("\\u".utf8), Array("\\uD83D".utf8), Array("\\uDE00".utf8), Array("null".utf8),
            Array("true".utf8), [0xEF, 0xBB, 0xBF], Array("é".utf8), Array("1e400".utf8), Array(",]".utf8), Array(",}".utf8),
        ]
        var random = SplitMix(seed: 0x5EED)
        var accepted = 0
        for _ in 0..<3_000 {
            var bytes = base
            for _ in 0..<(1 + random.next(below: 3)) {
                let at = random.next(below: bytes.count + 1)
                switch random.next(below: 3) {
                case 0 where at < bytes.count: bytes.remove(at: at)
                case 1 where at < bytes.count:
                    let end = min(bytes.count, at + 1 + random.next(below: 40))
                    bytes.insert(contentsOf: bytes[at..<end], at: random.next(below: bytes.count + 1))
                default: bytes.insert(contentsOf: pieces[random.next(below: pieces.count)], at: at)
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            if (try? JSONValue.parse(text)) != nil { accepted += 1 }
            #expect(Self.agree(on: text), "\(text.debugDescription)")
        }
        // Both verdicts occur: the edits neither always break the text nor never do.
        #expect(accepted > 100 && accepted < 2_900)
    }

    static let resume = #"""
        {
          "basics": {"name": "Ada Berg", "email": "ada@example.se", "phone": "070-123 45 67", "profiles": [{"url": "https://x.se"}],
            "location": {"city": "Växjö", "postalCode": "352 30"}, "summary": "Ekonomiassistent med \"Visma\"\noch Fortnox \u00e9 \uD83D\uDE00"},
          "work": [{"name": "Växjö kommun", "position": "Ekonomiassistent", "startDate": "2019-03", "endDate": "", "highlights": ["Kundreskontra", 3]},
                   {"company": "Telia", "position": "Kundtjänst", "startDate": "2015-01-01", "endDate": "2019-02", "active": true, "rate": -12.5e-1}],
          "education": [{"studyType": "YH", "area": "Redovisning", "score": null}],
          "skills": [{"name": "Visma", "level": "Advanced", "keywords": ["Fortnox", "Excel"]}],
          "languages": [{"language": "Svenska", "fluency": "Modersmål"}]
        }
        """#

    /// Both refuse `text`, or both read it to the same structure.
    static func agree(on text: String) -> Bool {
        let foundation = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [])
        let own = try? JSONValue.parse(text)
        switch (own, foundation) {
        case (nil, nil): return true
        case (let own?, let foundation?): return same(own, foundation)
        default: return false
        }
    }

    /// `value` is JSONSerialization's `object`: the same kinds, strings and keys equal scalar for scalar, numbers
    /// equal (a decimal to within rounding), booleans as its boolean `NSNumber`s.
    static func same(_ value: JSONValue, _ object: Any) -> Bool {
        switch value {
        case .string(let text):
            guard let other = object as? String else { return false }
            return text.unicodeScalars.elementsEqual(other.unicodeScalars)
        case .number(let number):
            guard let other = object as? NSNumber, !isBoolean(other) else { return false }
            return other.doubleValue == number || abs(other.doubleValue - number) <= abs(number) * 1e-12
        case .bool(let flag):
            guard let other = object as? NSNumber, isBoolean(other) else { return false }
            return other.boolValue == flag
        case .null:
            return object is NSNull
        case .array(let items):
            guard let others = object as? [Any], others.count == items.count else { return false }
            return zip(items, others).allSatisfy { same($0, $1) }
        case .object(let members):
            guard let others = object as? [String: Any] else { return false }
            let mine = members.dictionary
            guard mine.count == others.count else { return false }
            return mine.allSatisfy { key, value in
                guard let index = others.index(forKey: key) else { return false }
                return others[index].key.unicodeScalars.elementsEqual(key.unicodeScalars) && same(value, others[index].value)
            }
        }
    }

    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    // MARK: JSON Resume reads

    @Test func aNumberOrBooleanWhereAStringIsExpectedIsNoString() throws {
        let text = #"{"basics": {"name": 42, "email": true, "phone": "070"}, "skills": [{"name": "Visma", "keywords": [1, false, "Excel", null]}]}"#
        let candidate = try JSONResumeParser().parse(text, asOf: asOf)
        #expect(candidate.name == nil)
        #expect(candidate.contacts.emails.isEmpty)
        #expect(candidate.contacts.phones == ["070"])
        let plain = #"{"basics": {"phone": "070"}, "skills": [{"name": "Visma", "keywords": ["Excel"]}]}"#
        let expected = try JSONResumeParser().parse(plain, asOf: asOf).skills
        #expect(expected.count >= 2)
        #expect(candidate.skills == expected)
    }

    @Test func anArrayOfJobsHoldingANonObjectIsIgnoredWhole() throws {
        let text = #"{"work": [{"name": "Telia", "position": "Kundtjänstmedarbetare", "startDate": "2019-01"}, "Visma"]}"#
        #expect(try JSONResumeParser().parse(text, asOf: asOf).employment.isEmpty)
        let fine = #"{"work": [{"name": "Telia", "position": "Kundtjänstmedarbetare", "startDate": "2019-01"}]}"#
        #expect(try JSONResumeParser().parse(fine, asOf: asOf).employment.count == 1)
    }

    @Test func aNullSectionStillMakesAResume() throws {
        #expect(throws: Never.self) { try JSONResumeParser().parse(#"{"basics": null}"#, asOf: asOf) }
        let error = #expect(throws: CVParseError.self) { try JSONResumeParser().parse(#"{"meta": null}"#, asOf: asOf) }
        #expect(error?.reason == .unknownJSON)
        let fragment = #expect(throws: CVParseError.self) { try JSONResumeParser().parse(#""basics""#, asOf: asOf) }
        #expect(fragment?.reason == .invalidJSON(detail: "check for a missing comma, quote or bracket"))
        let array = #expect(throws: CVParseError.self) { try JSONResumeParser().parse(#"[{"basics": {}}]"#, asOf: asOf) }
        #expect(array?.reason == .unknownJSON)
    }

    @Test func theLastOfARepeatedKeyCounts() throws {
        let text = #"{"basics": {"name": "Första"}, "basics": {"name": "Andra"}}"#
        #expect(try JSONResumeParser().parse(text, asOf: asOf).name == "Andra")
    }
}

/// A small seeded generator, so that the edited texts are the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
