import Foundation
import PassformFormats
import Testing

/// ``PathNames`` gives what `NSString` gives for the paths a user passes.
struct PathNamesTests {
    private static let pieces = ["a", "cv", ".", "/", "..", "Malmö", "e\u{301}", " ", "x.txt", ".docx", "DOCX", "-"]

    @Test func lastComponentIsNSStringsLastPathComponent() {
        var names = ["", ".", "..", "/", "a/", "/a", "./cv.txt", "Examples/cvs/anna.txt", "/tmp/c-txt/cv-000001.txt", "å/ä/ö.md"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let name = (0..<Int.random(in: 1...7, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            // Doubled slashes go to NSString itself, which traps on some of them ("//// ///").
            if !name.contains("//") { names.append(name) }
        }
        for name in names {
            #expect(PathNames.lastComponent(name) == (name as NSString).lastPathComponent, "\(name.debugDescription)")
        }
    }
}
