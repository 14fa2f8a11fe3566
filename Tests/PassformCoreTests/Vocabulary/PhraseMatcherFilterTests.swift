@testable import PassformCore
import Testing

/// The filters that let ``PhraseMatcher`` skip words must never rule out a word that matches.
struct PhraseMatcherFilterTests {
    /// A word's bytes probed one by one hit the bit its insertion set: compound tails are probed that way.
    @Test func aWordFilterProbedByBytesFindsTheWordsInserted() {
        let words = ["lönesystem", "assistent", "ab", "a", "日本語", "e\u{301}konom", "ßaß"]
        var filter = WordFilter()
        for word in words { filter.insert(word) }
        for word in words {
            let bytes = Array(word.utf8)
            #expect(filter.mayContain(first: bytes[0], second: bytes.count > 1 ? bytes[1] : 0, last: bytes[bytes.count - 1], length: bytes.count), "\(word)")
        }
    }

    /// Compounds and inflections match as they did before the filters: whole words, an inflected last word, the head
    /// of a compound with and without an ending, a multi-byte head, and words too short to hold a compound.
    @Test func compoundsAndShortWordsMatchAsBefore() {
        var matcher = PhraseMatcher<String>()
        matcher.add("Lönesystem", "system")
        matcher.add("Assistent", "assistant")
        matcher.add("Ekonomi", "economy")
        matcher.add("ab cd", "pair")
        let values = { (text: String, compounds: Bool) in matcher.matches(in: text, compounds: compounds).map(\.value) }
        #expect(values("chefsassistent nyalönesystemet", true) == ["assistant", "system"])
        #expect(values("chefsassistent nyalönesystemet", false) == [])
        #expect(values("ab cden ekonomi", true) == ["pair", "economy"])
        #expect(values("ab cden ekonomi", false) == ["economy"])
        #expect(values("nyalönesystemen", true) == ["system"])
        #expect(values("xekonomi ekon", true) == [])
        #expect(values("", true) == [])
        #expect(values("日本語 テキスト", true) == [])
    }
}
