// Fuzz target `posting`: any bytes as a job ad (text with header, Markdown, HTML with or without JSON-LD, JSON-LD),
// through PostingReader and JobPostingParser; the first byte picks the extension, the content can override it.
import Foundation
import PassformCore
import PassformFormats

private let reader = PostingReader()
private let names = ["ad.txt", "ad.md", "ad.html", "ad.jsonld"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let path = names[Int(data.first ?? 0) % names.count]
    do {
        _ = try reader.read(data, path: path)
    } catch is PostingReaderError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
