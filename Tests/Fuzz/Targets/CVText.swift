// Fuzz target `cv-text`: any bytes as a plain-text or Markdown CV (encoding detection, binary check, CVTextParser).
import Foundation
import PassformCore
import PassformFormats

private let reader = CVReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let file = count % 2 == 0 ? "cv.txt" : "cv.md"
    do {
        _ = try reader.read(data, file: file, asOf: YearMonth(year: 2026, month: 11))
    } catch is CVReadError, is CVParseError {
    } catch {
        fatalError("unexpected error \(type(of: error)): \(error)")
    }
    return 0
}
